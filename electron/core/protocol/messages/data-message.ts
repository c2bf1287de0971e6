import { isSessionId } from '../../crypto/ids';
import type { SessionProtos } from '../content-codec';
import { MAX_ATTACHMENTS_PER_MESSAGE } from './attachment-pointer';
import { dropped, type ConversationRef, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { readConversationExpiration } from './expiration';
import { readGroupUpdate } from './group-update-read';
import type { IncomingGroupUpdate } from './group-update';
import { readReaction, type IncomingReaction } from './reaction';
import { EXPIRATION_TIMER_UPDATE_FLAG, type IncomingExpirationTimerUpdate } from './timer-update';
import { readVisible, type IncomingVisibleMessage } from './visible';

export type IncomingDataMessage =
  IncomingVisibleMessage | IncomingReaction | IncomingExpirationTimerUpdate | IncomingGroupUpdate;

/**
 * A DataMessage in desktop 1.17.17's order (`cleanIncomingDataMessage`, `handleSwarmDataMessage`,
 * `handleSwarmMessage`): flags, attachment count, group update, sync target, reaction, timer
 * update, visible message.
 */
export function readDataMessage(
  dm: SessionProtos.IDataMessage,
  content: SessionProtos.Content,
  facts: EnvelopeFacts,
): IncomingDataMessage | DroppedContent {
  const flags = dm.flags ?? 0;
  const timerUpdate = (flags & EXPIRATION_TIMER_UPDATE_FLAG) !== 0;
  if (!timerUpdate && flags !== 0) return dropped(facts, 'unknown-flags');
  // A timer update's attachments are discarded before desktop counts them.
  if (!timerUpdate && (dm.attachments ?? []).length > MAX_ATTACHMENTS_PER_MESSAGE) {
    return dropped(facts, 'too-many-attachments');
  }
  if (dm.groupUpdateMessage != null) return readGroupUpdate(dm, content, facts);

  const target = dm.syncTarget ?? '';
  if (target !== '' && !facts.fromSelf) return dropped(facts, 'sync-from-other');
  if (target !== '' && (facts.group || !isSessionId(target))) return dropped(facts, 'sync-target-invalid');
  const conversation: ConversationRef = facts.group
    ? { kind: 'group', id: facts.group }
    : { kind: 'direct', id: target !== '' && isSessionId(target) ? target : facts.sender };
  const noteToSelf = conversation.kind === 'direct' && facts.fromSelf && conversation.id === facts.sender;
  const context = {
    ...facts,
    conversation,
    expiration: readConversationExpiration(content, conversation.kind === 'group' || noteToSelf),
    ...(target !== '' && isSessionId(target) ? { syncTarget: target } : {}),
  };

  if (dm.reaction != null)
    return readReaction(dm, dm.reaction, context) ?? dropped(facts, 'reaction-invalid');
  if (timerUpdate) return { ...context, kind: 'expiration-timer-update' };
  return readVisible(dm, context) ?? dropped(facts, 'empty-message');
}
