/**
 * Contacts and our profile as the configs sync them: listing, and blocking or naming any Session
 * ID — with or without a conversation on this device (the conversation actions of messaging need
 * one). Each change and its config entry commit together; the push follows.
 */
import type { SessionId } from '../../crypto/ids';
import type { Contact } from '../../protocol/config';
import type { ContactPatch } from '../../store';
import type { DomainEventBus } from '../events';
import { Changes } from '../messaging/changes';
import { ConfigSyncError } from './config-sync-error';
import { HIDDEN } from './mapping';
import type { SyncContext } from './sync-context';
import { trackConversations } from './tracking';

const NICKNAME_MAX_BYTES = 100;

export interface ContactSummary {
  readonly sessionId: SessionId;
  readonly name: string | null;
  readonly nickname: string | null;
  readonly approved: boolean;
  readonly approvedMe: boolean;
  readonly blocked: boolean;
  readonly pinned: boolean;
  readonly hidden: boolean;
}

export interface ProfileSummary {
  readonly sessionId: SessionId;
  readonly name: string | null;
  readonly avatarUrl: string | null;
  readonly noteToSelf: { readonly pinned: boolean; readonly hidden: boolean };
}

function summary(c: Contact): ContactSummary {
  return {
    sessionId: c.sessionId,
    name: c.name || null,
    nickname: c.nickname || null,
    approved: c.approved,
    approvedMe: c.approvedMe,
    blocked: c.blocked,
    pinned: c.priority > 0,
    hidden: c.priority <= HIDDEN,
  };
}

/** Every contact the Contacts config holds, in Session ID order; our own ID is never one. */
export function listContacts(a: SyncContext): ContactSummary[] {
  return a.book
    .get(a.session.store.read, 3)
    .all()
    .filter((c) => c.sessionId !== a.self)
    .map(summary);
}

export function contactOf(a: SyncContext, id: SessionId): ContactSummary {
  const entry = a.book.get(a.session.store.read, 3).get(id);
  if (entry) return summary(entry);
  const c = a.session.store.contacts.get(a.session.store.read, id);
  return {
    sessionId: id,
    name: c?.name ?? null,
    nickname: c?.nickname ?? null,
    approved: c?.approved ?? false,
    approvedMe: c?.approvedMe ?? false,
    blocked: c?.blocked ?? false,
    pinned: false,
    hidden: true,
  };
}

function patchContact(a: SyncContext, events: DomainEventBus, id: SessionId, patch: ContactPatch): void {
  if (id === a.self)
    throw new ConfigSyncError('unsupported-for-kind', 'Our own Session ID is not a contact.');
  const { store } = a.session;
  const changes = new Changes();
  store.write((tx) => {
    store.contacts.upsert(tx, id, patch, a.session.now());
    if (store.conversations.get(tx, id)) changes.conversation(id);
    trackConversations(a, tx, [id]);
  });
  changes.emit(events);
}

/** Blocks (or unblocks) any Session ID: its messages are dropped from then on (§11.4). */
export function setContactBlocked(
  a: SyncContext,
  events: DomainEventBus,
  id: SessionId,
  blocked: boolean,
): void {
  patchContact(a, events, id, { blocked });
}

export function setContactNickname(
  a: SyncContext,
  events: DomainEventBus,
  id: SessionId,
  nickname: string | null,
): void {
  if (nickname !== null && new TextEncoder().encode(nickname).length > NICKNAME_MAX_BYTES) {
    throw new ConfigSyncError('nickname-too-long', 'A nickname has at most 100 bytes.');
  }
  patchContact(a, events, id, { nickname: nickname || null });
}

export function profileOf(a: SyncContext): ProfileSummary {
  const { store } = a.session;
  const profile = a.book.get(store.read, 2);
  return {
    sessionId: a.self,
    name: store.accounts.profile(store.read)?.displayName ?? null,
    avatarUrl: store.configs.ownAvatar(store.read)?.url ?? null,
    noteToSelf: {
      pinned: profile.noteToSelfPriority > 0,
      hidden: profile.noteToSelfPriority <= HIDDEN,
    },
  };
}
