import { describe, expect, it } from 'vitest';
import { median, NetworkClock } from '../../../electron/core/network/clock';

const T0 = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('network clock', () => {
  it('is the local clock until the first sample', () => {
    const c = new NetworkClock(() => T0);
    expect(c.now()).toBe(T0);
    expect(c.offsetMs).toBe(0);
  });

  it('corrects a local clock 5 minutes fast from one server time', () => {
    let local = T0 + 300_000;
    const c = new NetworkClock(() => local);
    expect(c.record(T0, undefined, 'a')).toBe(true);
    expect(c.offsetMs).toBe(300_000);
    local += 1234;
    expect(c.now()).toBe(T0 + 1234);
  });

  it('takes the offset at the middle of the round trip', () => {
    const c = new NetworkClock(() => T0 + 2000);
    // Sent at T0, answered at T0 + 800; the node stamped T0 + 400: no offset at all.
    expect(c.record(T0 + 400, { sentAt: T0, receivedAt: T0 + 800 }, 'a')).toBe(true);
    expect(c.offsetMs).toBe(0);
    // Desktop's way (offset at receipt) would have read +400 ms here.
  });

  it('does not let one node move time: the median of one sample per node', () => {
    const c = new NetworkClock(() => T0);
    c.record(T0 - 20, undefined, 'honest-1');
    c.record(T0 + 10, undefined, 'honest-2');
    c.record(T0 - 5 * HOUR, undefined, 'liar');
    // Offsets 20, −10 and 5 h: the median is an honest node's.
    expect(c.offsetMs).toBe(20);
    // The liar repeating itself still counts once.
    for (let i = 0; i < 20; i++) c.record(T0 - 5 * HOUR, undefined, 'liar');
    expect(c.samples).toBe(3);
    c.record(T0 - 30, undefined, 'honest-3');
    expect(c.offsetMs).toBe(median([20, -10, 5 * HOUR, 30]));
    expect(Math.abs(c.now() - T0)).toBeLessThan(100);
  });

  it('refuses offsets beyond the sane window, however many nodes claim them', () => {
    const c = new NetworkClock(() => T0);
    for (let i = 0; i < 5; i++) expect(c.record(T0 + 3 * 365 * 24 * HOUR, undefined, `n${i}`)).toBe(false);
    expect(c.record(T0 - 49 * HOUR, undefined, 'x')).toBe(false);
    expect(c.samples).toBe(0);
    expect(c.record(T0 - 47 * HOUR, undefined, 'x')).toBe(true);
  });

  it('refuses a slow request as a sample once it has better ones', () => {
    const c = new NetworkClock(() => T0, { maxRttMs: 1000 });
    // A store that waited 5 s for dead peers: stamped when it started, answered 5 s later.
    expect(c.record(T0, { sentAt: T0, receivedAt: T0 + 5000 }, 'slow')).toBe(true);
    expect(c.offsetMs).toBe(2500);
    expect(c.record(T0 + 100, { sentAt: T0 + 50, receivedAt: T0 + 150 }, 'fast')).toBe(true);
    expect(c.record(T0 + 6000, { sentAt: T0 + 6000, receivedAt: T0 + 11_000 }, 'slow-again')).toBe(false);
    expect(c.samples).toBe(2);
  });

  it('keeps the latest sample of the newest 10 nodes', () => {
    const c = new NetworkClock(() => T0);
    for (let i = 1; i <= 12; i++) c.record(T0 - i, undefined, `n${i}`);
    expect(c.samples).toBe(10);
    // n1 and n2 left; offsets 3..12 remain, the median of an even count is the floored mean of 7 and 8.
    expect(c.offsetMs).toBe(7);
    c.record(T0 + 100, undefined, 'n3');
    expect(c.offsetMs).toBe(median([-100, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('floors an even median toward minus infinity', () => {
    expect(median([-1, -2])).toBe(-2);
    expect(median([])).toBe(0);
  });

  it('ignores implausible server times', () => {
    const c = new NetworkClock(() => T0);
    for (const bad of [0, 1_609_419_600_000, Number.NaN, Infinity, '1800000000000', undefined, null]) {
      expect(c.record(bad)).toBe(false);
    }
    expect(c.samples).toBe(0);
  });

  it('starts over after reset', () => {
    const c = new NetworkClock(() => T0);
    c.record(T0 - 500, undefined, 'a');
    c.reset();
    expect(c.offsetMs).toBe(0);
    c.record(T0 - 10, undefined, 'a');
    expect(c.offsetMs).toBe(10);
  });
});
