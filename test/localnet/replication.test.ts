/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- replies are arbitrary JSON whose shapes these tests assert */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../electron/core/crypto/sodium';
import { deleteSigMessage, retrieveSigMessage } from '../../electron/core/protocol/storage-signatures';
import { join } from 'node:path';
import { NodeStore } from '../../localnet/db';
import type { NodeRecord } from '../../localnet/directory';
import { loadOrCreateIdentities } from '../../localnet/identity';
import { nodeKeysFromSeed } from '../../localnet/keys';
import { peerPostText } from '../../localnet/peer';
import { startLocalnet, type Localnet, type LocalnetNode } from '../../localnet/index';
import { auth, b64, newUser, rpc, type Account } from './client';

let net: Localnet;
beforeAll(async () => {
  await ready();
  net = await startLocalnet({ nodes: 10, swarmSize: 5 });
});
afterAll(async () => {
  await net?.close();
});

async function messagesOn(node: LocalnetNode, a: Account): Promise<string[]> {
  const now = Date.now();
  const r = await rpc(node, 'retrieve', {
    namespace: 0,
    timestamp: now,
    ...auth(a, retrieveSigMessage(0, now)),
  });
  expect(r.status).toBe(200);
  return r.body.messages.map((m: { data: string }) => Buffer.from(m.data, 'base64').toString());
}

const store = (node: LocalnetNode, a: Account, data: string, ttl = 60_000) =>
  rpc(node, 'store', { pubkey: a.pubkey, namespace: 0, ttl, timestamp: Date.now(), data: b64(data) });

describe('replication', () => {
  it('a store on one member is readable from every member', async () => {
    const a = newUser();
    const swarm = net.swarmFor(a.pubkey);
    expect((await store(swarm[2]!, a, 'replicated')).status).toBe(200);
    for (const m of swarm) expect(await messagesOn(m, a)).toEqual(['replicated']);
  });

  it('a node that was down catches up on stores and deletes it missed', async () => {
    const a = newUser();
    const [entry, sleeper] = net.swarmFor(a.pubkey) as [LocalnetNode, LocalnetNode];
    const first = await store(entry, a, 'before');
    await net.faults.stopNode(sleeper.index);
    expect(sleeper.running).toBe(false);
    const during = await store(entry, a, 'during');
    expect(during.status).toBe(200);
    expect(during.body.swarm[sleeper.ed25519]).toEqual({ failed: true, timeout: true });
    const del = await rpc(entry, 'delete', {
      messages: [first.body.hash],
      ...auth(a, deleteSigMessage([first.body.hash])),
    });
    expect(del.body.swarm[sleeper.ed25519].failed).toBe(true);
    await net.faults.startNode(sleeper.index);
    expect(sleeper.running).toBe(true);
    expect(await messagesOn(sleeper, a)).toEqual(['during']);
  });
});

describe('batched replication (/localnet/storage_cc with {"batch": […]})', () => {
  it('a peer applies each forwarded request in order and answers each one', async () => {
    const a = newUser();
    const [from, to] = net.swarmFor(a.pubkey) as [LocalnetNode, LocalnetNode];
    const seeds = (await loadOrCreateIdentities(join(net.dir, 'identity.json'), 10, 5)).nodes;
    const keysOf = (n: LocalnetNode) => nodeKeysFromSeed(seeds[n.index]!);
    const target = { ip: to.ip, port: to.port, keys: keysOf(to) } as NodeRecord;
    const params = (data: string) => ({
      pubkey: a.pubkey,
      namespace: 0,
      ttl: 60_000,
      timestamp: Date.now(),
      data: b64(data),
    });
    const batch = JSON.stringify({
      batch: [
        { method: 'store', params: params('first') },
        { method: 'store', params: params('second') },
        { method: 'info', params: {} },
      ],
    });
    const r = await peerPostText(keysOf(from), target, '/localnet/storage_cc', batch, 5_000);
    expect(r.status).toBe(200);
    const { replies } = JSON.parse(r.body.toString('utf8')) as {
      replies: Array<{ status: number; body: string }>;
    };
    expect(replies.map((x) => x.status)).toEqual([200, 200, 400]);
    expect(JSON.parse(replies[0]!.body).hash).toEqual(expect.any(String));
    expect(replies[2]!.body).toBe('invalid request: received invalid forwarded non-forwardable request');
    // Forwarded copies are applied on the peer only.
    expect(await messagesOn(to, a)).toEqual(['first', 'second']);
    expect(await messagesOn(from, a)).toEqual([]);
  });

  it('concurrent stores through one member all reach every member with signed results', async () => {
    const a = newUser();
    const swarm = net.swarmFor(a.pubkey);
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => store(swarm[0]!, a, `m${i}`)));
    for (const r of replies) {
      expect(r.status).toBe(200);
      const members = r.body.swarm as Record<string, object>;
      expect(Object.keys(members).sort()).toEqual(swarm.map((m) => m.ed25519).sort());
      for (const member of Object.values(members)) expect(member).not.toHaveProperty('failed');
    }
    const expected = Array.from({ length: 8 }, (_, i) => `m${i}`).sort();
    for (const m of swarm) expect((await messagesOn(m, a)).sort()).toEqual(expected);
  });
});

describe('expiry', () => {
  it('filters expired messages on read (a node whose clock passed the TTL sees nothing)', async () => {
    const a = newUser();
    const [node] = net.swarmFor(a.pubkey) as [LocalnetNode];
    expect((await store(node, a, 'short', 10_000)).status).toBe(200);
    expect(await messagesOn(node, a)).toEqual(['short']);
    net.faults.skewClock(node.index, 11_000);
    try {
      expect(await messagesOn(node, a)).toEqual([]);
    } finally {
      net.faults.skewClock(node.index, 0);
    }
  });

  it('sweeps expired rows from the database', () => {
    const s = new NodeStore(':memory:');
    s.store(
      { hash: 'h1', owner: 'o', namespace: 0, timestamp: 1, expiry: 100, data: new Uint8Array([1]) },
      false,
    );
    s.store(
      { hash: 'h2', owner: 'o', namespace: 0, timestamp: 1, expiry: 300, data: new Uint8Array([2]) },
      false,
    );
    expect(s.sweep(200)).toBe(1);
    expect(s.retrieve('o', 0, undefined, undefined, 1_000_000, 0).messages.map((m) => m.hash)).toEqual([
      'h2',
    ]);
    s.close();
  });
});
