/**
 * The CLI's closed-group commands (docs/CLI.md): `group create|add|remove|promote|leave|accept|
 * decline` and `groups`. Each goes through the bridge's `groups.*` methods, then keeps the process
 * until the outbox has sent what the change queued (config pushes, invites, the rekey), since the
 * next command may run on another machine.
 */
import type { GroupView } from '../bridge/methods/groups';
import type { HostArgs } from '../host/args';
import type { Core } from '../core/api/core';
import { messagingModule } from '../core/services/messaging/messaging-service';
import { call } from './commands';

export type GroupAction = 'create' | 'add' | 'remove' | 'promote' | 'leave' | 'accept' | 'decline';

export type GroupCommand =
  | {
      kind: 'group';
      args: HostArgs;
      action: 'create';
      name: string;
      description: string | undefined;
      members: string[];
    }
  | {
      kind: 'group';
      args: HostArgs;
      action: 'add' | 'remove' | 'promote';
      groupId: string;
      members: string[];
    }
  | { kind: 'group'; args: HostArgs; action: 'leave' | 'accept' | 'decline'; groupId: string }
  | { kind: 'groups'; args: HostArgs };

export const GROUP_USAGE = [
  '  group create --name N [--members 05…,05…] [--description D]   → {"groupId"}',
  '  group add|remove|promote 03… 05…[,05…]  group leave|accept|decline 03…',
  '  groups                             → {"groups":[…]} the groups with their members',
];

export const GROUP_FLAGS = ['--members', '--description'] as const;

const GROUP_ID = /^03[0-9a-f]{64}$/;
const ACTIONS: readonly GroupAction[] = ['create', 'add', 'remove', 'promote', 'leave', 'accept', 'decline'];

/** Comma- or space-separated Session IDs, lower-cased (the bridge refuses anything else). */
function idList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
}

/** `group …` after its words and flags were split; a string is why it was refused. */
export function parseGroupCommand(
  args: HostArgs,
  words: readonly string[],
  flags: ReadonlyMap<string, string>,
): GroupCommand | string {
  const [, action, id, members] = words;
  if (!action || !(ACTIONS as readonly string[]).includes(action)) {
    return `group needs one of ${ACTIONS.join(', ')}`;
  }
  const a = action as GroupAction;
  if (a === 'create') {
    const name = flags.get('--name');
    if (!name) return 'group create needs --name';
    return {
      kind: 'group',
      args,
      action: a,
      name,
      description: flags.get('--description'),
      members: idList(flags.get('--members')),
    };
  }
  const groupId = id?.toLowerCase();
  if (!groupId || !GROUP_ID.test(groupId)) return `group ${a} needs a group ID (03…)`;
  if (a === 'leave' || a === 'accept' || a === 'decline') return { kind: 'group', args, action: a, groupId };
  const list = idList(members ?? flags.get('--members'));
  if (list.length === 0) return `group ${a} needs the members' Session IDs`;
  return { kind: 'group', args, action: a, groupId, members: list };
}

/**
 * Resolves once the outbox holds nothing more to send, or after `limitMs` (a recipient whose swarm
 * cannot be reached: what is left is retried by the next run).
 */
async function drained(core: Core, limitMs = 60_000): Promise<number> {
  const { store } = core.modules.get(messagingModule).current().session;
  const until = Date.now() + limitMs;
  for (;;) {
    const left = store.outbox.count(store.read);
    if (left === 0 || Date.now() > until) return left;
    // The outbox tells no one when it is empty; a quarter second is short beside an onion round.
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The CLI's line for a group: its id as `groupId`, then the bridge's view. */
function groupLine(v: GroupView) {
  return {
    groupId: v.id,
    name: v.name,
    description: v.description,
    state: v.state,
    admin: v.admin,
    memberCount: v.memberCount,
    members: v.members.map((m) => ({ id: m.id, name: m.displayName, admin: m.admin, status: m.status })),
  };
}

async function change(core: Core, c: Extract<GroupCommand, { kind: 'group' }>): Promise<GroupView | null> {
  switch (c.action) {
    case 'create':
      return call(core, 'groups.create', {
        name: c.name,
        members: c.members,
        ...(c.description !== undefined ? { description: c.description } : {}),
      });
    case 'add':
      return call(core, 'groups.addMembers', { groupId: c.groupId, members: c.members, shareHistory: false });
    case 'remove':
      return call(core, 'groups.removeMembers', {
        groupId: c.groupId,
        members: c.members,
        deleteMessages: false,
      });
    case 'promote':
      return call(core, 'groups.promote', { groupId: c.groupId, members: c.members });
    case 'accept':
      return call(core, 'groups.acceptInvite', { groupId: c.groupId });
    case 'leave':
      await call(core, 'groups.leave', { groupId: c.groupId });
      return null;
    case 'decline':
      await call(core, 'groups.declineInvite', { groupId: c.groupId });
      return null;
  }
}

export async function runGroupCommand(core: Core, c: GroupCommand, out: (v: unknown) => void): Promise<void> {
  if (c.kind === 'groups') {
    const { groups } = await call(core, 'groups.list', {});
    out({ groups: groups.filter((g) => g.state === 'joined' || g.state === 'invited').map(groupLine) });
    return;
  }
  const view = await change(core, c);
  const pending = await drained(core);
  // Made here all the same: the next run of any command sends what is left.
  if (pending > 0) process.stderr.write(`${pending} jobs are not sent yet; the next run retries them\n`);
  if (c.action === 'create') {
    out({ groupId: view?.id ?? null });
    return;
  }
  out({ groupId: c.groupId, action: c.action, ...(view ? { group: groupLine(view) } : {}), pending });
}
