/**
 * The groups module's `groups.changed` → the bridge's, with the group's new view (null once it is
 * gone from this device). Messages and conversations of groups travel on messaging's events.
 */
import type { DomainEventBus } from '../services/events';
import type { GroupsService } from '../services/groups/groups-service';
import type { EventBus } from './events';
import { groupView } from './views/group-view';
import { PeopleCache } from './views/people';

export function forwardGroupEvents(
  domain: DomainEventBus,
  events: EventBus,
  module: () => GroupsService,
): void {
  domain.on('groups.changed', ({ groupId, removed }) => {
    const a = module().current();
    const g = removed ? undefined : a.registry.get(groupId);
    const group = g ? groupView(g, new PeopleCache(a.session.store, a.self)) : null;
    events.emit('groups.changed', { groupId, group });
  });
}
