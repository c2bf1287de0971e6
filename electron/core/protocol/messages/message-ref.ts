import { isSessionId, type SessionId } from '../../crypto/ids';
import { MessageEncodeError } from './message-error';
import { isSafeTime } from './wire-values';

/**
 * A message as other messages point at it: its author and its sent timestamp (Envelope.timestamp
 * = Content.sigTimestamp). Quotes, reactions and unsend requests carry exactly this pair
 * (protocol reference §3.5 "General rules").
 */
export interface MessageRef {
  readonly author: SessionId;
  readonly sentAtMs: number;
}

export function checkMessageRef(ref: MessageRef, what: string): void {
  if (!isSafeTime(ref.sentAtMs)) throw new MessageEncodeError('target', `The ${what} names no message time.`);
  if (!isSessionId(ref.author)) throw new MessageEncodeError('id', `The ${what} author is not a Session ID.`);
}

export function checkSessionId(id: string, what: string): void {
  if (!isSessionId(id)) throw new MessageEncodeError('id', `The ${what} is not a Session ID.`);
}

/** A pair from the wire, or undefined when either half does not name a message. */
export function readMessageRef(author: unknown, sentAtMs: unknown): MessageRef | undefined {
  return typeof author === 'string' && isSessionId(author) && isSafeTime(sentAtMs)
    ? { author, sentAtMs }
    : undefined;
}
