import { describe, expect, it } from 'vitest';
import { DeadNodes } from '../../../electron/core/network/dead-nodes';
import { cryptoRandom } from '../../../electron/core/network/random';

const n = (k: string) => ({ ed25519: k });

describe('dead node memory', () => {
  it('remembers a node for its time, forgets it early when it answers', () => {
    let now = 0;
    const d = new DeadNodes({ ttlMs: 100, now: () => now });
    d.mark('a');
    d.mark('b');
    expect(d.filter([n('a'), n('b'), n('c')])).toEqual([n('c')]);
    d.forget('b');
    expect(d.isDead('b')).toBe(false);
    now = 101;
    expect(d.isDead('a')).toBe(false);
    expect(d.size).toBe(0);
  });

  it('keeps a list whole rather than leave fewer than asked', () => {
    const d = new DeadNodes();
    d.mark('a');
    d.mark('b');
    expect(d.filter([n('a'), n('b')])).toEqual([n('a'), n('b')]);
    expect(d.filter([n('a'), n('b'), n('c')], 2)).toEqual([n('a'), n('b'), n('c')]);
    expect(d.filter([n('a'), n('b'), n('c'), n('d')], 2)).toEqual([n('c'), n('d')]);
  });

  it('is bounded, forgetting the oldest first', () => {
    const d = new DeadNodes({ max: 2 });
    d.mark('a');
    d.mark('b');
    d.mark('c');
    expect([d.isDead('a'), d.isDead('b'), d.isDead('c')]).toEqual([false, true, true]);
  });
});

describe('the cryptographic random source', () => {
  it('gives numbers in [0, 1) spread over the range', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const r = cryptoRandom();
      expect(r >= 0 && r < 1).toBe(true);
      buckets[Math.floor(r * 10)]!++;
    }
    // 1,000 expected per bucket; 800 is more than six standard deviations away.
    for (const b of buckets) expect(b).toBeGreaterThan(800);
  });
});
