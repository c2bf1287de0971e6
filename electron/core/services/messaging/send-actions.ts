/**
 * Sending: a visible message (replying to a request accepts it first, §3.5), a retry with the
 * same bytes, reactions (toggle, 20 per minute, sync copy), typing indicators (throttled, only
 * when allowed), disappearing-timer changes and the data-extraction notice when an attachment is
 * saved. Each writes its rows and outbox jobs in one transaction and announces after the commit.
 */
import type { SessionId } from '../../crypto/ids';
import { MessageEncodeError, type OutgoingMessage, type VisibleMessage } from '../../protocol';
import type { MessageRecord, WriteDb } from '../../store';
import { conversationOf, expirationOf, messageOf, refuseBlocked, writeTracked, type Active } from './active';
import { Changes } from './changes';
import { MessagingError } from './messaging-error';
import { encodeNotice } from './notices';
import { expireFields } from './outgoing';

const REACTION_LIMIT = 20;
const REACTION_WINDOW_MS = 60_000;
const TYPING_REPEAT_MS = 10_000;
/** §3.5: the request response goes first, stamped 100 ms before the reply. */
const RESPONSE_BEFORE_REPLY_MS = 100;

const ENCODE_CODES: Record<string, 'body-too-long' | 'empty-message' | 'too-many-attachments'> = {
  'body-too-long': 'body-too-long',
  empty: 'empty-message',
  'too-many-attachments': 'too-many-attachments',
};

function asMessagingError(e: unknown): unknown {
  if (e instanceof MessageEncodeError && ENCODE_CODES[e.code]) {
    return new MessagingError(ENCODE_CODES[e.code]!, e.message);
  }
  return e;
}

/** Our side of a conversation we write in: approved; a pending request is accepted (and answered). */
function approveForSending(a: Active, tx: WriteDb, peer: SessionId, nowMs: number, changes: Changes): void {
  if (peer === a.self) {
    a.people.openDirect(tx, peer, nowMs, changes);
    return;
  }
  if (a.people.accept(tx, peer, nowMs, changes)) {
    const profile = a.people.ourProfile(tx, nowMs);
    a.outgoing.control(tx, peer, {
      kind: 'message-request-response',
      sentAtMs: nowMs - RESPONSE_BEFORE_REPLY_MS,
      ...(profile ? { profile } : {}),
    });
  }
}

export interface SendInput {
  readonly conversationId: string;
  readonly body?: string;
  readonly quoteId?: number;
  readonly clientKey?: string;
  /** Staged attachment upload ids (attachments module); the message leaves after their uploads. */
  readonly attachments?: readonly string[];
}

export function sendMessage(a: Active, input: SendInput): MessageRecord {
  const { store } = a.session;
  const conv = conversationOf(a, input.conversationId);
  refuseBlocked(a, conv.id);
  if (input.clientKey !== undefined) {
    const existing = store.chat.byClientKey(store.read, input.clientKey);
    if (existing !== undefined) return messageOf(a, existing);
  }
  const quoted = input.quoteId !== undefined ? messageOf(a, input.quoteId, conv.id) : undefined;
  const changes = new Changes();
  let id: number;
  try {
    id = writeTracked(a, changes, (tx) => {
      const t = a.outgoing.stamp();
      approveForSending(a, tx, conv.id, t, changes);
      const profile = a.people.ourProfile(tx, t);
      const quote = quoted ? { author: quoted.sender, sentAtMs: quoted.sentAt } : undefined;
      const m: VisibleMessage = {
        kind: 'visible',
        sentAtMs: t,
        ...(input.body ? { body: input.body } : {}),
        ...(quote ? { quote } : {}),
        ...(profile ? { profile } : {}),
        expiration: expirationOf(conv),
      };
      const row = {
        body: input.body ?? null,
        ...(quoted
          ? {
              quote: {
                author: quoted.sender,
                sentAt: quoted.sentAt,
                body: quoted.body?.slice(0, 200) ?? null,
              },
            }
          : {}),
        ...(input.clientKey !== undefined ? { clientKey: input.clientKey } : {}),
      };
      return a.outgoing.message(tx, conv.id, m, row, changes, input.attachments);
    });
  } catch (e) {
    throw asMessagingError(e);
  }
  changes.emit(a.events);
  return messageOf(a, id);
}

export function retryMessage(a: Active, id: number): MessageRecord {
  const m = messageOf(a, id);
  if (!m.outgoing || m.state !== 'failed')
    throw new MessagingError('not-failed', 'The message has not failed.');
  refuseBlocked(a, m.conversationId);
  const changes = new Changes();
  const ok = a.session.store.write((tx) => a.outgoing.retry(tx, id, changes, m.conversationId));
  if (!ok) throw new MessagingError('not-failed', 'The message has nothing left to send.');
  changes.emit(a.events);
  return messageOf(a, id);
}

