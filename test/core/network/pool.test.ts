import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import { agreementThreshold, intersectNodeLists, SnodePool } from '../../../electron/core/network/pool';
import type { Snode } from '../../../electron/core/network/snode';
import { DeadNodes } from '../../../electron/core/network/dead-nodes';
import { createRng } from '../../../localnet/rng';
import { MemoryStateStore } from '../../support/memory-network-state';

function n(i: number): Snode {
  const h = i.toString(16).padStart(64, '0');
  return { ip: `10.0.${i}.1`, port: 1000 + i, ed25519: h, x25519: h };
}

function makePool(
  nodes: Snode[],
  fetchSeed: () => Promise<Snode[]> = () => Promise.resolve(nodes),
  dead = new DeadNodes(),
): SnodePool {
  const state = new MemoryStateStore();
  state.saveSnodePool(nodes);
  const rng = createRng(7);
  return new SnodePool({
    state,
    logger: silentLogger,
    random: () => rng.next(),
    fetchSeed,
    seedCooldownMs: 0,
    dead,
  });
}

describe('snode pool', () => {
  it('scales the consensus bar to small networks, capped at 24', () => {
    expect(agreementThreshold(2000)).toBe(24);
    expect(agreementThreshold(48)).toBe(24);
    expect(agreementThreshold(12)).toBe(6);
    expect(agreementThreshold(9)).toBe(4);
    expect(agreementThreshold(1)).toBe(1);
  });

  it('intersects node lists by key and address', () => {
    const a = [n(1), n(2), n(3)];
    const b = [n(3), n(2), { ...n(1), port: 9 }];
    expect(intersectNodeLists([a, b, [n(2), n(3)]]).map((x) => x.ed25519)).toEqual([
      n(2).ed25519,
      n(3).ed25519,
    ]);
  });

  it('drops a node at its third failure and tells listeners', () => {
    const pool = makePool([n(1), n(2), n(3)]);
    const dropped: string[] = [];
    pool.onDrop((ed) => dropped.push(ed));
    expect(pool.recordFailure(n(1).ed25519)).toBe(false);
    expect(pool.recordFailure(n(1).ed25519)).toBe(false);
    expect(pool.recordFailure(n(1).ed25519)).toBe(true);
    expect(pool.has(n(1).ed25519)).toBe(false);
    expect(dropped).toEqual([n(1).ed25519]);
    pool.recordFailure(n(2).ed25519);
    pool.recordSuccess(n(2).ed25519);
    pool.recordFailure(n(2).ed25519);
    pool.recordFailure(n(2).ed25519);
    expect(pool.has(n(2).ed25519)).toBe(true);
  });

  it('accepts a consensus list only when the three answers agree enough, else asks the seed', async () => {
    const all = Array.from({ length: 12 }, (_, i) => n(i + 1));
    let seeded = 0;
    const pool = makePool(all, () => {
      seeded++;
      return Promise.resolve(all.slice(0, 10));
    });
    expect(await pool.refreshByConsensus(() => Promise.resolve(all.slice(0, 11)))).toBe('consensus');
    expect(pool.size).toBe(11);
    let call = 0;
    // Lists that overlap in only 2 nodes: below the bar (5 for 11 nodes) on every attempt.
    const disagree = (): Promise<Snode[]> => {
      call++;
      return Promise.resolve([n(1), n(2), n(100 + call)]);
    };
    expect(await pool.refreshByConsensus(disagree)).toBe('seed');
    expect(seeded).toBe(1);
    expect(pool.size).toBe(10);
  });

  it('keeps a node found dead out of later seed lists, until the memory runs out', async () => {
    const all = Array.from({ length: 12 }, (_, i) => n(i + 1));
    let now = 0;
    const dead = new DeadNodes({ ttlMs: 1000, now: () => now });
    const pool = makePool(all, () => Promise.resolve(all), dead);
    pool.drop(n(3).ed25519);
    await pool.reseed();
    expect(pool.size).toBe(11);
    expect(pool.has(n(3).ed25519)).toBe(false);
    now = 1001;
    await pool.reseed();
    expect(pool.has(n(3).ed25519)).toBe(true);
  });

  it('takes dead nodes back rather than leave too few to build a path', async () => {
    const few = [n(1), n(2), n(3), n(4)];
    const dead = new DeadNodes();
    const pool = makePool(few, () => Promise.resolve(few), dead);
    pool.drop(n(1).ed25519);
    await pool.reseed();
    expect(pool.size).toBe(4);
  });
});
