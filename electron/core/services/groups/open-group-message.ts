/**
 * The CPU part of receiving one namespace-11 message (protocol reference §7.2): group decryption
 * with every key generation we know (newest first), the sender's signature over data ‖ group key,
 * the Envelope, then the Content classified with `facts.group`. Runs outside the batch's
 * transaction and never throws on bad bytes: what cannot be applied is a drop with a reason.
 */
import type { SessionId } from '../../crypto/ids';
import type { PolledMessage } from '../../network';
import { classifyContent, DecodeError } from '../../protocol';
import { GroupMessageError, unwrapGroupMessage } from '../../protocol/groups';
import type { Prepared } from '../inbox/dispatcher';
import { FUTURE_TOLERANCE_MS, MAX_STORED_BYTES, type InboxItem } from '../messaging/open-envelope';
import type { OpenGroup } from './open-group';

/**
 * Why a group message was set aside before its content was read; `group:<code>` are the group
 * crypto's GroupMessageError codes, `content:<reason>` classifyContent's.
 */
export const GROUP_DROP_REASONS = [
  'oversized',
  'no-group',
  'no-keys',
  'group-swarm-mismatch',
  'future-timestamp',
  'envelope-malformed',
] as const;

const drop = (reason: string): Prepared<InboxItem> => ({ ok: false, reason });

export function openGroupMessage(
  g: OpenGroup | undefined,
  self: SessionId,
  raw: PolledMessage,
  nowMs: number,
): Prepared<InboxItem> {
  if (raw.data.length > MAX_STORED_BYTES) return drop('oversized');
  if (!g) return drop('no-group');
  if (raw.pubkey !== g.id) return drop('group-swarm-mismatch');
  const keys = g.keys.decryptionKeys();
  if (keys.length === 0) return drop('no-keys');
  let opened: ReturnType<typeof unwrapGroupMessage>;
  try {
    opened = unwrapGroupMessage(keys, g.id, raw.data);
  } catch (e) {
    if (e instanceof GroupMessageError) return drop(`group:${e.code}`);
    if (e instanceof DecodeError) return drop('envelope-malformed');
    throw e;
  }
  if (opened.timestampMs > nowMs + FUTURE_TOLERANCE_MS) return drop('future-timestamp');
  const item = classifyContent(opened.content, {
    sentAtMs: opened.timestampMs,
    sender: opened.senderSessionId,
    fromSelf: opened.senderSessionId === self,
    group: g.id,
  });
  if (item.kind === 'dropped') return drop(`content:${item.reason}`);
  return { ok: true, message: item };
}
