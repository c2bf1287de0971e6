import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INVALID_SWARM_ID,
  SwarmError,
  closestSwarm,
  swarmSpace,
} from '../../../electron/core/protocol/swarm-space';

// All vectors from session-storage-server unit_test/swarm.cpp.
describe('pubkey to swarm space', () => {
  const cases: Array<[string, bigint]> = [
    ['053506f4a71324b7dd114eddbf4e311f39dde243e1f2cb97c40db1961f70ebaae8', 17589930838143112648n],
    ['05cf27da303a50ac8c4b2d43d27259505c9bcd73fc21cf2a57902c3d050730b604', 10370619079776428163n],
    ['03d3511706b8b34f6e8411bf07bd22ba6b2435ca56846fbccf6eb1e166a6cd15cc', 2144983569669512198n],
    ['ff0f06693428fca9102a451e3f28d9cc743d8ea60a89ab6aa69eb119470c11cbd3', 9690840703409570833n],
    ['05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48', 4532060000165252872n],
    ['05eeeeeeeeeeeeeeee777777777777777711111111111111118888888888888888', 0n],
    ['050123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 0n],
    ['05fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe', 1n],
    ['05ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffff', 1n << 63n],
    ['05000000000000000000000000000000000000000000000000ffffffffffffffff', INVALID_SWARM_ID],
    ['050000000000000000000000000000000000000000000000000123456789abcdef', 0x0123456789abcdefn],
  ];

  it.each(cases)('%s → %s', (pk, space) => {
    expect(swarmSpace(pk)).toBe(space);
    expect(swarmSpace(pk.slice(2))).toBe(space);
  });

  it('rejects malformed keys', () => {
    expect(() => swarmSpace('05abc')).toThrow(SwarmError);
    expect(() => swarmSpace('zz'.repeat(33))).toThrow(SwarmError);
  });
});

describe('closest swarm (session-storage-server "pubkey to swarm id")', () => {
  const base = [100n, 200n, 300n, 399n, 498n, 596n, 694n];
  const pk = (tail: string) => `05${tail.padStart(64, '0')}`;
  const pick = (tail: string, ids: readonly bigint[]) => closestSwarm(swarmSpace(pk(tail)), ids);

  const baseCases: Array<[string, bigint]> = [
    ['64', 100n],
    ['c8', 200n],
    ['1f2', 498n],
    ['0', 100n],
    ['1', 100n],
    ['8000000000000000', 694n],
    ['a000000000000000', 100n],
    ['ffffffffffffffff', 100n],
    ['fffffffffffffffe', 100n],
    ['95', 100n],
    ['96', 100n],
    ['97', 200n],
    ['f9', 200n],
    ['fa', 200n],
    ['fb', 300n],
    ['15d', 300n],
    ['15e', 399n],
    ['1c0', 399n],
    ['1c1', 498n],
    ['222', 498n],
    ['223', 498n],
    ['224', 596n],
    ['285', 596n],
    ['286', 694n],
    ['800000000000018c', 694n],
    ['800000000000018d', 694n],
    ['800000000000018e', 100n],
  ];

  it.each(baseCases)('space …%s → swarm %s', (tail, expected) => {
    expect(pick(tail, base)).toBe(expected);
  });

  it('with a swarm at 2^64 − 20 the tie at 0x28 goes to the wrapped (last) swarm', () => {
    const wrapped = (1n << 64n) - 20n;
    const ids = [...base, wrapped];
    expect(pick('27', ids)).toBe(wrapped);
    expect(pick('28', ids)).toBe(wrapped);
    expect(pick('29', ids)).toBe(100n);
    // and with a swarm at 0, 2^64 − 1 is one step from it
    const withZero = [...ids, 0n];
    expect(pick('ffffffffffffffff', withZero)).toBe(0n);
    expect(pick('fffffffffffffffe', withZero)).toBe(0n);
  });

  it('ignores the invalid id 2^64 − 1, duplicates and order', () => {
    expect(closestSwarm(5n, [INVALID_SWARM_ID, 694n, 100n, 100n])).toBe(100n);
    expect(() => closestSwarm(5n, [INVALID_SWARM_ID])).toThrow(SwarmError);
    expect(() => closestSwarm(5n, [])).toThrow(SwarmError);
  });

  it('property: the result is a nearest swarm on the ring', () => {
    const u64 = fc.bigInt({ min: 0n, max: INVALID_SWARM_ID });
    fc.assert(
      fc.property(
        u64,
        fc.array(fc.bigInt({ min: 0n, max: INVALID_SWARM_ID - 1n }), { minLength: 1, maxLength: 8 }),
        (s, ids) => {
          const dist = (id: bigint) => {
            const d = (id - s) & INVALID_SWARM_ID;
            const e = (s - id) & INVALID_SWARM_ID;
            return d < e ? d : e;
          };
          const chosen = closestSwarm(s, ids);
          expect(ids).toContain(chosen);
          for (const id of ids) expect(dist(chosen) <= dist(id)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
