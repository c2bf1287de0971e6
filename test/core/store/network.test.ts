import { afterEach, describe, expect, it } from 'vitest';
import { convId, freshStore } from './helpers';

let done: (() => void) | undefined;
afterEach(() => {
  done?.();
  done = undefined;
});

function setup() {
  const f = freshStore();
  done = f.done;
  return f.store;
}

const node = (i: number) => ({
  ip: `127.0.${i}.1`,
  port: 20000 + i,
  ed25519: `ed${i}`.padEnd(64, '0'),
  x25519: `x${i}`.padEnd(64, '0'),
});

const PK1 = convId(1);
const PK2 = convId(2);
const PK3 = convId(3);

describe('network state', () => {
  it('replaces the snode pool, swarms and guards whole', () => {
    const s = setup();
    s.write((tx) => s.network.saveSnodePool(tx, [node(1), node(2), node(3)]));
    s.write((tx) => s.network.saveSnodePool(tx, [node(2), node(4)]));
    expect(s.network.loadSnodePool(s.read)).toEqual([node(2), node(4)]);
    s.write((tx) => {
      s.network.saveSwarm(tx, PK1, ['c', 'a', 'b']);
      s.network.saveSwarm(tx, PK2, ['z']);
      s.network.saveGuards(tx, ['g2', 'g1']);
    });
    s.write((tx) => s.network.saveSwarm(tx, PK1, ['b', 'd']));
    expect(s.network.loadSwarm(s.read, PK1)).toEqual(['b', 'd']);
    expect(s.network.loadSwarm(s.read, PK2)).toEqual(['z']);
    expect(s.network.loadSwarm(s.read, convId(9))).toEqual([]);
    expect(s.network.loadGuards(s.read)).toEqual(['g2', 'g1']);
  });

  it('keeps last hashes per (snode, pubkey, namespace) and hides expired ones', () => {
    const s = setup();
    s.write((tx) => {
      s.network.setLastHash(tx, 'n1', PK3, 0, { hash: 'h1', expiresMs: 100 });
      s.network.setLastHash(tx, 'n1', PK3, 2, { hash: 'h2', expiresMs: 100 });
      s.network.setLastHash(tx, 'n2', PK3, 0, { hash: 'h3', expiresMs: 50 });
      s.network.setLastHash(tx, 'n1', PK3, 0, { hash: 'h4', expiresMs: 200 });
    });
    expect(s.network.getLastHash(s.read, 'n1', PK3, 0, 60)).toEqual({ hash: 'h4', expiresMs: 200 });
    expect(s.network.getLastHash(s.read, 'n1', PK3, 2, 60)).toEqual({ hash: 'h2', expiresMs: 100 });
    expect(s.network.getLastHash(s.read, 'n2', PK3, 0, 60)).toBeUndefined();
    expect(s.write((tx) => s.network.prune(tx, 150))).toEqual({ seen: 0, lastHashes: 2 });
  });

  it('answers seen-hash batches in one query and prunes by expiry', () => {
    const s = setup();
    const batch = Array.from({ length: 500 }, (_, i) => ({ hash: `h${i}`, expiresMs: i < 100 ? 10 : 1000 }));
    s.write((tx) => s.network.markSeen(tx, batch));
    s.write((tx) => s.network.markSeen(tx, [{ hash: 'h5', expiresMs: 5 }]));
    expect(s.network.seenHashes(s.read, ['h1', 'h499', 'new', 'h5'])).toEqual(new Set(['h1', 'h499', 'h5']));
    expect(s.network.seenHashes(s.read, [])).toEqual(new Set());
    expect(s.write((tx) => s.network.prune(tx, 100))).toEqual({ seen: 100, lastHashes: 0 });
    expect(s.network.seenHashes(s.read, ['h1', 'h100'])).toEqual(new Set(['h100']));
  });
});
