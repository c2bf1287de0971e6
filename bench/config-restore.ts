/**
 * Restore of a 2,000-contact account on a 12-node localnet (issue 12's figure): a first device
 * pushes the account's configs (2,000 approved contacts with names, their read positions); then a
 * whole core in an empty data folder is given the phrase, and the clock runs until its
 * `contacts.list` answers all 2,000 — `onboarding.complete` waits for the configs, so that is
 * phrase → contacts listed. Also: the configs' bytes the restore fetched.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityFromSeed } from '../electron/core/crypto/identity';
import { ready } from '../electron/core/crypto/sodium';
import { startCore } from '../electron/core/api/core';
import { silentLogger } from '../electron/core/log';
import { phraseFromSeed } from '../electron/core/protocol';
import { startLocalnet } from '../localnet/index';
import { openSyncDevice } from '../test/core/services/config-sync/harness';
import { report } from './report';

const CONTACTS = 2000;
const ROUNDS = 3;

function contactIds(): string[] {
  return Array.from({ length: CONTACTS }, (_, i) => {
    const seed = new Uint8Array(32);
    new DataView(seed.buffer).setUint32(0, i + 1);
    return identityFromSeed(seed).sessionId;
  });
}

export async function runRestore(): Promise<void> {
  await ready();
  const ln = await startLocalnet({ nodes: 12, swarmSize: 5 });
  const ids = contactIds();
  try {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const seed = new Uint8Array(randomBytes(16));
      const first = await openSyncDevice(ln, { seed, name: 'Benchmark Account' });
      try {
        const now = Date.now();
        first.store.write((tx) => {
          first.sync.edit(tx, 3, (c) =>
            ids.forEach((id, i) =>
              c.set(id, {
                name: `Contact ${i}`,
                approved: true,
                approvedMe: true,
                createdSeconds: 1_690_000_000,
              }),
            ),
          );
          first.sync.edit(tx, 4, (c) =>
            ids.forEach((id, i) => c.setOneToOne(id, { lastReadMs: now - i * 1000 })),
          );
        });
        await first.sync.pushNow(AbortSignal.timeout(60_000));
      } finally {
        await first.close();
      }
      const dir = mkdtempSync(join(tmpdir(), 'shallot-bench-restore-'));
      const core = await startCore({
        dataDir: dir,
        host: 'test',
        network: ln.profilePath,
        logger: silentLogger,
        heartbeatMs: 0,
      });
      try {
        const start = performance.now();
        const done = await core.dispatch('onboarding.complete', {
          mode: 'restore',
          phrase: phraseFromSeed(seed),
        });
        if (!done.ok) throw new Error(`restore failed: ${done.error.code}`);
        const listed = await core.dispatch('contacts.list', {});
        if (!listed.ok || (listed.value as readonly unknown[]).length !== CONTACTS)
          throw new Error('the restore did not list every contact');
        times.push(performance.now() - start);
      } finally {
        await core.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    times.sort((a, b) => a - b);
    report(
      'config.restore_2000_contacts_12_nodes_ms',
      Math.round(times[Math.floor(times.length / 2)]!),
      'ms',
    );
  } finally {
    await ln.close();
  }
}
