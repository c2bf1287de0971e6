/** The groups methods over the groups module: each change answers with the group's new view. */
import type { GroupView } from '../../../bridge/methods/groups';
import {
  addMembers,
  createGroup,
  promoteMembers,
  removeMembers,
  setGroupInfo,
} from '../../services/groups/admin-actions';
import type { GroupsService } from '../../services/groups/groups-service';
import {
  acceptInvite,
  declineInvite,
  destroyGroup,
  leaveGroup,
  setGroupDisappearing,
} from '../../services/groups/life-cycle';
import type { Handlers } from '../dispatcher';
import { groupView } from '../views/group-view';
import { PeopleCache } from '../views/people';

type Methods =
  | 'groups.list'
  | 'groups.get'
  | 'groups.create'
  | 'groups.setInfo'
  | 'groups.addMembers'
  | 'groups.removeMembers'
  | 'groups.promote'
  | 'groups.setDisappearing'
  | 'groups.leave'
  | 'groups.delete'
  | 'groups.acceptInvite'
  | 'groups.declineInvite';

/** The view of one group of the open session (one contact cache per call). */
export function groupViewOf(module: GroupsService, groupId: string): GroupView {
  const a = module.current();
  return groupView(a.registry.require(groupId), new PeopleCache(a.session.store, a.self));
}

export function groupHandlers(module: () => GroupsService): Pick<Handlers, Methods> {
  const view = (groupId: string) => groupViewOf(module(), groupId);
  const a = () => module().current();
  return {
    'groups.list': () => {
      const s = a();
      const people = new PeopleCache(s.session.store, s.self);
      return {
        groups: s.registry
          .all()
          .slice(0, 500)
          .map((g) => groupView(g, people)),
      };
    },
    'groups.get': ({ groupId }) => view(groupId),
    'groups.create': ({ name, description, members }) =>
      view(createGroup(a(), { name, members, ...(description !== undefined ? { description } : {}) }).id),
    'groups.setInfo': ({ groupId, name, description }) => {
      setGroupInfo(a(), groupId, {
        ...(name !== undefined ? { name } : {}),
        ...(description !== undefined ? { description } : {}),
      });
      return view(groupId);
    },
    'groups.addMembers': ({ groupId, members, shareHistory }) => {
      addMembers(a(), groupId, members, shareHistory);
      return view(groupId);
    },
    'groups.removeMembers': ({ groupId, members, deleteMessages }) => {
      removeMembers(a(), groupId, members, deleteMessages);
      return view(groupId);
    },
    'groups.promote': ({ groupId, members }) => {
      promoteMembers(a(), groupId, members);
      return view(groupId);
    },
    'groups.setDisappearing': ({ groupId, setting }) => {
      setGroupDisappearing(a(), groupId, setting);
      return view(groupId);
    },
    'groups.leave': async ({ groupId }) => {
      await leaveGroup(a(), groupId);
      return {};
    },
    'groups.delete': async ({ groupId }) => {
      await destroyGroup(a(), groupId);
      return {};
    },
    'groups.acceptInvite': ({ groupId }) => {
      acceptInvite(a(), groupId);
      return view(groupId);
    },
    'groups.declineInvite': ({ groupId }) => {
      declineInvite(a(), groupId);
      return {};
    },
  };
}
