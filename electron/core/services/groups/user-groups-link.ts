/**
 * Our entries in the UserGroups config (namespace 5, key `g`), through the config-sync module's
 * seam: `edit(tx, 5, fn)` changes the config inside our transaction (config sync saves its dump
 * there and pushes after the commit). Other devices and a restore learn our groups from it; what
 * they write comes back through `onMerged(5, …)` (user-groups-merge.ts).
 */
import type { GroupId } from '../../crypto/ids';
import type { GroupUpdate, UserGroups } from '../../protocol/config';
import type { WriteDb } from '../../store';
import type { OpenGroup } from './open-group';

export interface UserGroupsLink {
  /** Changes the UserGroups config inside `tx`; a no-op while no config sync runs. */
  edit(tx: WriteDb, fn: (config: UserGroups) => void): void;
}

export const NO_USER_GROUPS: UserGroupsLink = { edit: () => undefined };

/** Our entry for a group we are in (or invited to): the name, and the key or grant we hold. */
export function entryOf(g: OpenGroup, nowMs: number): GroupUpdate {
  return {
    name: g.name,
    joinedAtSeconds: Math.floor((g.joinedAt || nowMs) / 1000),
    invited: g.state === 'invited',
    ...(g.secretKey ? { secretKey: g.secretKey } : {}),
    ...(!g.secretKey && g.authData ? { authData: g.authData } : {}),
  };
}

export function writeEntry(link: UserGroupsLink, tx: WriteDb, g: OpenGroup, nowMs: number): void {
  link.edit(tx, (c) => {
    c.setGroup(g.id, entryOf(g, nowMs));
    if (g.state === 'invited' || g.state === 'joined') c.markInvited(g.id);
  });
}

export function eraseEntry(link: UserGroupsLink, tx: WriteDb, groupId: GroupId): void {
  link.edit(tx, (c) => void c.eraseGroup(groupId));
}

export function markEntry(
  link: UserGroupsLink,
  tx: WriteDb,
  groupId: GroupId,
  how: 'kicked' | 'destroyed',
): void {
  link.edit(tx, (c) => (how === 'kicked' ? c.markKicked(groupId) : c.markDestroyed(groupId)));
}
