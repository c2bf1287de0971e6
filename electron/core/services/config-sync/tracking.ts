/**
 * Local changes into the configs (the way out): after a local action or an incoming message
 * changed a conversation, its contact entry, read state or Note-to-Self state is read again from
 * the store and written to the configs — field by field, only where the config says otherwise —
 * inside the same transaction (desktop's `insertContactFromDBIntoWrapperAndRefresh`, which also
 * reads the whole contact from its database). A config that already agrees is left untouched, so
 * nothing is pushed for it.
 *
 * Which contacts the Contacts config holds (desktop `isContactToStoreInWrapper`): every one-to-one
 * conversation this device has, approved or not (the request state syncs too), every blocked
 * contact, and every contact already in the config (a conversation deleted here becomes hidden,
 * priority −1, rather than removed — desktop's "delete conversation").
 */
import type { SessionId } from '../../crypto/ids';
import { isSessionId } from '../../protocol';
import type { Contact, ContactUpdate } from '../../protocol/config';
import type { ContactRecord, ConversationRecord, WriteDb } from '../../store';
import {
  disappearingOf,
  expireOf,
  HIDDEN,
  muteFieldsOf,
  mutedUntilOf,
  sameBytes,
  sameExpire,
} from './mapping';
import type { SyncContext } from './sync-context';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function profileFields(
  u: Writable<ContactUpdate>,
  entry: Contact | undefined,
  contact: ContactRecord | undefined,
  stamp: number,
): void {
  // A name or avatar goes out only when what this device holds is at least as new (§3.5 rule).
  if (entry && stamp < entry.profileUpdatedSeconds) return;
  if (contact?.name && contact.name !== entry?.name) u.name = contact.name;
  const pic = entry?.profilePicture;
  const mine = contact?.avatar ?? null;
  if ((mine?.url ?? '') !== (pic?.url ?? '') || !sameBytes(mine?.key, pic?.key)) {
    u.profilePicture = mine ? { url: mine.url, key: mine.key } : null;
  }
  if (stamp > (entry?.profileUpdatedSeconds ?? 0)) u.profileUpdatedSeconds = stamp;
}

function conversationFields(
  u: Writable<ContactUpdate>,
  entry: Contact | undefined,
  conv: ConversationRecord | undefined,
): void {
  const priority = conv ? conv.priority : HIDDEN;
  if ((entry?.priority ?? 0) !== priority) u.priority = priority;
  if (!conv) return;
  const notify = entry?.notify ?? 'default';
  if (mutedUntilOf(notify, entry?.muteUntilSeconds ?? 0) !== conv.mutedUntil) {
    Object.assign(u, muteFieldsOf(conv.mutedUntil, notify));
  }
  if (!sameExpire(expireOf(entry?.disappearing), conv)) u.disappearing = disappearingOf(conv);
}

/** What to write so the entry says what the store says; empty when it already does. */
export function contactUpdate(
  entry: Contact | undefined,
  conv: ConversationRecord | undefined,
  contact: ContactRecord | undefined,
  profileStamp: number,
  nowMs: number,
): ContactUpdate {
  const u: Writable<ContactUpdate> = {};
  profileFields(u, entry, contact, profileStamp);
  if ((contact?.nickname ?? '') !== (entry?.nickname ?? '')) u.nickname = contact?.nickname ?? '';
  if ((contact?.approved ?? false) !== (entry?.approved ?? false)) u.approved = contact?.approved ?? false;
  if ((contact?.approvedMe ?? false) !== (entry?.approvedMe ?? false))
    u.approvedMe = contact?.approvedMe ?? false;
  if ((contact?.blocked ?? false) !== (entry?.blocked ?? false)) u.blocked = contact?.blocked ?? false;
  conversationFields(u, entry, conv);
  if (!entry) u.createdSeconds = Math.floor((conv?.createdAt ?? nowMs) / 1000);
  return u;
}

function trackContact(ctx: SyncContext, tx: WriteDb, id: SessionId): void {
  const { store } = ctx.session;
  const conv = store.conversations.get(tx, id);
  const contact = store.contacts.get(tx, id);
  const entry = ctx.book.get(tx, 3).get(id);
  if (!entry && !conv && !contact?.blocked) return;
  const stamp = store.chat.profileUpdatedSeconds(tx, id);
  const update = contactUpdate(entry, conv, contact, stamp, ctx.session.now());
  if (Object.keys(update).length > 0) ctx.edit(tx, 3, (c) => c.set(id, update));
}

/**
 * Note to Self lives in UserProfile (`+` priority, `e` timer). A missing conversation counts as
 * hidden only when it was just removed here (`removed`); never having had one changes nothing.
 */
