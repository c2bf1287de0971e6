/**
 * What an admin does (desktop 1.17.17 `metaGroups.ts`): create a group, rename and describe it,
 * add members (invited one to one; with the history shared they also get every current key in a
 * supplemental Keys message; either way the group is rekeyed, as desktop does since SES3299),
 * mark members for removal and promote them. Each change is one transaction: the documents, the
 * notice, the push of Keys + Info + Members, and the jobs that wait for that push — the signed
 * control message into the group and the invites.
 */
import { isSessionId, type SessionId } from '../../crypto/ids';
import type { GroupMemberChange } from '../../protocol';
import {
  GROUP_DESCRIPTION_MAX_BYTES,
  newMember,
  withInviteNotSent,
  withPromoted,
  withPromotionAccepted,
  type GroupMember,
} from '../../protocol/config';
import { newGroupKeyPair, rekeyWithConfigs } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import { GroupChanges } from './group-changes';
import { addNotice, groupNotice } from './group-notices';
import { groupExpiration } from './group-projection';
import { adminGroup, type GroupsActive } from './groups-active';
import { GroupsError } from './groups-error';
import { encodeInvitePayload, GROUP_INVITE_JOB } from './invite-job';
import { OpenGroup } from './open-group';
import { CONFIG_TTL_MS } from './push-job';
import { markForRemoval } from './removals';
import { writeEntry } from './user-groups-link';

/** Desktop's CLOSED_GROUP_SIZE_LIMIT: members, the creator included. */
export const MAX_GROUP_MEMBERS = 100;
const NAME_MAX_BYTES = 100;
const bytes = (s: string) => new TextEncoder().encode(s).length;

export function checkName(name: string): string {
  const n = name.trim();
  if (!n) throw new GroupsError('group-name-required', 'A group needs a name.');
  if (bytes(n) > NAME_MAX_BYTES)
    throw new GroupsError('group-name-too-long', 'A group name has at most 100 bytes.');
  return n;
}

function checkDescription(text: string): string {
  if (bytes(text) > GROUP_DESCRIPTION_MAX_BYTES) {
    throw new GroupsError('group-description-too-long', 'A group description has at most 2,000 bytes.');
  }
  return text.trim();
}

/** Session IDs, lower-cased and de-duplicated, without ourselves; `invalid-member` for anything else. */
export function memberIds(a: GroupsActive, ids: readonly string[]): SessionId[] {
  const out = new Set<SessionId>();
  for (const raw of ids) {
    const id = raw.trim().toLowerCase();
    if (!isSessionId(id))
      throw new GroupsError('invalid-member', `"${raw.slice(0, 80)}" is not a Session ID.`);
    if (id !== a.self) out.add(id);
  }
  return [...out];
}

function memberFor(a: GroupsActive, id: SessionId): GroupMember {
  const { store } = a.session;
  const name =
    id === a.self
      ? store.accounts.profile(store.read)?.displayName
      : store.contacts.get(store.read, id)?.name;
  // Members cuts a name over 100 bytes itself (libsession `Members::set`).
  return { ...newMember(id), name: name ?? '' };
}

function queueInvites(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  ids: readonly SessionId[],
  admin: boolean,
  after: readonly number[],
): void {
  for (const member of ids) {
    a.session.outbox.enqueue(tx, {
      kind: GROUP_INVITE_JOB,
      key: `group-invite:${g.id}:${member}:${admin ? 'admin' : 'member'}`,
      payload: encodeInvitePayload({ groupId: g.id, member, admin }),
      dependsOn: after,
    });
  }
}

/** The signed member change, its notice, and its store after the push `after`. */
function announceMembers(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  change: GroupMemberChange,
  members: readonly SessionId[],
  after: number,
  changes: GroupChanges,
  historyShared = false,
): void {
  const sentAtMs = a.outgoing.stamp();
  const adminSignature = a.outgoing.sign(g, { type: 'member-change', change }, sentAtMs);
  const update = { type: 'member-change', change, members, historyShared, adminSignature } as const;
  const m = a.outgoing.control(sentAtMs, update, groupExpiration(g));
  a.outgoing.store(tx, g.id, [a.outgoing.item(g, m)], { dependsOn: [after] });
  const kind =
    change === 'added' ? 'members-added' : change === 'removed' ? 'members-removed' : 'members-promoted';
  const at = { sender: a.self, sentAt: sentAtMs, outgoing: true, receivedAt: sentAtMs };
  addNotice(a.session.store, tx, g.id, at, groupNotice(kind, a.self, members), changes);
}

export interface CreateInput {
  readonly name: string;
  readonly description?: string;
  readonly members: readonly string[];
}

