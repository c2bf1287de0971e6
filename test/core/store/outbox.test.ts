import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelayMs, defineSetting, isBoolean, isOneOf } from '../../../electron/core/store';
import { convId, freshStore, outgoing } from './helpers';

let done: (() => void) | undefined;
afterEach(() => {
  done?.();
  done = undefined;
});

function setup() {
  const f = freshStore();
  done = f.done;
  f.store.write((tx) => f.store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 }));
  return f.store;
}

describe('outbox', () => {
  it('enqueues with its message in one transaction: both or neither', () => {
    const s = setup();
    const id = s.write((tx) => {
      const m = s.messages.insert(tx, outgoing(convId(1), 10, 'hi'))!;
      s.outbox.enqueue(tx, { kind: 'send', messageId: m, payload: new Uint8Array([1]), now: 10 });
      return m;
    });
    expect(s.outbox.count(s.read)).toBe(1);
    expect(() =>
      s.write((tx) => {
        s.messages.insert(tx, outgoing(convId(1), 11, 'lost'));
        s.outbox.enqueue(tx, { kind: 'send', now: 11 });
        throw new Error('crash before commit');
      }),
    ).toThrow('crash before commit');
    expect(s.outbox.count(s.read)).toBe(1);
    expect(s.messages.page(s.read, convId(1)).map((m) => m.id)).toEqual([id]);
  });

  it('claims due jobs with a lease, retries later, completes and fails', () => {
    const s = setup();
    const [a, b, c] = s.write((tx) => [
      s.outbox.enqueue(tx, { kind: 'send', now: 0 }),
      s.outbox.enqueue(tx, { kind: 'send', now: 0, notBefore: 50 }),
      s.outbox.enqueue(tx, { kind: 'sync', now: 0, payload: new Uint8Array([7]) }),
    ]);
    const first = s.write((tx) => s.outbox.claim(tx, 10, { leaseMs: 100 }));
    expect(first.map((j) => j.id)).toEqual([a, c]);
    expect(first[0]!.attempts).toBe(1);
    expect(first[1]!.payload).toEqual(new Uint8Array([7]));
    expect(s.write((tx) => s.outbox.claim(tx, 20))).toEqual([]);
    expect(s.write((tx) => s.outbox.claim(tx, 60)).map((j) => j.id)).toEqual([b]);
    s.write((tx) => s.outbox.retryLater(tx, a, 30, 'timeout'));
    s.write((tx) => s.outbox.complete(tx, c));
    const again = s.write((tx) => s.outbox.claim(tx, 30));
    expect(again.map((j) => [j.id, j.attempts, j.lastError])).toEqual([[a, 2, 'timeout']]);
    expect(s.write((tx) => s.outbox.fail(tx, a)).id).toBe(a);
    // b's lease (60 s default) has not run out, but a restart releases every lease.
    expect(s.write((tx) => s.outbox.releaseAll(tx))).toBe(1);
    expect(s.outbox.nextDueAt(s.read)).toBe(50);
    expect(() => s.write((tx) => s.outbox.complete(tx, 999))).toThrowError(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('backs off exponentially with jitter, capped', () => {
    const mid = () => 0.5;
    expect(backoffDelayMs(1, { baseMs: 1000, random: mid })).toBe(750);
    expect(backoffDelayMs(3, { baseMs: 1000, random: mid })).toBe(3000);
    expect(backoffDelayMs(50, { baseMs: 1000, maxMs: 10_000, random: () => 1 })).toBe(10_000);
    expect(backoffDelayMs(2, { baseMs: 1000, random: () => 0 })).toBe(1000);
  });
});

describe('settings', () => {
  const theme = defineSetting('theme', 'system', isOneOf(['light', 'dark', 'system'] as const));
  const sounds = defineSetting('notifications.sound', true, isBoolean);

  it('reads defaults, stores typed values and ignores values of the wrong type', () => {
    const s = setup();
    expect(s.settings.get(s.read, theme)).toBe('system');
    s.write((tx) => {
      s.settings.set(tx, theme, 'dark');
      s.settings.set(tx, sounds, false);
    });
    expect(s.settings.get(s.read, theme)).toBe('dark');
    expect(s.settings.get(s.read, sounds)).toBe(false);
    s.write((tx) => tx.run("UPDATE settings SET value = '\"purple\"' WHERE key = 'theme'"));
    expect(s.settings.get(s.read, theme)).toBe('system');
    s.write((tx) => tx.run("UPDATE settings SET value = '{not json' WHERE key = 'notifications.sound'"));
    expect(s.settings.get(s.read, sounds)).toBe(true);
    s.write((tx) => s.settings.reset(tx, theme));
    expect(s.settings.get(s.read, theme)).toBe('system');
  });
});