function trackNoteToSelf(ctx: SyncContext, tx: WriteDb, removed: boolean): void {
  const conv = ctx.session.store.conversations.get(tx, ctx.self);
  const profile = ctx.book.get(tx, 2);
  if (!conv) {
    if (removed && profile.noteToSelfPriority >= 0) ctx.edit(tx, 2, (p) => p.setNoteToSelfPriority(HIDDEN));
    return;
  }
  const timer = conv.expireMode !== 'off' ? conv.expireTimerS : 0;
  if (profile.noteToSelfPriority === conv.priority && (profile.noteToSelfExpirySeconds ?? 0) === timer)
    return;
  ctx.edit(tx, 2, (p) => {
    p.setNoteToSelfPriority(conv.priority);
    p.setNoteToSelfExpirySeconds(timer);
  });
}

/**
 * The read position of a conversation: the newer of the store's and the config's is adopted by
 * both (messages up to it become read here; the config learns a position read here).
 */
function trackReadState(ctx: SyncContext, tx: WriteDb, id: SessionId): void {
  const { store } = ctx.session;
  if (!store.conversations.get(tx, id)) return;
  const entry = ctx.book.get(tx, 4).oneToOne(id);
  const synced = Math.max(store.configs.lastReadAt(tx, id), entry?.lastReadMs ?? 0);
  if (synced > store.configs.lastReadAt(tx, id)) store.configs.setLastReadAt(tx, id, synced);
  if (synced > 0) store.messages.markRead(tx, id, synced, ctx.session.now());
  const unread = store.chat.markedUnread(tx, id);
  if (!entry && synced === 0 && !unread) return;
  if (entry && entry.lastReadMs >= synced && entry.unread === unread) return;
  ctx.edit(tx, 4, (c) => c.setOneToOne(id, { lastReadMs: synced, unread }));
}

/** These conversations may have changed in `tx`: their config entries follow. */
export function trackConversations(ctx: SyncContext, tx: WriteDb, ids: readonly string[]): void {
  for (const id of new Set(ids)) {
    if (!isSessionId(id)) continue;
    if (id === ctx.self) trackNoteToSelf(ctx, tx, true);
    else trackContact(ctx, tx, id);
    trackReadState(ctx, tx, id);
  }
}

/** The user read up to `upToSentAt`: the read position moves to the newest message read. */
export function trackRead(ctx: SyncContext, tx: WriteDb, id: SessionId, upToSentAt: number): void {
  const { store } = ctx.session;
  const last = store.conversations.get(tx, id)?.lastMessageId;
  const newest = last !== null && last !== undefined ? store.messages.get(tx, last)?.sentAt : undefined;
  if (newest === undefined) return;
  const at = Math.min(upToSentAt, newest);
  if (at > store.configs.lastReadAt(tx, id)) store.configs.setLastReadAt(tx, id, at);
}

/** Our display name and avatar into UserProfile. */
export function trackProfile(ctx: SyncContext, tx: WriteDb): void {
  const { store } = ctx.session;
  const name = store.accounts.profile(tx)?.displayName ?? '';
  const avatar = store.configs.ownAvatar(tx);
  const profile = ctx.book.get(tx, 2);
  const pic = profile.profilePicture;
  const nameChanged = name !== '' && name !== profile.name;
  const avatarChanged = (avatar?.url ?? '') !== (pic?.url ?? '') || !sameBytes(avatar?.key, pic?.key);
  if (!nameChanged && !avatarChanged) return;
  ctx.edit(tx, 2, (p) => {
    if (nameChanged) p.setNameTruncated(name);
    if (avatarChanged) p.setProfilePicture(avatar ?? undefined);
  });
}

/**
 * The first start with configs (an account from before config sync, or a new one): the configs
 * that had no dump are filled from what the store holds.
 */
export function importStore(ctx: SyncContext, tx: WriteDb, fresh: readonly number[]): void {
  const { store } = ctx.session;
  if (fresh.includes(2)) {
    trackProfile(ctx, tx);
    trackNoteToSelf(ctx, tx, false);
  }
  if (fresh.includes(4)) trackReadState(ctx, tx, ctx.self);
  if (!fresh.includes(3) && !fresh.includes(4)) return;
  const blocked = store.contacts.list(tx, { blocked: true }).map((c) => c.sessionId);
  const ids = [...store.configs.directConversationIds(tx), ...blocked].filter((id) => id !== ctx.self);
  for (const id of new Set(ids)) {
    if (fresh.includes(3)) trackContact(ctx, tx, id);
    if (fresh.includes(4)) trackReadState(ctx, tx, id);
  }
}
