import { encodeContent, type ContentInit, type SessionProtos } from '../content-codec';
import { dataExtractionContent, type DataExtractionMessage } from './data-extraction';
import { expirationFields } from './expiration';
import { groupUpdateDataMessage, type GroupUpdateMessage } from './group-update';
import { checkSessionId } from './message-ref';
import { MessageEncodeError } from './message-error';
import { reactionDataMessage, type ReactionMessage } from './reaction';
import { receiptContent, type ReadReceiptMessage } from './receipt';
import { requestResponseContent, type MessageRequestResponseMessage } from './request-response';
import { timerUpdateDataMessage, type ExpirationTimerUpdateMessage } from './timer-update';
import { typingContent, type TypingMessage } from './typing';
import { unsendContent, type UnsendMessage } from './unsend';
import { visibleDataMessage, type VisibleMessage } from './visible';
import { isSafeTime } from './wire-values';

/** Everything Shallot sends in 1:1 conversations, sync copies and groups. */
export type OutgoingMessage =
  | VisibleMessage
  | ReactionMessage
  | ExpirationTimerUpdateMessage
  | ReadReceiptMessage
  | TypingMessage
  | UnsendMessage
  | MessageRequestResponseMessage
  | DataExtractionMessage
  | GroupUpdateMessage;

function withSyncTarget(
  dm: SessionProtos.IDataMessage,
  syncTarget: string | undefined,
): SessionProtos.IDataMessage {
  if (syncTarget === undefined) return dm;
  checkSessionId(syncTarget, 'sync target');
  return { ...dm, syncTarget };
}

/**
 * The kind's own part of the Content, with the expiration fields for exactly the kinds desktop's
 * ExpirableMessage subclasses carry them on (§3.5): visible messages, reactions, timer updates,
 * data-extraction notices and group updates; not receipts, typing, unsend or request responses.
 */
function kindFields(m: OutgoingMessage): ContentInit {
  switch (m.kind) {
    case 'visible':
      return {
        dataMessage: withSyncTarget(visibleDataMessage(m), m.syncTarget),
        ...expirationFields(m.expiration),
      };
    case 'reaction':
      return {
        dataMessage: withSyncTarget(reactionDataMessage(m), m.syncTarget),
        ...expirationFields(m.expiration),
      };
    case 'expiration-timer-update':
      return {
        dataMessage: withSyncTarget(timerUpdateDataMessage(), m.syncTarget),
        ...expirationFields(m.expiration),
      };
    case 'group-update':
      return { dataMessage: groupUpdateDataMessage(m), ...expirationFields(m.expiration) };
    case 'data-extraction':
      return { ...dataExtractionContent(m), ...expirationFields(m.expiration) };
    case 'read-receipt':
      return receiptContent(m);
    case 'typing':
      return typingContent(m);
    case 'unsend':
      return unsendContent(m);
    case 'message-request-response':
      return requestResponseContent(m);
  }
}

/**
 * Serialized Content for one outgoing kind, ready for padding and sealing (wrapOneToOne) or group
 * encryption. Always carries sigTimestamp = sentAtMs, the time the envelope must carry too; never
 * a ProMessage. Throws MessageEncodeError only, before producing anything.
 */
export function encodeMessage(message: OutgoingMessage): Uint8Array {
  if (!isSafeTime(message.sentAtMs)) {
    throw new MessageEncodeError('timestamp', 'A message is sent at a positive time in milliseconds.');
  }
  return encodeContent({ ...kindFields(message), sigTimestamp: message.sentAtMs });
}
