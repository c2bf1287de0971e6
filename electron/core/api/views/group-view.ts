/** The groups module's state → the bridge's GroupView (members with their status, our role). */
import type { GroupMemberView, GroupView, MemberStatus } from '../../../bridge/methods/groups';
import type { MemberStatus as ConfigStatus } from '../../protocol/config';
import type { OpenGroup } from '../../services/groups/open-group';
import { groupExpiration } from '../../services/groups/group-projection';
import { disappearingOf } from './message-view';
import { shortId, type PeopleCache } from './people';

const STATUS: Record<ConfigStatus, MemberStatus> = {
  'invite-unknown': 'invite-sent',
  'invite-not-sent': 'invite-not-sent',
  'invite-sending': 'invite-sending',
  'invite-failed': 'invite-failed',
  'invite-sent': 'invite-sent',
  'invite-accepted': 'member',
  'promotion-unknown': 'promotion-sent',
  'promotion-not-sent': 'promotion-not-sent',
  'promotion-sending': 'promotion-sending',
  'promotion-failed': 'promotion-failed',
  'promotion-sent': 'promotion-sent',
  'promotion-accepted': 'admin',
  'removed-unknown': 'removing',
  removed: 'removing',
  'removed-including-messages': 'removing',
};

function members(g: OpenGroup, people: PeopleCache): GroupMemberView[] {
  return g.members
    .all()
    .map((m): GroupMemberView => {
      const c = m.sessionId === people.self ? undefined : people.contact(m.sessionId);
      const displayName =
        m.sessionId === people.self
          ? people.displayName(m.sessionId)
          : c?.nickname || c?.name || m.name || shortId(m.sessionId);
      return {
        id: m.sessionId,
        displayName: displayName.slice(0, 100),
        admin: m.admin,
        status: STATUS[g.members.status(m)],
        you: m.sessionId === people.self,
      };
    })
    .sort((a, b) => Number(b.admin) - Number(a.admin) || a.displayName.localeCompare(b.displayName))
    .slice(0, 100);
}

export function groupView(g: OpenGroup, people: PeopleCache): GroupView {
  const e = groupExpiration(g);
  const created = g.info.createdSeconds;
  return {
    id: g.id,
    name: g.name.slice(0, 100),
    description: g.info.description?.slice(0, 2_000) ?? null,
    state: g.state,
    admin: g.isAdmin,
    invitedBy: g.invitedBy ? people.person(g.invitedBy) : null,
    memberCount: g.current().length,
    members: members(g, people),
    disappearing: e.mode === 'off' ? { mode: 'off' } : disappearingOf(e.mode, e.seconds),
    createdAt: created ? created * 1000 : null,
  };
}
