import { describe, expect, it } from 'vitest';
import { findFailedHop } from '../../../electron/core/network/path-diagnosis';
import type { Snode } from '../../../electron/core/network/snode';

const hop = (i: number): Snode => ({ ip: `10.0.${i}.1`, port: i, ed25519: String(i), x25519: String(i) });
const PATH = [hop(1), hop(2), hop(3)];

function probes(dead: readonly string[]) {
  const asked: string[] = [];
  return {
    asked,
    direct: (n: Snode) => (asked.push(`direct ${n.ed25519}`), Promise.resolve(!dead.includes(n.ed25519))),
    via: (hops: readonly Snode[], dest: Snode) => {
      asked.push(`${hops.map((h) => h.ed25519).join('>')}>${dest.ed25519}`);
      return Promise.resolve(!dead.includes(dest.ed25519) && hops.every((h) => !dead.includes(h.ed25519)));
    },
  };
}

describe('finding the hop of a path that failed', () => {
  it('names the first hop that does not answer, asking each through the hops before it', async () => {
    const p = probes(['2']);
    expect(await findFailedHop(PATH, p)).toBe(1);
    expect(p.asked).toEqual(['direct 1', '1>2']);
    expect(await findFailedHop(PATH, probes(['3']))).toBe(2);
    expect(await findFailedHop(PATH, probes(['1', '3']))).toBe(0);
  });

  it('finds nothing when every hop answers: the failures were the destinations', async () => {
    const p = probes([]);
    expect(await findFailedHop(PATH, p)).toBeUndefined();
    expect(p.asked).toEqual(['direct 1', '1>2', '1>2>3']);
  });
});
