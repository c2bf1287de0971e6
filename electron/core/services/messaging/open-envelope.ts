/**
 * The CPU part of receiving one namespace-0 message (protocol reference §3.2): WebSocketMessage →
 * Envelope → open the sealed box → verify the sender's signature → unpad → classify the Content.
 * Runs outside the batch's transaction. Never throws on bad bytes: everything that cannot be
 * applied comes back as a drop with a reason (counted and logged without content by the inbox).
 */
import { SessionBoxError, decryptFromSender } from '../../crypto/session-box';
import type { Identity } from '../../crypto/identity';
import type { PolledMessage } from '../../network';
import {
  DecodeError,
  EnvelopeType,
  classifyContent,
  decodeEnvelope,
  unpadMessage,
  unwrapWebSocketRequest,
  type IncomingContent,
} from '../../protocol';
import type { Prepared } from '../inbox/dispatcher';

/** A classified message a handler applies: everything classifyContent gives but a drop. */
export type InboxItem = Exclude<IncomingContent, { kind: 'dropped' }>;

/** The storage server's own limit on a stored message (§4.4): anything larger was never stored there. */
export const MAX_STORED_BYTES = 76_800;
/**
 * How far in the future (network time) an envelope's timestamp may be. Both sides stamp with
 * network time (§11.1), so honest clients differ by seconds; a message dated further ahead would
 * sort above everything the user writes later and could pin itself to the top of a conversation.
 * The storage server accepts stores up to 10 s ahead; an envelope's time is set a little before
 * its store, so 10 minutes leaves room for slow paths and retries.
 */
export const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Why an envelope was dropped before its content was read (`content:*` reasons follow classifyContent). */
export const ENVELOPE_DROP_REASONS = [
  'oversized',
  'envelope-malformed',
  'envelope-not-one-to-one',
  'envelope-no-content',
  'sender-mismatch',
  'too-short',
  'decrypt-failed',
  'bad-signature',
  'bad-sender-key',
  'future-timestamp',
  'own-swarm-mismatch',
] as const;

const BOX_REASONS: Record<string, (typeof ENVELOPE_DROP_REASONS)[number]> = {
  'too-short': 'too-short',
  decrypt: 'decrypt-failed',
  signature: 'bad-signature',
  'sender-key': 'bad-sender-key',
  input: 'envelope-malformed',
};

const drop = (reason: string): Prepared<InboxItem> => ({ ok: false, reason });

function envelopeOf(data: Uint8Array): ReturnType<typeof decodeEnvelope> | string {
  try {
    const envelope = decodeEnvelope(unwrapWebSocketRequest(data));
    if (envelope.type !== EnvelopeType.SESSION_MESSAGE) return 'envelope-not-one-to-one';
    if (!Object.hasOwn(envelope, 'content') || envelope.content.length === 0) return 'envelope-no-content';
    return envelope;
  } catch (e) {
    if (e instanceof DecodeError) return 'envelope-malformed';
    throw e;
  }
}

export function openEnvelope(identity: Identity, raw: PolledMessage, nowMs: number): Prepared<InboxItem> {
  if (raw.data.length > MAX_STORED_BYTES) return drop('oversized');
  if (raw.pubkey !== identity.sessionId) return drop('own-swarm-mismatch');
  const envelope = envelopeOf(raw.data);
  if (typeof envelope === 'string') return drop(envelope);
  let opened: ReturnType<typeof decryptFromSender>;
  try {
    opened = decryptFromSender(identity, envelope.content);
  } catch (e) {
    if (e instanceof SessionBoxError) return drop(BOX_REASONS[e.code] ?? 'decrypt-failed');
    throw e;
  }
  // 1:1 envelopes carry no source (§3.1); old clients set an empty one. Any other claim must be
  // the key that signed, or someone is passing a message off as another's.
  const claimed = envelope.source ?? '';
  if (claimed !== '' && claimed !== opened.senderSessionId) return drop('sender-mismatch');
  const sentAtMs = Number(envelope.timestamp);
  if (sentAtMs > nowMs + FUTURE_TOLERANCE_MS) return drop('future-timestamp');
  const content = unpadMessage(opened.plaintext);
  const item = classifyContent(content, {
    sentAtMs,
    sender: opened.senderSessionId,
    fromSelf: opened.senderSessionId === identity.sessionId,
  });
  if (item.kind === 'dropped') return drop(`content:${item.reason}`);
  return { ok: true, message: item };
}
