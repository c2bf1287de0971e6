import { describe, expect, it } from 'vitest';
import { NetworkClock } from '../../../electron/core/network/clock';

const T0 = 1_800_000_000_000;

describe('network clock', () => {
  it('is the local clock until the first sample', () => {
    const c = new NetworkClock(() => T0);
    expect(c.now()).toBe(T0);
    expect(c.offsetMs).toBe(0);
  });

  it('corrects a local clock 5 minutes fast from one server time', () => {
    let local = T0 + 300_000;
    const c = new NetworkClock(() => local);
    expect(c.record(T0)).toBe(true);
    expect(c.offsetMs).toBe(300_000);
    local += 1234;
    expect(c.now()).toBe(T0 + 1234);
  });

  it('uses the floored mean of the last 10 offsets', () => {
    let local = T0;
    const c = new NetworkClock(() => local);
    // offsets 1..12: only 3..12 remain, mean 7.5 → 7
    for (let i = 1; i <= 12; i++) c.record(local - i);
    expect(c.samples).toBe(10);
    expect(c.offsetMs).toBe(7);
    c.record(local + 3); // offset -3 replaces the oldest (3): 4..12 and -3 → 69/10 → 6
    expect(c.offsetMs).toBe(6);
    local = T0 + 10;
    expect(c.now()).toBe(T0 + 4);
  });

  it('floors negative means toward minus infinity', () => {
    const c = new NetworkClock(() => T0);
    c.record(T0 + 1);
    c.record(T0 + 2);
    expect(c.offsetMs).toBe(-2); // mean −1.5
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
    c.record(T0 - 500);
    c.reset();
    expect(c.offsetMs).toBe(0);
    c.record(T0 - 10);
    expect(c.offsetMs).toBe(10);
  });
});
