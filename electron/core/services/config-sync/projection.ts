/**
 * Merged configs into the store (the way in), inside the merge's transaction. Each namespace
 * compares the config before and after the merge and projects what changed:
 *
 * - UserProfile: our display name (never emptied), avatar pointer, Note-to-Self priority
 *   (hidden keeps its messages, as desktop's "hide Note to Self" does; pinned creates it) and timer.
 * - Contacts: the contact row (nickname, approved, approved-me, blocked; name and avatar when the
 *   entry's profile time is not older than ours) and its conversation: visible entries get one
 *   (desktop lists contacts without messages too, dated by their `created`), request state from
 *   `approved`, priority, mute, timer; a hidden entry (priority −1) loses its conversation and
 *   messages (desktop deletes them); an entry another device erased loses its conversation and
 *   its flags (desktop `delete1o1`).
 * - ConvoInfoVolatile: read position (messages up to it become read) and the unread mark, for
 *   the one-to-one and group conversations this device has.
 * UserGroups is left to the hooks (`onMerged(5, …)`): groups v2 belong to the groups floor;
 * community and legacy entries are kept in the config untouched and not shown.
 */
import { toHex } from '../../crypto/bytes';
import type { SessionId } from '../../crypto/ids';
import type { Contact, Contacts, ConvoInfoVolatile, ReadState, UserProfile } from '../../protocol/config';
import type { ConversationId, WriteDb } from '../../store';
import { Changes } from '../messaging/changes';
import type { AnyUserConfig } from './config-book';
import { expireOf, HIDDEN, mutedUntilOf, sameBytes, sameExpire } from './mapping';
import type { SyncContext } from './sync-context';

export interface Projection {
  readonly changes: Changes;
  /** Our own name or avatar changed. */
  profileChanged: boolean;
}

/** What a namespace looked like before a merge, to project only what the merge changed. */
export type Snapshot = ReadonlyMap<string, string>;

function contactKey(c: Contact): string {
  const pic = c.profilePicture ? `${c.profilePicture.url} ${toHex(c.profilePicture.key)}` : '';
  return JSON.stringify([{ ...c, profilePicture: pic, proFeatures: [] }]);
}

function readKey(r: ReadState): string {
  return `${r.lastReadMs}/${r.unread ? 1 : 0}`;
}

function convoEntries(c: ConvoInfoVolatile): Map<ConversationId, ReadState> {
  const out = new Map<ConversationId, ReadState>();
  for (const e of c.all()) {
    if (e.kind === 'one-to-one') out.set(e.sessionId, e);
    else if (e.kind === 'group') out.set(e.groupId, e);
  }
  return out;
}

export function snapshot(ns: number, config: AnyUserConfig): Snapshot {
  if (ns === 3) return new Map((config as Contacts).all().map((c) => [c.sessionId, contactKey(c)]));
  if (ns === 4) {
    return new Map([...convoEntries(config as ConvoInfoVolatile)].map(([id, r]) => [id, readKey(r)]));
  }
  return new Map();
}

function projectProfile(ctx: SyncContext, tx: WriteDb, p: UserProfile, out: Projection): void {
  const { store } = ctx.session;
  const name = p.name;
  if (name && name !== store.accounts.profile(tx)?.displayName) {
    store.accounts.setDisplayName(tx, name);
    out.profileChanged = true;
  }
  const pic = p.profilePicture ?? null;
  const own = store.configs.ownAvatar(tx);
  if ((pic?.url ?? '') !== (own?.url ?? '') || !sameBytes(pic?.key, own?.key)) {
    store.configs.setOwnAvatar(tx, pic);
    out.profileChanged = true;
  }
  let nts = store.conversations.get(tx, ctx.self);
  if (!nts && p.noteToSelfPriority > 0) {
    nts = store.conversations.ensure(tx, { id: ctx.self, kind: 'direct', now: ctx.session.now() });
  }
  if (!nts) return;
  const timer = p.noteToSelfExpirySeconds ?? 0;
  const expire = expireOf(timer > 0 ? { mode: 'after-send', seconds: timer } : null);
  if (nts.priority === p.noteToSelfPriority && sameExpire(nts, expire)) return;
  store.conversations.update(tx, ctx.self, { priority: p.noteToSelfPriority, ...expire });
  out.changes.conversation(ctx.self);
}

