/**
 * The inbox commits a poll batch's rows and its cursor (last hashes, seen hashes) in one
 * transaction. A process SIGKILLed after applying a batch but before the cursor could advance —
 * and one killed right after the commit — restarts without applying anything twice, with a
 * handler that would show it (a counter and a row per message, no unique key).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../electron/core/crypto/bytes';
import { identityFromSeed } from '../../../electron/core/crypto/identity';
import type { SessionNetwork } from '../../../electron/core/network';
import { openStore } from '../../../electron/core/store';
import type { Localnet } from '../../../localnet/index';
import { bytes, localnet, open } from '../network/fixture';
import { randomKey, tempDir } from '../store/helpers';
import { runChild } from './fixtures/run-child';

let ln: Localnet;
let net: SessionNetwork;
beforeAll(async () => {
  ln = await localnet(8);
  net = await open(ln);
});
afterAll(async () => {
  await net.close();
  await ln.close();
});

/** What a killed child left: messages applied and hashes marked seen. */
function countIn(dir: string, key: Uint8Array): { tally: number; seen: number } {
  const store = openStore({ dataDir: dir, key });
  try {
    return {
      tally: store.read.get<{ n: number }>('SELECT n FROM tally')!.n,
      seen: store.read.get<{ n: number }>('SELECT count(*) AS n FROM seen_hashes')!.n,
    };
  } finally {
    store.close();
  }
}

describe('an inbox batch and its cursor, across a SIGKILL', () => {
  it(
    'applies each message exactly once, whether killed inside the transaction or just after it',
    { timeout: 90_000 },
    async () => {
      const { dir, cleanup } = tempDir();
      try {
        const key = randomKey();
        const seed = new Uint8Array(randomBytes(16));
        const account = identityFromSeed(seed.slice());
        const send = async (from: number, count: number): Promise<string[]> => {
          const hashes: string[] = [];
          for (let i = from; i < from + count; i++) {
            hashes.push(
              (
                await net.store({
                  pubkey: account.sessionId,
                  namespace: 0,
                  data: bytes(i, 7),
                  ttlMs: 600_000,
                })
              ).hash,
            );
          }
          return hashes;
        };
        const args = (mode: string, n = 0) => [dir, toHex(key), ln.profilePath, toHex(seed), mode, String(n)];
        const sent = await send(0, 5);

        // Killed with the batch applied inside its open transaction, the cursor not yet advanced.
        const first = await runChild('inbox-crash-child.ts', args('kill-in-tx'), {
          until: 'applied',
          kill: true,
        });
        expect(first.killed).toBe(true);
        expect(countIn(dir, key)).toEqual({ tally: 0, seen: 0 });
        await runChild('inbox-crash-child.ts', args('drain', 5), { until: 'done', kill: false });

        sent.push(...(await send(5, 3)));
        // Killed right after the batch's commit: its rows and its cursor are both in.
        const second = await runChild('inbox-crash-child.ts', args('kill-committed'), {
          until: 'committed',
          kill: true,
        });
        expect(second.killed).toBe(true);
        expect(countIn(dir, key)).toEqual({ tally: 8, seen: 8 });
        await runChild('inbox-crash-child.ts', args('drain', 8), { until: 'done', kill: false });

        const store = openStore({ dataDir: dir, key });
        const applied = store.read.all<{ hash: string }>('SELECT hash FROM applied').map((r) => r.hash);
        expect(store.read.get('SELECT n FROM tally')).toEqual({ n: 8 });
        expect(applied.sort()).toEqual([...sent].sort());
        store.close();
      } finally {
        cleanup();
      }
    },
  );
});