/** `react` toggles like desktop (a second REACT of our own emoji removes it); `remove` only removes. */
export function reactTo(
  a: Active,
  messageId: number,
  emoji: string,
  mode: 'react' | 'remove',
): MessageRecord {
  const { store } = a.session;
  const target = messageOf(a, messageId);
  const conv = conversationOf(a, target.conversationId);
  refuseBlocked(a, conv.id);
  if (target.kind !== 'text') throw new MessagingError('not-reactable', 'This message takes no reactions.');
  if (conv.requestState === 'request') {
    throw new MessagingError('request-not-accepted', 'Accept the request before reacting.');
  }
  const mine = store.chat.hasReaction(store.read, target.id, a.self, emoji);
  const action = mode === 'react' && !mine ? 'react' : 'remove';
  if (action === 'remove' && !mine) return target;
  const now = a.session.now();
  const recent = a.reactionTimes.filter((t) => t > now - REACTION_WINDOW_MS);
  if (recent.length >= REACTION_LIMIT) {
    throw new MessagingError('reaction-rate-limited', 'At most 20 reactions a minute.');
  }
  a.reactionTimes.splice(0, a.reactionTimes.length, ...recent, now);
  const changes = new Changes();
  store.write((tx) => {
    const sentAtMs = a.outgoing.stamp();
    if (action === 'react')
      store.messages.setReaction(tx, target.id, { author: a.self, emoji, reactedAt: sentAtMs });
    else store.messages.removeReaction(tx, target.id, a.self, emoji);
    const profile = a.people.ourProfile(tx, sentAtMs);
    a.outgoing.control(tx, conv.id, {
      kind: 'reaction',
      sentAtMs,
      target: { author: target.sender, sentAtMs: target.sentAt },
      emoji,
      action,
      expiration: expirationOf(target),
      ...(profile ? { profile } : {}),
    });
    changes.updated(conv.id, target.id);
  });
  changes.emit(a.events);
  return messageOf(a, messageId);
}

/** The composer's typing state; sent only when enabled, to an approved, unblocked contact (§3.5). */
export function typingChanged(a: Active, conversationId: string, state: 'started' | 'stopped'): void {
  const conv = conversationOf(a, conversationId);
  if (!a.settings().typingIndicators || conv.id === a.self || conv.requestState !== 'accepted') return;
  const contact = a.session.store.contacts.get(a.session.store.read, conv.id);
  if (!contact?.approved || contact.blocked) return;
  const now = a.session.now();
  const last = a.typingSentAt.get(conv.id);
  if (state === 'started' && last !== undefined && now - last < TYPING_REPEAT_MS) return;
  if (state === 'stopped' && last === undefined) return;
  if (state === 'started') a.typingSentAt.set(conv.id, now);
  else a.typingSentAt.delete(conv.id);
  a.session.store.write((tx) => a.outgoing.typing(tx, conv.id, state));
}

/** Changes the timer and tells the contact (and our devices) with an ExpirationTimerUpdate. */
export function setDisappearing(
  a: Active,
  conversationId: string,
  setting: { mode: 'off' } | { mode: 'after-send' | 'after-read'; seconds: number },
): void {
  const conv = conversationOf(a, conversationId);
  const changes = new Changes();
  writeTracked(a, changes, (tx) => {
    const sentAtMs = a.outgoing.stamp();
    a.session.store.conversations.update(tx, conv.id, expireFields(setting));
    const m: OutgoingMessage = { kind: 'expiration-timer-update', sentAtMs, expiration: setting };
    const notice = encodeNotice({ type: 'disappearing-changed', by: a.self, setting });
    a.outgoing.message(tx, conv.id, m, { kind: 'control', notice }, changes);
    changes.conversation(conv.id);
  });
  changes.emit(a.events);
}

/**
 * The hook for the attachments issue: the user saved a file of the contact's message. Sent only in
 * a 1:1 that is not Note to Self, not a request, not blocked; after-send timers become after-read.
 */
export function mediaSaved(a: Active, messageId: number): boolean {
  const m = messageOf(a, messageId);
  const conv = conversationOf(a, m.conversationId);
  if (m.outgoing || conv.id === a.self || conv.requestState !== 'accepted' || a.people.isBlocked(conv.id))
    return false;
  const e = expirationOf(conv);
  const expiration = e.mode === 'after-send' ? { mode: 'after-read' as const, seconds: e.seconds } : e;
  a.session.store.write((tx) =>
    a.outgoing.control(tx, conv.id, {
      kind: 'data-extraction',
      sentAtMs: a.outgoing.stamp(),
      type: 'media-saved',
      referencedSentAtMs: m.sentAt,
      expiration,
    }),
  );
  return true;
}
