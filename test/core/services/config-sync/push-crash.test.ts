/**
 * Config pushes survive the app going away (issue 12, "pushes that survive a crash"): a change
 * whose push was still waiting in the outbox, and a push the swarm stored but whose answer never
 * came back (the process died, or the reply was lost, before the confirmation). Either way the
 * reopened device pushes what is pending, and a device restored afterwards sees the change.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSyncError } from '../../../../electron/core/services/config-sync/config-sync-error';
import { pushConfigs } from '../../../../electron/core/services/config-sync/push';
import type { SessionNetwork } from '../../../../electron/core/network';
import type { WriteDb } from '../../../../electron/core/store';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { tempDir } from '../../store/helpers';
import { openSyncDevice, rename, untilSynced } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(6);
});
afterAll(async () => {
  await ln.close();
});

/** A restored device of the same account: resolves once it shows `name`. */
async function restoredShows(seed: Uint8Array, name: string): Promise<void> {
  const other = await openSyncDevice(ln, { seed, name: null });
  try {
    await untilSynced(other, () => other.store.accounts.profile(other.store.read)?.displayName === name);
  } finally {
    await other.close();
  }
}

/** A device on its own folder whose name changed with the push still to come, and its folder. */
async function renamedBeforePush() {
  const seed = new Uint8Array(randomBytes(16));
  const key = new Uint8Array(randomBytes(32));
  const dir = tempDir('shallot-push-crash-');
  const first = await openSyncDevice(ln, { seed, key, dir: dir.dir, name: 'Alice' });
  await first.sync.pushNow(AbortSignal.timeout(20_000));
  // Long enough that the push cannot run before the app is gone.
  first.sync.pushDelayMs = 60_000;
  rename(first, 'Alice Liddell');
  const reopen = () => openSyncDevice(ln, { seed, key, dir: dir.dir });
  return { seed, dir, first, reopen };
}

describe('a config push across a restart', () => {
  it('goes out after reopening when the app stopped before it ran', async () => {
    const { seed, dir, first, reopen } = await renamedBeforePush();
    try {
      expect(first.sync.current().book.pending(first.store.read)).toEqual([2]);
      await first.close();
      const again = await reopen();
      try {
        await restoredShows(seed, 'Alice Liddell');
      } finally {
        await again.close();
      }
    } finally {
      dir.cleanup();
    }
  }, 60_000);

  it('goes again and is confirmed after reopening when the answer to it was lost', async () => {
    const { seed, dir, first, reopen } = await renamedBeforePush();
    try {
      const a = first.sync.current();
      const net = a.session.network.current()!;
      // The swarm stores the messages; the answer never reaches us.
      const lost: SessionNetwork<WriteDb> = {
        ...net,
        storeSequence: async (...args) => {
          await net.storeSequence(...args);
          throw new Error('connection reset');
        },
      };
      await expect(pushConfigs(a, lost, false)).rejects.toBeInstanceOf(ConfigSyncError);
      // Waiting for a confirmation: still pending.
      expect(a.book.pending(first.store.read)).toEqual([2]);
      await first.close();

      const again = await reopen();
      try {
        // Pushed now (or by the job the reopened session queued for it, if that ran first).
        await again.sync.pushNow(AbortSignal.timeout(20_000));
        expect(again.sync.current().book.pending(again.store.read)).toEqual([]);
        expect(again.store.accounts.profile(again.store.read)?.displayName).toBe('Alice Liddell');
        await restoredShows(seed, 'Alice Liddell');
      } finally {
        await again.close();
      }
    } finally {
      dir.cleanup();
    }
  }, 60_000);
});
