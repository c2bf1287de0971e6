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

  it('counts the jobs of some kinds, claimed and blocked ones included', () => {
    const s = setup();
    s.write((tx) => {
      const push = s.outbox.enqueue(tx, { kind: 'push', now: 0 });
      s.outbox.enqueue(tx, { kind: 'invite', now: 0, dependsOn: [push] });
      s.outbox.enqueue(tx, { kind: 'send', now: 0 });
    });
    s.write((tx) => s.outbox.claim(tx, 10, { kinds: ['push'] }));
    expect(s.outbox.countKinds(s.read, ['push', 'invite'])).toBe(2);
    expect(s.outbox.countKinds(s.read, ['invite'])).toBe(1);
    expect(s.outbox.countKinds(s.read, ['other'])).toBe(0);
    expect(s.outbox.nextDueAt(s.read, ['push', 'invite'])).toBeUndefined();
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
    expect(s.write((tx) => s.outbox.fail(tx, a)).job.id).toBe(a);
    // b's lease (60 s default) has not run out, but a restart releases every lease.
    expect(s.write((tx) => s.outbox.releaseAll(tx))).toBe(1);
    expect(s.outbox.nextDueAt(s.read)).toBe(50);
    expect(() => s.write((tx) => s.outbox.complete(tx, 999))).toThrowError(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('queues a key once while its job waits, and again once it left', () => {
    const s = setup();
    const first = s.write((tx) => s.outbox.enqueue(tx, { kind: 'config-push', key: 'contacts', now: 1 }));
    const again = s.write((tx) =>
      s.outbox.enqueue(tx, { kind: 'config-push', key: 'contacts', now: 2, payload: new Uint8Array([9]) }),
    );
    expect(again).toBe(first);
    expect(s.outbox.count(s.read)).toBe(1);
    expect(s.outbox.get(s.read, first)!.payload).toBeNull();
    s.write((tx) => s.outbox.complete(tx, first));
    const third = s.write((tx) => s.outbox.enqueue(tx, { kind: 'config-push', key: 'contacts', now: 3 }));
    expect(third).not.toBe(first);
  });

  it('holds a job until every job it depends on is done', () => {
    const s = setup();
    const [up1, up2, msg] = s.write((tx) => {
      const a = s.outbox.enqueue(tx, { kind: 'attachment-upload', now: 0 });
      const b = s.outbox.enqueue(tx, { kind: 'attachment-upload', now: 0 });
      return [a, b, s.outbox.enqueue(tx, { kind: 'one-to-one', now: 0, dependsOn: [a, b, 999] })];
    });
    expect(s.outbox.dependencies(s.read, msg)).toEqual([up1, up2]);
    expect(s.write((tx) => s.outbox.claim(tx, 1, { leaseMs: 0 })).map((j) => j.id)).toEqual([up1, up2]);
    s.write((tx) => s.outbox.complete(tx, up1));
    expect(s.write((tx) => s.outbox.claim(tx, 1, { kinds: ['one-to-one'] }))).toEqual([]);
    expect(s.outbox.nextDueAt(s.read, ['one-to-one'])).toBeUndefined();
    s.write((tx) => s.outbox.complete(tx, up2));
    expect(s.outbox.nextDueAt(s.read, ['one-to-one'])).toBe(0);
    expect(s.write((tx) => s.outbox.claim(tx, 1, { kinds: ['one-to-one'] })).map((j) => j.id)).toEqual([msg]);
  });

  it('fails every job waiting (transitively) for a failed one, in one transaction', () => {
    const s = setup();
    const [up, msg, after, other] = s.write((tx) => {
      const u = s.outbox.enqueue(tx, { kind: 'attachment-upload', now: 0 });
      const m = s.outbox.enqueue(tx, { kind: 'one-to-one', now: 0, dependsOn: [u] });
      const x = s.outbox.enqueue(tx, { kind: 'expire', now: 0, dependsOn: [m] });
      return [u, m, x, s.outbox.enqueue(tx, { kind: 'one-to-one', now: 0 })];
    });
    const { job, dependants } = s.write((tx) => s.outbox.fail(tx, up));
    expect(job.id).toBe(up);
    expect(dependants.map((d) => d.id).sort()).toEqual([msg, after].sort());
    expect(s.outbox.count(s.read)).toBe(1);
    expect(s.outbox.get(s.read, other)).toBeDefined();
  });

  it('keeps progress, releases an unfinished attempt and hastens only jobs that failed before', () => {
    const s = setup();
    const [a, later] = s.write((tx) => [
      s.outbox.enqueue(tx, { kind: 'attachment-upload', now: 0 }),
      s.outbox.enqueue(tx, { kind: 'config-push', now: 0, notBefore: 10_000 }),
    ]);
    expect(s.write((tx) => s.outbox.claim(tx, 5))[0]!.attempts).toBe(1);
    s.write((tx) => s.outbox.saveProgress(tx, a, new Uint8Array([1, 2])));
    s.write((tx) => s.outbox.release(tx, a));
    const again = s.write((tx) => s.outbox.claim(tx, 5))[0]!;
    expect([again.attempts, [...again.progress!]]).toEqual([1, [1, 2]]);
    s.write((tx) => s.outbox.retryLater(tx, a, 9_000, 'unreachable'));
    expect(s.write((tx) => s.outbox.hasten(tx, 100))).toBe(1);
    expect(s.outbox.get(s.read, a)!.nextAttemptAt).toBe(100);
    expect(s.outbox.get(s.read, later)!.nextAttemptAt).toBe(10_000);
    s.write((tx) => s.outbox.extendLease(tx, [a], 500));
    expect(s.write((tx) => s.outbox.claim(tx, 200))).toEqual([]);
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
