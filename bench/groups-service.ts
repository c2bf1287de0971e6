/**
 * The groups service on a 12-node localnet (issue 13's figures): an admin creates a 100-member group
 * (keys, Info and Members pushed into the group's swarm in one sequence; the 99 invites are sent after
 * and timed on their own), then removes one member (rekey, revoke, kicked message, pushes). The
 * members are identities with no device: what is measured is the admin's side.
 */
import { randomBytes } from 'node:crypto';
import { identityFromSeed } from '../electron/core/crypto/identity';
import type { GroupId } from '../electron/core/crypto/ids';
import { createGroup, removeMembers } from '../electron/core/services/groups/admin-actions';
import { groupsModule } from '../electron/core/services/groups/groups-service';
import { GROUP_INVITE_JOB } from '../electron/core/services/groups/invite-job';
import { GROUP_PUSH_JOB } from '../electron/core/services/groups/push-job';
import { GROUP_REMOVAL_JOB } from '../electron/core/services/groups/removals';
import { GROUP_STORE_JOB } from '../electron/core/services/groups/store-job';
import { startLocalnet } from '../localnet/index';
import { openDevice, type Device } from '../test/support/messaging-device';
import { report } from './report';

const MEMBERS = 100;

/**
 * Resolves once no job of `kinds` is left in `d`'s outbox. The outbox announces nothing when a job
 * ends, so it is looked at on every group change and every 50 ms.
 */
function settled(d: Device, kinds: readonly string[]): Promise<void> {
  const empty = () => d.store.outbox.countKinds(d.store.read, kinds) === 0;
  return new Promise((resolve) => {
    const check = (): void => {
      if (!empty()) return;
      clearInterval(timer);
      off();
      resolve();
    };
    const timer = setInterval(check, 50);
    const off = d.events.on('groups.changed', check);
    check();
  });
}

async function timed(fn: () => unknown, done: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  fn();
  await done();
  return Math.round(performance.now() - t0);
}

export async function runService(): Promise<void> {
  const ln = await startLocalnet({ nodes: 12, swarmSize: 5 });
  const admin = await openDevice(ln, { name: 'Admin', modules: [groupsModule] });
  try {
    const a = () => admin.modules.get(groupsModule).current();
    const members = Array.from(
      { length: MEMBERS - 1 },
      () => identityFromSeed(new Uint8Array(randomBytes(32))).sessionId,
    );
    let groupId = '' as GroupId;
    const createMs = await timed(
      () => (groupId = createGroup(a(), { name: 'Hundred', members }).id),
      () => settled(admin, [GROUP_PUSH_JOB]),
    );
    report('groups.create_100_members_pushed_ms', createMs, 'ms');
    const t0 = performance.now();
    await settled(admin, [GROUP_INVITE_JOB, GROUP_STORE_JOB]);
    report('groups.create_100_members_invites_sent_ms', Math.round(performance.now() - t0) + createMs, 'ms');
    const removeMs = await timed(
      () => removeMembers(a(), groupId, [members[0]!], false),
      () => settled(admin, [GROUP_PUSH_JOB, GROUP_REMOVAL_JOB, GROUP_STORE_JOB]),
    );
    report('groups.remove_one_rekey_pushed_ms', removeMs, 'ms');
  } finally {
    await admin.close();
    await ln.close();
  }
}
