import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSessionId } from '../../../electron/core/crypto/ids';
import { openStore } from '../../../electron/core/store';
import { StoreNetworkState } from '../../../electron/core/services/network/store-network-state';
import type { Localnet } from '../../../localnet';
import { freshStore } from '../store/helpers';
import { freshAccount, localnet, open } from '../network/fixture';

const C = parseSessionId('05' + 'c'.repeat(64));
const D = parseSessionId('05' + 'd'.repeat(64));

const node = (i: number) => ({
  ip: `127.0.${i}.1`,
  port: 20000 + i,
  ed25519: i.toString(16).padStart(64, 'a'),
  x25519: i.toString(16).padStart(64, 'b'),
});

describe('StoreNetworkState', () => {
  it('keeps pool, swarms, guards, last hashes and seen hashes across a reopen', () => {
    const { store, dir, key, done } = freshStore();
    let now = 1_000;
    const state = new StoreNetworkState(store, () => now);
    state.saveSnodePool([node(1), node(2), node(3)]);
    state.saveSwarm(C, [node(1).ed25519, node(2).ed25519]);
    state.saveGuards([node(3).ed25519]);
    // A batch's cursor goes in with the consumer's rows, in its transaction: both or neither.
    expect(() =>
      state.transaction((tx) => {
        state.commitBatch(tx, {
          pubkey: C,
          lastHashes: [{ node: node(1).ed25519, namespace: 0, hash: 'lost', expiresMs: 5_000 }],
          seen: [{ hash: 'lost', expiresMs: 5_000 }],
        });
        throw new Error('the consumer failed after the cursor');
      }),
    ).toThrow('the consumer failed');
    expect(state.filterUnseen(['lost'])).toEqual(['lost']);
    state.transaction((tx) =>
      state.commitBatch(tx, {
        pubkey: C,
        lastHashes: [{ node: node(1).ed25519, namespace: 0, hash: 'hashA', expiresMs: 5_000 }],
        seen: [
          { hash: 'seen1', expiresMs: 5_000 },
          { hash: 'seen2', expiresMs: 1_500 },
        ],
      }),
    );
    store.close();

    const reopened = openStore({ dataDir: dir, key });
    const again = new StoreNetworkState(reopened, () => now);
    expect(again.loadSnodePool()).toEqual([node(1), node(2), node(3)]);
    expect(again.loadSwarm(C)).toEqual([node(1).ed25519, node(2).ed25519]);
    expect(again.loadSwarm(D)).toBeUndefined();
    expect(again.loadGuards()).toEqual([node(3).ed25519]);
    expect(again.getLastHash(node(1).ed25519, C, 0)).toBe('hashA');
    expect(again.getLastHash(node(1).ed25519, C, 2)).toBeUndefined();
    expect(again.filterUnseen(['seen1', 'new', 'seen2'])).toEqual(['new']);

    now = 2_000;
    again.prune(now);
    expect(again.filterUnseen(['seen1', 'seen2'])).toEqual(['seen2']);
    now = 6_000;
    expect(again.getLastHash(node(1).ed25519, C, 0)).toBeUndefined();
    reopened.close();
    done();
  });
});

describe('the network over the store-backed state', () => {
  let ln: Localnet;
  beforeAll(async () => {
    ln = await localnet(8);
  });
  afterAll(async () => {
    await ln.close();
  });

  it('does not deliver a message twice after a restart', async () => {
    const { store, dir, key, done } = freshStore();
    const me = freshAccount();
    const first = await open(ln, { state: new StoreNetworkState(store) });
    await first.store({ pubkey: me.sessionId, namespace: 0, data: new Uint8Array([1, 2, 3]), ttlMs: 60_000 });
    const got = await first.retrieve({ auth: me.auth, namespace: 0 });
    expect(got.map((m) => [...m.data])).toEqual([[1, 2, 3]]);
    await first.close();
    store.close();

    const reopened = openStore({ dataDir: dir, key });
    const second = await open(ln, { state: new StoreNetworkState(reopened) });
    expect(await second.retrieve({ auth: me.auth, namespace: 0 })).toEqual([]);
    await second.close();
    reopened.close();
    done();
  });
});