export function createGroup(a: GroupsActive, input: CreateInput): OpenGroup {
  const name = checkName(input.name);
  const description = checkDescription(input.description ?? '');
  const ids = memberIds(a, input.members);
  if (ids.length + 1 > MAX_GROUP_MEMBERS)
    throw new GroupsError('group-too-large', 'A group has at most 100 members.');
  const now = a.outgoing.stamp();
  const g = OpenGroup.created(
    newGroupKeyPair(),
    { identity: a.session.identity.keys, clock: () => a.session.now() },
    name,
  );
  g.info.setName(name);
  if (description) g.info.setDescription(description);
  g.info.setCreatedSeconds(now);
  g.members.set(withPromotionAccepted(memberFor(a, a.self)));
  for (const id of ids) g.members.set(memberFor(a, id));
  rekeyWithConfigs(g.keys, g.info, g.members);
  const changes = new GroupChanges();
  a.registry.add(g);
  a.registry.write([g], now, (tx) => {
    a.session.store.conversations.ensure(tx, {
      id: g.id,
      kind: 'group',
      name,
      requestState: 'accepted',
      now,
    });
    writeEntry(a.userGroups, tx, g, now);
    const push = a.outgoing.push(tx, g.id);
    if (ids.length > 0) {
      announceMembers(a, tx, g, 'added', ids, push, changes);
      queueInvites(a, tx, g, ids, false, [push]);
    } else {
      const at = { sender: a.self, sentAt: now, outgoing: true, receivedAt: now };
      addNotice(a.session.store, tx, g.id, at, groupNotice('created', a.self, [], name), changes);
    }
    changes.conversation(g.id).group(g.id);
  });
  a.inboxes.start(g.id);
  changes.emit(a.events);
  return g;
}

/** Rename and describe; only a changed name is announced (desktop). */
export function setGroupInfo(
  a: GroupsActive,
  groupId: string,
  patch: { name?: string; description?: string },
): void {
  const g = adminGroup(a, groupId);
  const name = patch.name === undefined ? undefined : checkName(patch.name);
  const description = patch.description === undefined ? undefined : checkDescription(patch.description);
  const renamed = name !== undefined && name !== g.name;
  const changes = new GroupChanges().group(g.id).conversation(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    if (name !== undefined) g.info.setName(name);
    if (description !== undefined) g.info.setDescription(description);
    if (renamed) {
      a.session.store.conversations.update(tx, g.id, { name });
      writeEntry(a.userGroups, tx, g, a.session.now());
    }
    const push = a.outgoing.push(tx, g.id);
    if (!renamed) return;
    const sentAtMs = a.outgoing.stamp();
    const adminSignature = a.outgoing.sign(g, { type: 'info-change', field: 'name' }, sentAtMs);
    const m = a.outgoing.control(
      sentAtMs,
      { type: 'info-change', change: { field: 'name', name }, adminSignature },
      groupExpiration(g),
    );
    a.outgoing.store(tx, g.id, [a.outgoing.item(g, m)], { dependsOn: [push] });
    const at = { sender: a.self, sentAt: sentAtMs, outgoing: true, receivedAt: sentAtMs };
    addNotice(a.session.store, tx, g.id, at, groupNotice('renamed', a.self, [], name), changes);
  });
  changes.emit(a.events);
}

export function addMembers(
  a: GroupsActive,
  groupId: string,
  ids: readonly string[],
  shareHistory: boolean,
): SessionId[] {
  const g = adminGroup(a, groupId);
  const added = memberIds(a, ids).filter((id) => (g.members.get(id)?.removedStatus ?? 1) !== 0);
  if (added.length === 0) return [];
  if (g.current().length + added.length > MAX_GROUP_MEMBERS) {
    throw new GroupsError('group-too-large', 'A group has at most 100 members.');
  }
  const changes = new GroupChanges().group(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    for (const id of added)
      g.members.set({ ...withInviteNotSent(memberFor(a, id)), supplement: shareHistory });
    const deps: number[] = [];
    if (shareHistory && g.keys.size() > 0) {
      const supplement = { namespace: 12, data: g.keys.keySupplement(added), ttlMs: CONFIG_TTL_MS };
      deps.push(a.outgoing.store(tx, g.id, [supplement]));
    }
    rekeyWithConfigs(g.keys, g.info, g.members);
    const push = a.outgoing.push(tx, g.id);
    announceMembers(a, tx, g, 'added', added, push, changes, shareHistory);
    queueInvites(a, tx, g, added, false, [push, ...deps]);
  });
  changes.emit(a.events);
  return added;
}

export function removeMembers(
  a: GroupsActive,
  groupId: string,
  ids: readonly string[],
  withMessages: boolean,
): SessionId[] {
  const g = adminGroup(a, groupId);
  const removed = memberIds(a, ids).filter((id) => g.members.get(id)?.removedStatus === 0);
  if (removed.length === 0)
    throw new GroupsError('member-not-in-group', 'None of them is a member of the group.');
  const changes = new GroupChanges().group(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    markForRemoval(a, tx, g, removed, withMessages);
    announceMembers(a, tx, g, 'removed', removed, a.outgoing.push(tx, g.id), changes);
  });
  changes.emit(a.events);
  return removed;
}

export function promoteMembers(a: GroupsActive, groupId: string, ids: readonly string[]): SessionId[] {
  const g = adminGroup(a, groupId);
  const promoted = memberIds(a, ids).filter((id) => g.members.get(id)?.removedStatus === 0);
  if (promoted.length === 0)
    throw new GroupsError('member-not-in-group', 'None of them is a member of the group.');
  const changes = new GroupChanges().group(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    for (const id of promoted) g.members.set(withPromoted(g.members.get(id)!));
    const push = a.outgoing.push(tx, g.id);
    announceMembers(a, tx, g, 'promoted', promoted, push, changes);
    queueInvites(a, tx, g, promoted, true, [push]);
  });
  changes.emit(a.events);
  return promoted;
}
