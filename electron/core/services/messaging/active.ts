/**
 * What messaging holds while the account is open, handed to its actions; and the small lookups
 * every action starts with (the conversation, the message), refusing with the bridge's codes.
 */
import type { SessionId } from '../../crypto/ids';
import { isSessionId, type Expiration } from '../../protocol';
import type { ConversationRecord, MessageRecord, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { SwarmInbox } from '../inbox/swarm-inbox';
import type { AccountSession } from '../session/account-session';
import type { Settings } from '../settings/settings-service';
import type { Changes } from './changes';
import type { ExpiryScheduler } from './expiry';
import { MessagingError } from './messaging-error';
import type { Outgoing } from './outgoing';
import type { People } from './people';
import type { SyncHooks } from './sync-hooks';
import type { TypingState } from './typing-state';

export interface Active {
  readonly session: AccountSession;
  readonly self: SessionId;
  readonly people: People;
  readonly outgoing: Outgoing;
  readonly expiry: ExpiryScheduler;
  readonly typing: TypingState;
  readonly ownSwarm: SwarmInbox;
  readonly settings: () => Settings;
  readonly events: DomainEventBus;
  /** Config sync's hooks (no-ops until it registers). */
  readonly sync: SyncHooks;
  /** Send times of our recent reactions (the 20-per-minute limit). */
  readonly reactionTimes: number[];
  /** When we last sent STARTED per conversation (typing throttle). */
  readonly typingSentAt: Map<string, number>;
}

/** One transaction whose changed conversations config sync reads again before it commits. */
export function writeTracked<T>(a: Active, changes: Changes, fn: (tx: WriteDb) => T): T {
  return a.session.store.write((tx) => {
    const out = fn(tx);
    a.sync.changed(tx, changes.ids());
    return out;
  });
}

export function conversationOf(a: Active, id: string): ConversationRecord & { readonly id: SessionId } {
  // One-to-one conversations are named by Session IDs; groups are the groups floor's.
  const c = isSessionId(id) ? a.session.store.conversations.get(a.session.store.read, id) : undefined;
  if (!c || c.kind !== 'direct' || !isSessionId(c.id)) {
    throw new MessagingError('conversation-not-found', 'There is no such conversation.');
  }
  return c as ConversationRecord & { readonly id: SessionId };
}

export function messageOf(a: Active, id: number, conversationId?: string): MessageRecord {
  const m = Number.isSafeInteger(id) ? a.session.store.messages.get(a.session.store.read, id) : undefined;
  if (!m || (conversationId !== undefined && m.conversationId !== conversationId)) {
    throw new MessagingError('message-not-found', 'There is no such message.');
  }
  return m;
}

export function expirationOf(c: { readonly expireMode: string; readonly expireTimerS: number }): Expiration {
  return (c.expireMode === 'after-send' || c.expireMode === 'after-read') && c.expireTimerS > 0
    ? { mode: c.expireMode, seconds: c.expireTimerS }
    : { mode: 'off' };
}

export function refuseBlocked(a: Active, peer: string): void {
  if (peer !== a.self && a.people.isBlocked(peer)) {
    throw new MessagingError('contact-blocked', 'The contact is blocked.');
  }
}
