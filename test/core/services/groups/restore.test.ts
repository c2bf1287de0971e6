/**
 * A restore finds its groups again (issue 13): Alice, with config sync, creates a group; a second
 * core from her seed — a restore on a new machine — reads the group from her UserGroups config
 * (namespace 5), polls the group's swarm and holds it as an admin with its keys, name and members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSyncModule } from '../../../../electron/core/services/config-sync/config-sync-service';
import { createGroup } from '../../../../electron/core/services/groups/admin-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { eventually, openMember } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

describe('groups after a restore', () => {
  it('come back from the UserGroups config with their keys', async () => {
    const withSync = { modules: [configSyncModule] };
    const [alice, bob] = await Promise.all([
      openMember(ln, { name: 'Alice', ...withSync }),
      openMember(ln, { name: 'Bob' }),
    ]);
    alice.modules.get(configSyncModule).pushDelayMs = 20;
    const restored = await openMember(ln, { name: 'Alice', seed: alice.seed, ...withSync });
    try {
      const g = createGroup(alice.g(), { name: 'Kept', members: [bob.sessionId] });
      const id = g.id;
      await eventually(restored, () => (restored.g().registry.get(id)?.keys.size() ?? 0) > 0);
      const back = restored.g().registry.get(id)!;
      expect(back.state).toBe('joined');
      expect(back.isAdmin).toBe(true);
      await eventually(restored, () => restored.g().registry.get(id)?.name === 'Kept');
      expect(
        restored
          .g()
          .registry.get(id)!
          .members.all()
          .map((m) => m.sessionId)
          .sort(),
      ).toEqual([alice.sessionId, bob.sessionId].sort());
    } finally {
      await Promise.all([alice.close(), bob.close(), restored.close()]);
    }
  }, 90_000);
});
