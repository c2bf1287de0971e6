import type { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { checkMessageRef, type MessageRef } from './message-ref';
import { isSafeTime } from './wire-values';

/**
 * "Delete for everyone" of one message (protocol reference §3.5 "Unsend", §11.5): names the
 * message by (author, sent time). Never disappearing; its own fresh timestamp per request.
 */
export interface UnsendMessage {
  readonly kind: 'unsend';
  readonly sentAtMs: number;
  readonly target: MessageRef;
}

export interface IncomingUnsend extends EnvelopeFacts {
  readonly kind: 'unsend';
  readonly target: MessageRef;
}

export function unsendContent(m: UnsendMessage): SessionProtos.IContent {
  checkMessageRef(m.target, 'message to delete');
  return { unsendRequest: { timestamp: m.target.sentAtMs, author: m.target.author } };
}

/** Only the author may unsend (desktop compares with the envelope's sender). */
export function readUnsend(
  request: SessionProtos.IUnsendRequest,
  facts: EnvelopeFacts,
): IncomingUnsend | DroppedContent {
  if (request.author !== facts.sender) return dropped(facts, 'unsend-author-mismatch');
  if (!request.timestamp) return dropped(facts, 'unsend-timestamp-missing');
  if (!isSafeTime(request.timestamp)) return dropped(facts, 'timestamp-invalid');
  return { ...facts, kind: 'unsend', target: { author: facts.sender, sentAtMs: request.timestamp } };
}
