import { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';

/**
 * Typing indicator (protocol reference §3.5 "Typing indicators"): its timestamp is the message's
 * own, which receivers check against the envelope. TTL 20 s, never disappearing.
 */
export interface TypingMessage {
  readonly kind: 'typing';
  readonly sentAtMs: number;
  readonly action: 'started' | 'stopped';
}

export interface IncomingTyping extends EnvelopeFacts {
  readonly kind: 'typing';
  readonly action: 'started' | 'stopped';
}

const Action = SessionProtos.TypingMessage.Action;

export function typingContent(m: TypingMessage): SessionProtos.IContent {
  return {
    typingMessage: {
      timestamp: m.sentAtMs,
      action: m.action === 'started' ? Action.STARTED : Action.STOPPED,
    },
  };
}

/** Our own devices' indicators are ignored; a zero on either side skips the time check, as desktop does. */
export function readTyping(
  typing: SessionProtos.ITypingMessage,
  facts: EnvelopeFacts,
): IncomingTyping | DroppedContent {
  if (facts.fromSelf) return dropped(facts, 'typing-from-self');
  if (facts.sentAtMs && typing.timestamp && typing.timestamp !== facts.sentAtMs) {
    return dropped(facts, 'typing-timestamp-mismatch');
  }
  return { ...facts, kind: 'typing', action: typing.action === Action.STARTED ? 'started' : 'stopped' };
}
