/**
 * What the UserGroups config (namespace 5, `g`) merged from our other devices means here (the
 * config-sync `onMerged(5, …)` hook, inside its merge transaction; desktop
 * `handleUserGroupUpdate`): a group another device joined, accepted, was promoted in, was
 * removed from or saw deleted, and a group it left or declined (its entry gone). A restore finds
 * its groups this way: each entry with a key or a grant becomes a group polled from scratch.
 */
import { REMOVED_DESTROYED, REMOVED_KICKED, type GroupEntry, type UserGroups } from '../../protocol/config';
import type { WriteDb } from '../../store';
import { GroupChanges } from './group-changes';
import { endGroup } from './group-projection';
import type { GroupsActive } from './groups-active';
import { forgetGroup } from './life-cycle';
import { OpenGroup } from './open-group';

function learn(a: GroupsActive, tx: WriteDb, e: GroupEntry, changes: GroupChanges): void {
  if (e.removedStatus !== 0 || (!e.secretKey && !e.authData)) return;
  const now = a.session.now();
  const state = e.invited ? 'invited' : 'joined';
  const g = OpenGroup.learned(
    {
      groupId: e.groupId,
      state,
      name: e.name,
      invitedBy: null,
      joinedAt: e.joinedAtSeconds > 0 ? e.joinedAtSeconds * 1000 : now,
      ...(e.authData ? { authData: e.authData } : {}),
    },
    { identity: a.session.identity.keys, clock: () => a.session.now() },
  );
  if (e.secretKey) g.becomeAdmin(e.secretKey);
  a.registry.add(g);
  a.registry.save(tx, g, now);
  const requestState = state === 'joined' ? 'accepted' : 'invite';
  a.session.store.conversations.ensure(tx, {
    id: g.id,
    kind: 'group',
    name: e.name || null,
    requestState,
    now,
  });
  changes.conversation(g.id).group(g.id);
  if (state === 'joined') changes.then(() => a.inboxes.start(g.id));
}

function follow(a: GroupsActive, tx: WriteDb, e: GroupEntry, changes: GroupChanges): void {
  const g = a.registry.get(e.groupId)!;
  const now = a.session.now();
  if (e.removedStatus === REMOVED_DESTROYED && g.state !== 'destroyed')
    return endGroup(a, tx, g, 'destroyed', changes);
  if (e.removedStatus === REMOVED_KICKED && g.state === 'joined')
    return endGroup(a, tx, g, 'kicked', changes);
  let restart = false;
  if (!e.invited && g.state === 'invited') {
    g.patch({ state: 'joined' });
    a.session.store.conversations.update(tx, g.id, { requestState: 'accepted' });
    restart = true;
  }
  if (e.secretKey && !g.isAdmin) {
    g.becomeAdmin(e.secretKey);
    restart = true;
  }
  if (!restart) return;
  a.registry.save(tx, g, now);
  changes
    .conversation(g.id)
    .group(g.id)
    .then(() => void a.inboxes.restart(g.id));
}

/** Brings the groups of this device in line with the merged UserGroups config. */
export function userGroupsMerged(
  a: GroupsActive,
  tx: WriteDb,
  config: UserGroups,
  afterCommit: (fn: () => void) => void,
): void {
  const changes = new GroupChanges();
  const entries = new Map(config.groups().map((e) => [e.groupId, e]));
  for (const e of entries.values()) {
    if (a.registry.get(e.groupId)) follow(a, tx, e, changes);
    else learn(a, tx, e, changes);
  }
  for (const g of a.registry.all()) {
    // Left or declined on another device: its entry is gone from the config.
    if (!entries.has(g.id) && (g.state === 'joined' || g.state === 'invited')) {
      forgetGroup(a, tx, g.id, changes);
    }
  }
  afterCommit(() => changes.emit(a.events));
}
