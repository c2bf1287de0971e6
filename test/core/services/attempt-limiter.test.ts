import { describe, expect, it } from 'vitest';
import { AccountError } from '../../../electron/core/services/account/account-error';
import { AttemptLimiter } from '../../../electron/core/services/account/attempt-limiter';

function limiter() {
  let now = 1_000_000;
  const l = new AttemptLimiter({ now: () => now, freeAttempts: 3, baseDelayMs: 5_000, maxDelayMs: 60_000 });
  return { l, advance: (ms: number) => (now += ms) };
}

function code(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof AccountError ? e.code : 'other';
  }
}

describe('AttemptLimiter', () => {
  it('lets three wrong attempts through, then pauses with a doubling delay', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 2; i++) {
      expect(code(() => l.check())).toBeUndefined();
      l.failed();
    }
    expect(l.retryAfterSeconds()).toBe(0);
    l.failed(); // third
    expect(l.retryAfterSeconds()).toBe(5);
    expect(code(() => l.check())).toBe('rate-limited');
    advance(5_000);
    expect(code(() => l.check())).toBeUndefined();
    l.failed(); // fourth: 10 s
    expect(l.retryAfterSeconds()).toBe(10);
    advance(10_000);
    l.failed(); // fifth: 20 s
    expect(l.retryAfterSeconds()).toBe(20);
  });

  it('caps the pause and forgets everything after a success', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 40; i++) {
      l.failed();
      advance(l.retryAfterSeconds() * 1000);
    }
    l.failed();
    expect(l.retryAfterSeconds()).toBe(60);
    advance(60_000);
    l.succeeded();
    l.failed();
    expect(l.retryAfterSeconds()).toBe(0);
  });

  it('says how long to wait in its message', () => {
    const { l } = limiter();
    for (let i = 0; i < 3; i++) l.failed();
    expect(() => l.check()).toThrow(/5 seconds/);
  });
});
