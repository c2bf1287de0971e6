import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPath,
  buildPaths,
  choosePath,
  onePerSubnet,
  replaceHop,
} from '../../../electron/core/network/path-select';
import { subnet24, type Snode } from '../../../electron/core/network/snode';

/** mulberry32: deterministic randomness so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function node(i: number, subnet: number): Snode {
  const hex = i.toString(16).padStart(64, '0');
  return {
    ip: `10.0.${subnet}.${(i % 250) + 1}`,
    port: 20000 + i,
    ed25519: hex,
    x25519: hex.split('').reverse().join(''),
  };
}

/** `count` nodes spread over `subnets` /24s. */
function makePool(count: number, subnets: number): Snode[] {
  return Array.from({ length: count }, (_, i) => node(i + 1, i % subnets));
}

describe('path selection', () => {
  it('keeps every hop of a path in a different /24', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 60 }),
        fc.integer({ min: 3, max: 20 }),
        fc.integer(),
        (count, subnets, seed) => {
          const pool = makePool(count, subnets);
          const random = seeded(seed);
          const guards = [pool[0]!, pool.find((n) => subnet24(n.ip) !== subnet24(pool[0]!.ip))!];
          const paths = buildPaths(guards, pool, { hops: 3, subnetDiversity: true, random });
          expect(paths.length).toBe(2);
          for (const p of paths) {
            expect(p).toHaveLength(3);
            expect(new Set(p.map((n) => subnet24(n.ip))).size).toBe(3);
            expect(new Set(p.map((n) => n.ed25519)).size).toBe(3);
          }
          expect(paths.map((p) => p[0])).toEqual(guards);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cannot build a diverse path when the pool spans fewer /24s than hops', () => {
    const pool = makePool(12, 2);
    const random = seeded(1);
    expect(buildPath(pool[0]!, pool, new Set(), { hops: 3, subnetDiversity: true, random })).toBeUndefined();
    const p = buildPath(pool[0]!, pool, new Set(), { hops: 3, subnetDiversity: false, random });
    expect(p).toHaveLength(3);
  });

  it('without diversity, nodes of one /24 may share a path (loopback networks)', () => {
    const pool = makePool(8, 1);
    const p = buildPath(pool[0]!, pool, new Set(), { hops: 3, subnetDiversity: false, random: seeded(3) });
    expect(p && new Set(p.map((n) => subnet24(n.ip))).size).toBe(1);
  });

  it('never returns a path containing the destination', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 40 }), fc.integer(), fc.nat(), (count, seed, pick) => {
        const pool = makePool(count, count);
        const random = seeded(seed);
        const paths = buildPaths([pool[0]!, pool[1]!], pool, { hops: 3, subnetDiversity: true, random });
        const all = paths.flat();
        const dest = all[pick % all.length]!;
        const chosen = choosePath(paths, dest.ed25519, random);
        expect(chosen).toBeDefined();
        expect(chosen!.some((n) => n.ed25519 === dest.ed25519)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reports no path when every path holds the destination', () => {
    const pool = makePool(3, 3);
    expect(choosePath([pool], pool[1]!.ed25519, seeded(1))).toBeUndefined();
    expect(choosePath([pool], undefined, seeded(1))).toBe(pool);
  });

  it('separate paths avoid each other when the pool allows', () => {
    const pool = makePool(20, 20);
    const paths = buildPaths([pool[0]!, pool[1]!], pool, {
      hops: 3,
      subnetDiversity: true,
      random: seeded(9),
    });
    const keys = paths.flat().map((n) => n.ed25519);
    expect(new Set(keys).size).toBe(6);
  });

  it('keeps one random node per /24, every subnet represented once', () => {
    const pool = makePool(30, 7);
    const picked = onePerSubnet(pool, seeded(5));
    expect(picked).toHaveLength(7);
    expect(new Set(picked.map((n) => subnet24(n.ip))).size).toBe(7);
  });

  it('replaces an unknown hop with a node outside the path and its subnets', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 2 }), (seed, index) => {
        const pool = makePool(15, 15);
        const random = seeded(seed);
        const path = buildPath(pool[0]!, pool, new Set(), { hops: 3, subnetDiversity: true, random })!;
        const dead = path[index]!;
        const next = replaceHop(path, index, pool, new Set([dead.ed25519]), {
          hops: 3,
          subnetDiversity: true,
          random,
        })!;
        expect(next).toHaveLength(3);
        expect(next.some((n) => n.ed25519 === dead.ed25519)).toBe(false);
        expect(new Set(next.map((n) => subnet24(n.ip))).size).toBe(3);
        next.forEach((n, i) => {
          if (i !== index) expect(n).toBe(path[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
