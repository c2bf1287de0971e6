/**
 * What the groups module holds while the account is open, handed to its actions and handlers, and
 * the lookups every action starts with (the group, as an admin or as a member).
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import type { DomainEventBus } from '../events';
import type { Active } from '../messaging/active';
import type { AccountSession } from '../session/account-session';
import type { GroupInboxes } from './group-inbox';
import type { GroupOutgoing } from './group-outgoing';
import type { GroupRegistry } from './group-registry';
import { GroupsError } from './groups-error';
import type { OpenGroup } from './open-group';
import type { UserGroupsLink } from './user-groups-link';

export interface GroupsActive {
  readonly session: AccountSession;
  readonly self: SessionId;
  readonly registry: GroupRegistry;
  readonly outgoing: GroupOutgoing;
  readonly inboxes: GroupInboxes;
  /** The messaging module's session state (people, expiry timer, send times). */
  readonly messaging: () => Active;
  readonly events: DomainEventBus;
  readonly userGroups: UserGroupsLink;
  /** Keys messages this session stored for each group (pending until they come back). */
  readonly storedKeys: (groupId: GroupId) => Set<string>;
}

/** A group we are in now (joined; not invited, removed or deleted). */
export function memberGroup(a: GroupsActive, groupId: string): OpenGroup {
  const g = a.registry.require(groupId);
  if (g.state !== 'joined') throw new GroupsError('not-a-member', 'You are not a member of this group.');
  return g;
}

/** A group we administer. */
export function adminGroup(a: GroupsActive, groupId: string): OpenGroup {
  const g = memberGroup(a, groupId);
  if (!g.isAdmin) throw new GroupsError('not-group-admin', 'Only a group admin can do this.');
  return g;
}
