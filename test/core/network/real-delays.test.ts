/**
 * What real service nodes do that an instant localnet does not (issue 17): a store waits ~5 s for
 * each dead swarm peer, a relay holds a request to a dead next hop ~30 s before its 504. localnet's
 * fault controls reproduce both; time is scaled down where the test needs the answer, and left
 * long where the point is that the client must not wait for it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionNetwork } from '../../../electron/core/network';
import type { Localnet, LocalnetNode } from '../../../localnet/index';
import { bytes, freshAccount, localnet, open, waitForStatus, type TestAccount } from './fixture';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(12);
});
afterEach(async () => {
  ln.faults.reset();
  for (const n of ln.nodes) if (!n.running) await ln.faults.startNode(n.index);
});
afterAll(async () => {
  await ln.close();
});

const label = (n: { ip: string; port: number }): string => `${n.ip}:${n.port}`;
const nodeAt = (l: string): LocalnetNode => ln.nodes.find((n) => label(n) === l)!;
const inPaths = (net: SessionNetwork): Set<string> => new Set(net.status().paths.flat());

/** A fresh account for which `pick` finds something (accounts fall into swarms at random). */
function accountWhere<T>(pick: (a: TestAccount) => T | undefined): { account: TestAccount; found: T } {
  for (let tries = 0; tries < 1000; tries++) {
    const account = freshAccount();
    const found = pick(account);
    if (found !== undefined) return { account, found };
  }
  throw new Error('no account fits: the localnet is too small for this test');
}

/** An account with a swarm member that none of our paths runs through. */
function accountWithSparedMember(net: SessionNetwork): { account: TestAccount; member: LocalnetNode } {
  const { account, found } = accountWhere((a) =>
    ln.swarmFor(a.sessionId).find((m) => !inPaths(net).has(label(m))),
  );
  return { account, member: found };
}

/** A fresh account whose swarm holds none of `avoid` (or any account, if no swarm can). */
function accountAvoiding(avoid: ReadonlySet<string>): TestAccount {
  try {
    return accountWhere((a) => (ln.swarmFor(a.sessionId).some((n) => avoid.has(label(n))) ? undefined : true))
      .account;
  } catch {
    return freshAccount();
  }
}

describe('against real service-node delays', () => {
  it('takes the first good answer of a poll round instead of waiting for a dead member', async () => {
    // A client timeout far beyond the test's: a round that waited for the dead member would hang.
    const net = await open(ln, { timeouts: { rpcMs: 120_000, probeMs: 1_000, offlineRetryMs: 100 } });
    try {
      const { account, member } = accountWithSparedMember(net);
      const { hash } = await net.store({
        pubkey: account.sessionId,
        namespace: 0,
        data: bytes(1),
        ttlMs: 60_000,
      });
      await ln.faults.stopNode(member.index);
      for (const n of ln.nodes) ln.faults.holdRelayFailures(n.index, 600_000);
      const held = ln.faults.stats().relayFailures;
      expect((await net.retrieve({ auth: account.auth, namespace: 0 })).map((m) => m.hash)).toEqual([hash]);
      // Poll until some round asked the dead member (its relay is holding that request now).
      for (let round = 0; round < 40 && ln.faults.stats().relayFailures === held; round++) {
        expect(await net.retrieve({ auth: account.auth, namespace: 0 })).toEqual([]);
      }
      expect(ln.faults.stats().relayFailures).toBeGreaterThan(held);
    } finally {
      await net.close();
    }
  });

  it('drops only the dead middle hops of failing paths, keeping their guards and exits', async () => {
    const net = await open(ln, { timeouts: { rpcMs: 1_000, probeMs: 1_000, offlineRetryMs: 100 } });
    try {
      const before = net.status();
      const guards = before.paths.map((p) => p[0]!);
      // Both paths lose their middle hop, so each reaches its failure threshold (a request
      // prefers the path that failed least, so one broken path alone would just be avoided).
      const dead = new Set(before.paths.map((p) => p[1]!));
      const kept = before.paths.flat().filter((l) => !dead.has(l));
      for (const l of dead) await ln.faults.stopNode(nodeAt(l).index);
      // Real relays hold a request to a dead hop ~30 s; the client (1 s here) never sees the 504.
      ln.faults.realFailureTimes(0.1);
      const id = accountAvoiding(dead);
      for (let i = 0; [...dead].some((l) => inPaths(net).has(l)); i++) {
        await net
          .store({ pubkey: id.sessionId, namespace: 0, data: bytes(i), ttlMs: 60_000 })
          .catch(() => undefined);
        expect(i).toBeLessThan(30);
      }
      const after = await waitForStatus(
        net,
        (s) => s.paths.length === 2 && s.poolSize === before.poolSize - dead.size,
      );
      // Both guards kept (their paths may come back in another order).
      expect(after.paths.map((p) => p[0]).sort()).toEqual([...guards].sort());
      expect(after.paths.flat()).toEqual(expect.arrayContaining(kept));
      // Still the pool it had: no reseed brought the dead nodes back.
      expect(await net.refreshPool()).toBe('consensus');
      expect(net.status().poolSize).toBe(before.poolSize - dead.size);
    } finally {
      await net.close();
    }
  });

  it('keeps a dead node out of the pool and the swarms when the network keeps listing it', async () => {
    const net = await open(ln, { timeouts: { rpcMs: 1_000, probeMs: 500, offlineRetryMs: 100 } });
    try {
      const guardLabel = net.status().paths[0]![0]!;
      const guard = nodeAt(guardLabel);
      await ln.faults.stopNode(guard.index);
      const id = freshAccount();
      let stores = 0;
      while (net.status().paths.some((p) => p[0] === guardLabel)) {
        await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(stores), ttlMs: 60_000 });
        expect(++stores).toBeLessThan(40);
      }
      const size = net.status().poolSize;
      // Every node's service-node list still names the dead guard (as on mainnet, for hours).
      expect(await net.refreshPool()).toBe('consensus');
      expect(net.status().poolSize).toBe(size);
      const inSwarm = accountWhere((a) =>
        ln.swarmFor(a.sessionId).some((n) => n.ed25519 === guard.ed25519) ? true : undefined,
      ).account;
      expect((await net.swarmFor(inSwarm.sessionId)).map((n) => n.ed25519)).not.toContain(guard.ed25519);
    } finally {
      await net.close();
    }
  });

  it('keeps network time right through stores that waited for a dead swarm peer', async () => {
    const net = await open(ln, { clockMaxRttMs: 500 });
    try {
      const { account, member } = accountWithSparedMember(net);
      await ln.faults.stopNode(member.index);
      // A real store waits 5 s per dead peer (here 1 s); nodes stamp `t` when they start on it.
      ln.faults.realFailureTimes(0.2);
      for (let i = 0; i < 2; i++) {
        await net.store({ pubkey: account.sessionId, namespace: 0, data: bytes(i), ttlMs: 60_000 });
      }
      // Client and nodes share this machine's clock: the true offset is 0. Taken at receipt (as
      // desktop does), each of these stores alone would read about +1 s.
      expect(Math.abs(net.status().clockOffsetMs)).toBeLessThan(250);
      expect(Math.abs(net.now() - Date.now())).toBeLessThan(250);
    } finally {
      await net.close();
    }
  });
});
