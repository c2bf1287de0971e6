import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isNetworkError } from '../../../electron/core/network/errors';
import { createRng } from '../../../localnet/rng';
import { MemoryStateStore } from '../../support/memory-network-state';
import type { Snode } from '../../../electron/core/network/snode';
import { storageHash } from '../../../electron/core/protocol/storage-hash';
import { identityFromSeed } from '../../../electron/core/crypto/identity';
import { toHex } from '../../../electron/core/crypto/bytes';
import type { Localnet } from '../../../localnet/index';
import { bytes, FAST, freshAccount, localnet, open, waitForStatus } from './fixture';

let ln: Localnet;
/** A seed of the path choices under which a path runs through one of the unknown nodes. */
const SEED_WITH_A_FAKE_HOP = 1;

beforeAll(async () => {
  ln = await localnet(10);
});
afterEach(async () => {
  ln.faults.reset();
  for (const n of ln.nodes) if (!n.running) await ln.faults.startNode(n.index);
});
afterAll(async () => {
  await ln.close();
});

function ipPort(n: { ip: string; port: number }): string {
  return `${n.ip}:${n.port}`;
}

describe('surviving faults', () => {
  it('stores and polls with swarm members down', async () => {
    const net = await open(ln);
    try {
      const id = freshAccount();
      const members = ln.swarmFor(id.sessionId);
      await ln.faults.stopNode(members[0]!.index);
      await ln.faults.stopNode(members[1]!.index);
      const hashes: string[] = [];
      for (let i = 0; i < 5; i++) {
        hashes.push(
          (await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(i), ttlMs: 60_000 })).hash,
        );
      }
      const got = await net.retrieve({ auth: id.auth, namespace: 0 });
      expect(got.map((m) => m.hash).sort()).toEqual([...hashes].sort());
    } finally {
      await net.close();
    }
  });

  it('rebuilds paths when a guard goes down', async () => {
    const net = await open(ln);
    try {
      const guardLabel = net.status().paths[0]![0]!;
      const guard = ln.nodes.find((n) => ipPort(n) === guardLabel)!;
      await ln.faults.stopNode(guard.index);
      const id = freshAccount();
      let stores = 0;
      while (net.status().paths.some((p) => p[0] === guardLabel)) {
        await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(stores), ttlMs: 60_000 });
        stores++;
        expect(stores).toBeLessThan(40);
      }
      const s = await waitForStatus(net, (st) => st.paths.length === 2);
      expect(s.paths.flat()).not.toContain(guardLabel);
      expect(s.poolSize).toBeLessThan(10);
      expect((await net.retrieve({ auth: id.auth, namespace: 0 })).length).toBe(stores);
    } finally {
      await net.close();
    }
  });

  it('drops a hop the network does not know (502 Next node not found) and replaces it', async () => {
    const fakes: Snode[] = Array.from({ length: 4 }, (_, i) => {
      const id = identityFromSeed(new Uint8Array(32).fill(200 + i));
      return {
        ip: `127.0.${200 + i}.1`,
        port: 9,
        ed25519: toHex(id.ed25519.publicKey),
        x25519: toHex(id.x25519.publicKey),
      };
    });
    const real: Snode[] = ln.nodes.map((n) => ({
      ip: n.ip,
      port: n.port,
      ed25519: n.ed25519,
      x25519: n.x25519,
    }));
    const fakeLabels = new Set(fakes.map(ipPort));
    const state = new MemoryStateStore();
    state.saveSnodePool([...real, ...fakes]);
    state.saveGuards([real[0]!.ed25519, real[1]!.ed25519]);
    // Seeded choices: with this seed a path runs through an unknown node (the warm-up may already
    // meet it). Should a change in how paths use randomness break that, the count below says so
    // every time, not now and then.
    const rng = createRng(SEED_WITH_A_FAKE_HOP);
    const unknownBefore = ln.faults.stats().unknownNextHops;
    const net = await open(ln, { state, random: () => rng.next() });
    try {
      const id = freshAccount();
      let stores = 0;
      while (
        net
          .status()
          .paths.flat()
          .some((l) => fakeLabels.has(l))
      ) {
        await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(stores), ttlMs: 60_000 });
        stores++;
        expect(stores).toBeLessThan(60);
      }
      await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(99), ttlMs: 60_000 });
      expect(ln.faults.stats().unknownNextHops).toBeGreaterThan(unknownBefore);
      expect(net.status().poolSize).toBeLessThan(14);
      expect(net.status().paths).toHaveLength(2);
      expect(
        net
          .status()
          .paths.flat()
          .some((l) => fakeLabels.has(l)),
      ).toBe(false);
    } finally {
      await net.close();
    }
  });

  it('follows 421 to the right swarm and gives up cleanly when every member refuses', async () => {
    const id = freshAccount();
    const members = ln.swarmFor(id.sessionId);
    // One attempt per member: each is asked at most once per store, so none collects the three
    // 421s that take a node out of the pool (desktop) — the one holding the message stays askable.
    const net = await open(ln, { retry: { ...FAST.retry, maxAttempts: members.length } });
    try {
      for (const m of members.slice(0, 4)) ln.faults.force421(m.index, true);
      const { hash } = await net.store({
        pubkey: id.sessionId,
        namespace: 0,
        data: bytes(42),
        ttlMs: 60_000,
      });
      ln.faults.force421(members[4]!.index, true);
      const err = await net
        .store({ pubkey: id.sessionId, namespace: 0, data: bytes(43), ttlMs: 60_000 })
        .catch((e: unknown) => e);
      expect(isNetworkError(err, 'wrong-swarm')).toBe(true);
      ln.faults.reset();
      // Nodes forcing 421 also refused the swarm's replication, so only the member that accepted
      // holds the message; each retrieve asks 2 random members until it is among them.
      const seen: string[] = [];
      for (let i = 0; i < 40 && seen.length === 0; i++) {
        seen.push(...(await net.retrieve({ auth: id.auth, namespace: 0 })).map((m) => m.hash));
      }
      expect(seen).toEqual([hash]);
    } finally {
      await net.close();
    }
  });

  it('retries dropped replies without duplicating the message', async () => {
    const net = await open(ln);
    try {
      const id = freshAccount();
      const members = ln.swarmFor(id.sessionId);
      ln.faults.dropReplies(members[0]!.index, 1);
      ln.faults.dropReplies(members[1]!.index, 1);
      const data = bytes(1, 9, 8, 4);
      const hashes = new Set<string>();
      for (let i = 0; i < 3; i++)
        hashes.add((await net.store({ pubkey: id.sessionId, namespace: 0, data, ttlMs: 60_000 })).hash);
      expect([...hashes]).toEqual([storageHash(id.sessionId, 0, data)]);
      ln.faults.reset();
      const got = await net.retrieve({ auth: id.auth, namespace: 0 });
      expect(got.map((m) => m.hash)).toEqual([...hashes]);
    } finally {
      await net.close();
    }
  });

  it('works around slow nodes', async () => {
    const net = await open(ln, { timeouts: { rpcMs: 800, probeMs: 800, offlineRetryMs: 100 } });
    try {
      const id = freshAccount();
      const members = ln.swarmFor(id.sessionId);
      ln.faults.setLatency(members[0]!.index, 2_000);
      ln.faults.setLatency(members[1]!.index, 2_000);
      const { hash } = await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(3), ttlMs: 60_000 });
      const { hash: h2 } = await net.store({
        pubkey: id.sessionId,
        namespace: 0,
        data: bytes(4),
        ttlMs: 60_000,
      });
      const got = await net.retrieve({ auth: id.auth, namespace: 0 });
      expect(got.map((m) => m.hash).sort()).toEqual([hash, h2].sort());
    } finally {
      await net.close();
    }
  });

  it('corrects a local clock 5 minutes off with the network clock', async () => {
    const net = await open(ln, { clock: () => Date.now() + 5 * 60_000 });
    try {
      expect(Math.abs(net.now() - Date.now())).toBeLessThan(5_000);
      const id = freshAccount();
      const { hash } = await net.store({
        pubkey: id.sessionId,
        namespace: 2,
        data: bytes(5),
        ttlMs: 60_000,
        auth: id.auth,
      });
      const got = await net.retrieve({ auth: id.auth, namespace: 2 });
      expect(got.map((m) => m.hash)).toEqual([hash]);
      expect(Math.abs(got[0]!.timestampMs - Date.now())).toBeLessThan(10_000);
    } finally {
      await net.close();
    }
  });

  it('resynchronises when the local clock jumps after start (406 → resync → success)', async () => {
    let skew = 0;
    const net = await open(ln, { clock: () => Date.now() + skew });
    try {
      skew = 5 * 60_000;
      const id = freshAccount();
      const { hash } = await net.store({
        pubkey: id.sessionId,
        namespace: 2,
        data: bytes(6),
        ttlMs: 60_000,
        auth: id.auth,
      });
      expect((await net.retrieve({ auth: id.auth, namespace: 2 })).map((m) => m.hash)).toEqual([hash]);
      expect(Math.abs(net.now() - Date.now())).toBeLessThan(5_000);
    } finally {
      await net.close();
    }
  });

  it('reports offline when the network is unreachable and resumes queued work when it returns', async () => {
    const net = await open(ln);
    try {
      const id = freshAccount();
      await net.swarmFor(id.sessionId);
      for (const n of ln.nodes) await ln.faults.stopNode(n.index);
      const offline = waitForStatus(net, (s) => s.state === 'offline');
      const pending = net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(77), ttlMs: 60_000 });
      expect((await offline).state).toBe('offline');
      const online = waitForStatus(net, (s) => s.state === 'online');
      for (const n of ln.nodes) await ln.faults.startNode(n.index);
      const { hash } = await pending;
      await online;
      expect((await net.retrieve({ auth: id.auth, namespace: 0 })).map((m) => m.hash)).toEqual([hash]);
    } finally {
      await net.close();
    }
  });

  it('starts offline from saved state and works once the network returns', async () => {
    const state = new MemoryStateStore();
    const first = await open(ln, { state });
    await first.close();
    for (const n of ln.nodes) await ln.faults.stopNode(n.index);
    const net = await open(ln, { state });
    try {
      expect(net.status().state).toBe('offline');
      const id = freshAccount();
      const pending = net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(12), ttlMs: 60_000 });
      const online = waitForStatus(net, (s) => s.state === 'online');
      for (const n of ln.nodes) await ln.faults.startNode(n.index);
      const { hash } = await pending;
      await online;
      expect(hash).toBe(storageHash(id.sessionId, 0, bytes(12)));
    } finally {
      await net.close();
    }
  });
});
