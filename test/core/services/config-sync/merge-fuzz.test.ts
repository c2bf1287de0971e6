/**
 * Bad config input over the whole own-swarm path (issue 12, "bad input never crashes and changes
 * nothing"): random bytes, a real UserProfile message of this account cut short or with bytes
 * flipped (the encrypted config, not the legacy wrapper's unauthenticated fields), or delivered
 * under the wrong namespace (the wrong encryption domain), all in a real
 * poll round into a real encrypted store with config sync running. Each round commits, nothing
 * throws, and the four config dumps, the name and the contacts stay exactly as they were — while
 * the same message unharmed does change the name (the path is live).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import type { PolledMessage } from '../../../../electron/core/network';
import { configReady, openUserConfigs } from '../../../../electron/core/protocol/config/index';
import { unwrapLegacyConfig } from '../../../../electron/core/protocol/config/legacy-wrap';
import { openSyncDevice, type SyncDevice } from './harness';

let device: SyncDevice;
let valid: Uint8Array;
/** The encrypted config inside `valid`'s legacy wrapper (whose outer fields nobody authenticates). */
let sealed: Uint8Array;
let n = 0;

beforeAll(async () => {
  await configReady();
  device = await openSyncDevice(undefined, { name: 'Alice' });
  const other = openUserConfigs(identityFromSeed(device.seed), { clock: () => Date.now() });
  // A few seqnos ahead of the device's own (seqno 1) config, so that its name wins the merge.
  for (const name of ['M', 'Ma', 'Mallory']) {
    other.profile.setName(name);
    const p = other.profile.push();
    other.profile.confirmPushed(p.seqno, [`h${name}`]);
    valid = p.messages[0]!;
  }
  sealed = unwrapLegacyConfig(identityFromSeed(device.seed), valid, 2);
});
afterAll(async () => {
  await device.close();
});

/** Everything a config message could change. */
function state(): string {
  const { store } = device;
  const dumps = [2, 3, 4, 5].map((ns) => toHex(store.configs.get(store.read, ns)?.dump ?? new Uint8Array()));
  return JSON.stringify({
    dumps,
    name: store.accounts.profile(store.read)?.displayName,
    contacts: device.sync.current().book.get(store.read, 3).size,
  });
}

async function deliver(namespace: number, data: Uint8Array): Promise<void> {
  const now = Date.now();
  const m: PolledMessage = {
    hash: `fuzz-${n++}`,
    data,
    timestampMs: now,
    expiresMs: now + 60_000,
    pubkey: device.sessionId,
    namespace,
  };
  let committed = false;
  await device.messaging.ownSwarm().deliver({ messages: [m], commit: () => void (committed = true) });
  expect(committed).toBe(true);
}

const namespace = fc.constantFrom(2, 3, 4, 5);

describe('bad config messages in the own swarm', () => {
  it('change nothing: random bytes, cut, flipped, wrong namespace', async () => {
    const before = state();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(namespace, fc.uint8Array({ maxLength: 800 })),
          fc.tuple(
            namespace,
            fc.integer({ min: 0, max: sealed.length - 1 }).map((cut) => sealed.slice(0, cut)),
          ),
          fc.tuple(
            namespace,
            fc.tuple(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, x]) => {
              const copy = sealed.slice();
              copy[i] = copy[i]! ^ x;
              return copy;
            }),
          ),
          fc.tuple(fc.constantFrom(3, 4, 5), fc.constant(valid)),
        ),
        async ([ns, data]) => {
          await deliver(ns, data);
          expect(state()).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
    await deliver(2, valid);
    expect(device.store.accounts.profile(device.store.read)?.displayName).toBe('Mallory');
  });
});
