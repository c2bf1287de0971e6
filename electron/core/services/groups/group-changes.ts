/**
 * What one transaction changed, told after it committed: the messaging module's changes (rows,
 * conversations, arrivals) and the groups whose info, members or state changed.
 */
import type { GroupId } from '../../crypto/ids';
import type { DomainEventBus } from '../events';
import { Changes } from '../messaging/changes';
import type { GroupIncomingEvent } from './events';

export class GroupChanges extends Changes {
  private readonly groups = new Map<GroupId, boolean>();
  private readonly groupEvents: GroupIncomingEvent[] = [];

  group(id: GroupId, removed = false): this {
    this.groups.set(id, removed || (this.groups.get(id) ?? false));
    return this;
  }

  groupEvent(e: GroupIncomingEvent): this {
    this.groupEvents.push(e);
    return this;
  }

  override emit(events: DomainEventBus): void {
    for (const [groupId, removed] of this.groups) events.emit('groups.changed', { groupId, removed });
    for (const e of this.groupEvents) events.emit('groups.incoming', e);
    super.emit(events);
  }
}
