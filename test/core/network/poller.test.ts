import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PollBatch } from '../../../electron/core/network/poller';
import type { Localnet } from '../../../localnet/index';
import { MemoryStateStore } from '../../support/memory-network-state';
import { bytes, freshAccount, localnet, open } from './fixture';

let ln: Localnet;

beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

/** A promise with its resolver, for waiting on a consumer condition. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('swarm pollers', () => {
  it('hands batches to the consumer one at a time and redelivers what it did not accept', async () => {
    const state = new MemoryStateStore();
    const net = await open(ln, { pollIntervalMs: 20, state });
    try {
      const id = freshAccount();
      const h1 = (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(1), ttlMs: 60_000 }))
        .hash;
      const h2 = (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(2), ttlMs: 60_000 }))
        .hash;
      const calls: string[][] = [];
      const accepted: string[] = [];
      const errors: string[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      let failNext = true;
      const firstTwo = signal();
      const third = signal();
      let h3 = '';
      const poller = net.createPoller(
        { pubkey: id.sessionId, namespaces: [0], auth: id.auth },
        {
          consumer: async ({ messages, commit }: PollBatch<unknown>) => {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            calls.push(messages.map((m) => m.hash));
            await Promise.resolve();
            inFlight--;
            if (failNext) {
              failNext = false;
              throw new Error('consumer crashed');
            }
            state.transaction((tx) => commit(tx));
            accepted.push(...messages.map((m) => m.hash));
            if (accepted.includes(h1) && accepted.includes(h2)) firstTwo.resolve();
            if (h3 && accepted.includes(h3)) third.resolve();
          },
          onError: (e) => errors.push(e.code),
        },
      );
      poller.start();
      await firstTwo.promise;
      expect([...calls[0]!].sort()).toEqual([h1, h2].sort());
      expect([...calls[1]!].sort()).toEqual([h1, h2].sort());
      expect(errors.length).toBeGreaterThanOrEqual(1);
      h3 = (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(3), ttlMs: 60_000 })).hash;
      poller.pollNow();
      await third.promise;
      await poller.stop();
      expect(accepted.sort()).toEqual([h1, h2, h3].sort());
      expect(maxInFlight).toBe(1);
    } finally {
      await net.close();
    }
  });

  it('follows `more` without waiting for the next tick', async () => {
    const state = new MemoryStateStore();
    const net = await open(ln, { pollIntervalMs: 600_000, state });
    try {
      const id = freshAccount();
      const hashes: string[] = [];
      for (let i = 0; i < 5; i++) {
        hashes.push(
          (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(10 + i), ttlMs: 60_000 })).hash,
        );
      }
      const batches: string[][] = [];
      const all = signal();
      const poller = net.createPoller(
        { pubkey: id.sessionId, namespaces: [0], auth: id.auth, maxCount: 2 },
        {
          consumer: ({ messages, commit }) => {
            state.transaction((tx) => commit(tx));
            batches.push(messages.map((m) => m.hash));
            if (batches.flat().length >= 5) all.resolve();
            return Promise.resolve();
          },
        },
      );
      poller.start();
      await all.promise;
      await poller.stop();
      expect(batches.flat().sort()).toEqual([...hashes].sort());
      for (const b of batches) expect(b.length).toBeLessThanOrEqual(2);
      expect(batches.length).toBeGreaterThanOrEqual(3);
    } finally {
      await net.close();
    }
  });

  it('polls several namespaces in one batch and keeps polling with a member down', async () => {
    const state = new MemoryStateStore();
    const net = await open(ln, { pollIntervalMs: 20, state });
    try {
      const id = freshAccount();
      const members = ln.swarmFor(id.sessionId);
      await ln.faults.stopNode(members[0]!.index);
      const a = (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(1), ttlMs: 60_000 })).hash;
      const b = (
        await net.store({ pubkey: id.sessionId, namespace: 5, data: bytes(2), ttlMs: 60_000, auth: id.auth })
      ).hash;
      const got = new Map<string, number>();
      const both = signal();
      const poller = net.createPoller(
        { pubkey: id.sessionId, namespaces: [0, 2, 3, 5, 4], auth: id.auth },
        {
          consumer: ({ messages, commit }) => {
            state.transaction((tx) => commit(tx));
            for (const m of messages) got.set(m.hash, m.namespace);
            if (got.size >= 2) both.resolve();
            return Promise.resolve();
          },
        },
      );
      poller.start();
      await both.promise;
      await poller.stop();
      expect(got).toEqual(
        new Map([
          [a, 0],
          [b, 5],
        ]),
      );
    } finally {
      for (const n of ln.nodes) if (!n.running) await ln.faults.startNode(n.index);
      await net.close();
    }
  });
});
