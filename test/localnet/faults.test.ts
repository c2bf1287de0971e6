/* eslint-disable @typescript-eslint/no-unsafe-member-access -- replies are arbitrary JSON whose shapes these tests assert */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../electron/core/crypto/sodium';
import { retrieveSigMessage } from '../../electron/core/protocol/storage-signatures';
import { startLocalnet, type Localnet, type LocalnetNode } from '../../localnet/index';
import { auth, b64, newUser, rpc, type Account } from './client';

let net: Localnet;
beforeAll(async () => {
  await ready();
  net = await startLocalnet({ nodes: 6, swarmSize: 3, faultSeed: 7 });
});
afterAll(async () => {
  await net?.close();
});

const store = (node: LocalnetNode, a: Account, data: string) =>
  rpc(node, 'store', { pubkey: a.pubkey, namespace: 0, ttl: 60_000, timestamp: Date.now(), data: b64(data) });

const outcome = (p: Promise<unknown>): Promise<'ok' | 'dropped'> =>
  p.then(
    () => 'ok',
    () => 'dropped',
  );

describe('fault controls', () => {
  it('stop and start a node', async () => {
    const node = net.nodes[0]!;
    await net.faults.stopNode(node.ed25519);
    await expect(rpc(node, 'info', {})).rejects.toThrow();
    await net.faults.startNode(node.ed25519);
    expect((await rpc(node, 'info', {})).status).toBe(200);
  });

  it('latency delays but still answers', async () => {
    const node = net.nodes[1]!;
    net.faults.setLatency(node.index, 30);
    expect(net.faults.get(node.index).latencyMs).toBe(30);
    expect((await rpc(node, 'info', {})).status).toBe(200);
    net.faults.reset(node.index);
    expect(net.faults.get(node.index).latencyMs).toBe(0);
  });

  it('drops requests deterministically from the seed', async () => {
    const node = net.nodes[2]!;
    net.faults.dropRequests(node.index, 0.5);
    const run = async () => {
      net.faults.reseed(42);
      const out: string[] = [];
      for (let i = 0; i < 12; i++) out.push(await outcome(rpc(node, 'info', {})));
      return out;
    };
    const first = await run();
    expect(first).toContain('ok');
    expect(first).toContain('dropped');
    expect(await run()).toEqual(first);
    net.faults.dropRequests(node.index, 1);
    expect(await outcome(rpc(node, 'info', {}))).toBe('dropped');
    net.faults.reset(node.index);
    expect(await outcome(rpc(node, 'info', {}))).toBe('ok');
  });

  it('drops replies after the request took effect', async () => {
    const a = newUser();
    const [node, other] = net.swarmFor(a.pubkey) as [LocalnetNode, LocalnetNode];
    net.faults.dropReplies(node.index, 1);
    expect(await outcome(store(node, a, 'lost reply'))).toBe('dropped');
    net.faults.reset(node.index);
    const now = Date.now();
    const r = await rpc(other, 'retrieve', {
      namespace: 0,
      timestamp: now,
      ...auth(a, retrieveSigMessage(0, now)),
    });
    expect(r.body.messages).toHaveLength(1);
  });

  it('a skewed clock answers 406 to signed requests and reports its own time', async () => {
    const a = newUser();
    const [node] = net.swarmFor(a.pubkey) as [LocalnetNode];
    net.faults.skewClock(node.index, -120_000);
    const now = Date.now();
    const r = await rpc(node, 'retrieve', {
      namespace: 0,
      timestamp: now,
      ...auth(a, retrieveSigMessage(0, now)),
    });
    expect(r).toEqual({ status: 406, body: 'retrieve timestamp too far from current time' });
    const info = await rpc(node, 'info', {});
    expect(info.body.t).toBeLessThan(Date.now() - 100_000);
    net.faults.reset(node.index);
  });

  it('force421 answers 421 with the correct swarm', async () => {
    const a = newUser();
    const [node] = net.swarmFor(a.pubkey) as [LocalnetNode];
    net.faults.force421(node.index, true);
    const r = await store(node, a, 'x');
    expect(r.status).toBe(421);
    expect(r.body.swarm).toBe(node.swarmId);
    net.faults.force421(node.index, false);
    expect((await store(node, a, 'x')).status).toBe(200);
  });

  it('rejects a drop fraction outside 0…1 and unknown nodes', () => {
    expect(() => net.faults.dropRequests(0, 2)).toThrow(/between 0 and 1/);
    expect(() => net.faults.setLatency(99, 1)).toThrow(/No node 99/);
  });
});
