/**
 * Accounts for groups tests: the messaging harness's devices (real store, real session host, real
 * network over a localnet) with the groups module after any others given (config sync), polling
 * every group every 100 ms.
 */
import type { GroupId } from '../../../../electron/core/crypto/ids';
import { groupsModule, type GroupsService } from '../../../../electron/core/services/groups/groups-service';
import type { GroupsActive } from '../../../../electron/core/services/groups/groups-active';
import { openDevice, type Device, type DeviceOptions } from '../../../support/messaging-device';

export interface Member extends Device {
  readonly groups: GroupsService;
  /** The groups module's session state (actions take it). */
  g(): GroupsActive;
}

export async function openMember(
  ln: Parameters<typeof openDevice>[0],
  opts: DeviceOptions = {},
): Promise<Member> {
  const d = await openDevice(ln, { ...opts, modules: [...(opts.modules ?? []), groupsModule] });
  const groups = d.modules.get(groupsModule);
  groups.pollIntervalMs = opts.pollMs ?? 100;
  return Object.assign(d, { groups, g: () => groups.current() });
}

/** Resolves once `pred` holds, checked now and after every group or message change of `d`. */
export async function eventually(d: Device, pred: () => boolean): Promise<void> {
  if (pred()) return;
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (!pred()) return;
      offs.forEach((f) => f());
      resolve();
    };
    const offs = [
      d.events.on('groups.changed', check),
      d.events.on('messages.changed', check),
      d.events.on('conversations.changed', check),
    ];
  });
}

/** The bodies of a group's text messages on `d`, oldest first. */
export function bodies(d: Device, groupId: GroupId): string[] {
  return d.store.messages
    .page(d.store.read, groupId, { limit: 200 })
    .filter((m) => m.kind === 'text')
    .map((m) => m.body ?? '')
    .reverse();
}