function applyReadState(
  ctx: SyncContext,
  tx: WriteDb,
  id: ConversationId,
  r: ReadState,
  changes: Changes,
): void {
  const { store } = ctx.session;
  if (!store.conversations.get(tx, id)) return;
  if (r.lastReadMs > store.configs.lastReadAt(tx, id)) {
    for (const m of store.messages.markRead(tx, id, r.lastReadMs, ctx.session.now()))
      changes.updated(id, m.id);
    store.configs.setLastReadAt(tx, id, r.lastReadMs);
    changes.conversation(id);
  }
  if (store.chat.markedUnread(tx, id) !== r.unread) {
    store.chat.setMarkedUnread(tx, id, r.unread);
    changes.conversation(id);
  }
}

function applyContact(ctx: SyncContext, tx: WriteDb, c: Contact, out: Projection): void {
  const { store } = ctx.session;
  const now = ctx.session.now();
  const id = c.sessionId;
  const existing = store.contacts.get(tx, id);
  const stamp = store.chat.profileUpdatedSeconds(tx, id);
  const newer = !existing || c.profileUpdatedSeconds >= stamp;
  const pic = c.profilePicture;
  const keepPath = pic && existing?.avatar?.url === pic.url ? existing.avatar.path : null;
  store.contacts.upsert(
    tx,
    id,
    {
      ...(newer && c.name ? { name: c.name } : {}),
      ...(newer ? { avatar: pic ? { url: pic.url, key: pic.key, path: keepPath } : null } : {}),
      nickname: c.nickname || null,
      approved: c.approved,
      approvedMe: c.approvedMe,
      blocked: c.blocked,
    },
    now,
  );
  if (newer && c.profileUpdatedSeconds > stamp)
    store.chat.setProfileUpdatedSeconds(tx, id, c.profileUpdatedSeconds);
  const conv = store.conversations.get(tx, id);
  if (c.priority <= HIDDEN) {
    if (conv && store.conversations.remove(tx, id)) out.changes.conversationRemoved(id);
    return;
  }
  const requestState = c.approved ? 'accepted' : 'request';
  if (!conv) {
    const created = c.createdSeconds > 0 ? c.createdSeconds * 1000 : now;
    store.conversations.ensure(tx, { id, kind: 'direct', now: created, requestState });
  }
  store.conversations.update(tx, id, {
    requestState,
    priority: c.priority,
    mutedUntil: mutedUntilOf(c.notify, c.muteUntilSeconds),
    ...expireOf(c.disappearing),
  });
  const read = ctx.book.get(tx, 4).oneToOne(id);
  if (!conv && read) applyReadState(ctx, tx, id, read, out.changes);
  out.changes.conversation(id);
}

/** Another device erased the contact: its conversation goes, and what it approved or blocked. */
function removeContact(ctx: SyncContext, tx: WriteDb, id: SessionId, out: Projection): void {
  const { store } = ctx.session;
  if (store.conversations.remove(tx, id)) out.changes.conversationRemoved(id);
  if (!store.contacts.get(tx, id)) return;
  store.contacts.upsert(
    tx,
    id,
    { approved: false, approvedMe: false, blocked: false, nickname: null },
    ctx.session.now(),
  );
}

function projectContacts(
  ctx: SyncContext,
  tx: WriteDb,
  before: Snapshot,
  c: Contacts,
  out: Projection,
): void {
  const seen = new Set<string>();
  for (const contact of c.all()) {
    seen.add(contact.sessionId);
    // Our own profile comes from UserProfile, never from a Contacts entry (desktop skips it too).
    if (contact.sessionId === ctx.self || before.get(contact.sessionId) === contactKey(contact)) continue;
    applyContact(ctx, tx, contact, out);
  }
  for (const id of before.keys())
    if (!seen.has(id) && id !== ctx.self) removeContact(ctx, tx, id as SessionId, out);
}

function projectConvos(
  ctx: SyncContext,
  tx: WriteDb,
  before: Snapshot,
  c: ConvoInfoVolatile,
  out: Projection,
): void {
  for (const [id, r] of convoEntries(c)) {
    if (before.get(id) !== readKey(r)) applyReadState(ctx, tx, id, r, out.changes);
  }
}

/** Projects what the merge changed in namespace `ns` (UserGroups: nothing here, see above). */
export function project(
  ctx: SyncContext,
  tx: WriteDb,
  ns: number,
  before: Snapshot,
  config: AnyUserConfig,
  out: Projection,
): void {
  if (ns === 2) projectProfile(ctx, tx, config as UserProfile, out);
  else if (ns === 3) projectContacts(ctx, tx, before, config as Contacts, out);
  else if (ns === 4) projectConvos(ctx, tx, before, config as ConvoInfoVolatile, out);
}

export function newProjection(): Projection {
  return { changes: new Changes(), profileChanged: false };
}
