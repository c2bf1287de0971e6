/**
 * The outbox worker over a real encrypted store: job kinds, dependencies, backoff with jitter,
 * waking on enqueue and when the network is back, stopping mid-job. Time moves by hand.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../electron/core/log';
import {
  DEPENDENCY_FAILED,
  done,
  fail,
  OutboxKinds,
  retryAt,
  retryLater,
  type JobOutcome,
  type OutboxHandler,
} from '../../../electron/core/services/outbox/kinds';
import { OutboxWorker } from '../../../electron/core/services/outbox/worker';
import { backoffDelayMs, type OutboxJob } from '../../../electron/core/store';
import { ManualTimers } from '../../support/manual-timers';
import { TestNetworkHandle, testSession } from '../../support/account-session';
import { freshStore } from '../store/helpers';

beforeAll(async () => {
  await ready();
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A handler whose outcomes the test scripts; it records every run. */
function scripted(kind: string, outcomes: (job: OutboxJob) => JobOutcome | Promise<JobOutcome>) {
  const runs: { id: number; attempts: number }[] = [];
  const failures: { id: number; reason: string }[] = [];
  const handler: OutboxHandler = {
    kind,
    maxAttempts: 3,
    run: async (job) => {
      runs.push({ id: job.id, attempts: job.attempts });
      return outcomes(job);
    },
    failed: (_tx, job, reason) => void failures.push({ id: job.id, reason }),
  };
  return { handler, runs, failures };
}

function setup(handlers: OutboxHandler[]) {
  const f = freshStore();
  const timers = new ManualTimers();
  const kinds = new OutboxKinds();
  for (const h of handlers) kinds.register(h);
  const network = new TestNetworkHandle();
  const worker = new OutboxWorker({
    store: f.store,
    kinds,
    logger: silentLogger,
    timers,
    random: () => 0.5,
    backoff: { baseMs: 1_000 },
  });
  const session = testSession(f.store, { outbox: worker, network });
  cleanups.push(async () => {
    await worker.stop();
    session.close();
    f.done();
  });
  const enqueue = (kind: string, extra: { dependsOn?: number[]; key?: string } = {}): number =>
    f.store.write((tx) => worker.enqueue(tx, { kind, now: timers.now(), ...extra }));
  return { store: f.store, timers, worker, session, network, enqueue };
}

describe('outbox worker', () => {
  it('runs a job enqueued after start at once (woken by the enqueue) and removes it when done', async () => {
    const s = scripted('one-to-one', () => done());
    const t = setup([s.handler]);
    t.worker.start(t.session);
    const id = t.enqueue('one-to-one');
    await t.worker.idle();
    expect(s.runs).toEqual([{ id, attempts: 1 }]);
    expect(t.store.outbox.count(t.store.read)).toBe(0);
  });

  it('records what done() writes in the transaction that removes the job', async () => {
    const t = setup([
      {
        kind: 'config-push',
        run: () =>
          Promise.resolve(done((tx) => tx.run("INSERT INTO settings (key, value) VALUES ('pushed', '1')"))),
      },
    ]);
    t.worker.start(t.session);
    t.enqueue('config-push');
    await t.worker.idle();
    expect(t.store.read.get('SELECT value FROM settings WHERE key = ?', 'pushed')).toEqual({ value: '1' });
  });

  it('waits for its dependencies, in order, and fails with the one that failed', async () => {
    const order: string[] = [];
    const uploads = scripted('attachment-upload', (job) => {
      order.push(`upload ${job.id}`);
      return job.payload?.[0] === 1 ? fail('413') : done();
    });
    const messages = scripted('one-to-one', (job) => {
      order.push(`message ${job.id}`);
      return done();
    });
    const t = setup([uploads.handler, messages.handler]);
    const [a, b, m] = t.store.write((tx) => {
      const x = t.worker.enqueue(tx, { kind: 'attachment-upload', payload: new Uint8Array([0]) });
      const y = t.worker.enqueue(tx, { kind: 'attachment-upload', payload: new Uint8Array([0]) });
      return [x, y, t.worker.enqueue(tx, { kind: 'one-to-one', dependsOn: [x, y] })];
    });
    t.worker.start(t.session);
    await t.worker.idle();
    expect(order).toEqual([`upload ${a}`, `upload ${b}`, `message ${m}`]);

    order.length = 0;
    const [bad, next] = t.store.write((tx) => {
      const x = t.worker.enqueue(tx, { kind: 'attachment-upload', payload: new Uint8Array([1]) });
      return [x, t.worker.enqueue(tx, { kind: 'one-to-one', dependsOn: [x] })];
    });
    await t.worker.idle();
    expect(order).toEqual([`upload ${bad}`]);
    expect(uploads.failures).toEqual([{ id: bad, reason: '413' }]);
    expect(messages.failures).toEqual([{ id: next, reason: DEPENDENCY_FAILED }]);
    expect(t.store.outbox.count(t.store.read)).toBe(0);
  });

  it('backs off with jitter between retries, and fails after the handler’s attempts', async () => {
    const s = scripted('one-to-one', () => retryLater('timeout'));
    const t = setup([s.handler]);
    t.worker.start(t.session);
    const id = t.enqueue('one-to-one');
    await t.worker.idle();
    const start = t.timers.now();
    const first = t.store.outbox.get(t.store.read, id)!;
    expect(first.nextAttemptAt).toBe(start + backoffDelayMs(1, { baseMs: 1_000, random: () => 0.5 }));
    expect(first.lastError).toBe('timeout');
    t.timers.advance(first.nextAttemptAt - start - 1);
    await t.worker.idle();
    expect(s.runs).toHaveLength(1);
    t.timers.advance(1);
    await t.worker.idle();
    expect(s.runs.map((r) => r.attempts)).toEqual([1, 2]);
    expect(t.store.outbox.get(t.store.read, id)!.nextAttemptAt).toBe(
      t.timers.now() + backoffDelayMs(2, { baseMs: 1_000, random: () => 0.5 }),
    );
    t.timers.advance(10_000);
    await t.worker.idle();
    expect(s.runs.map((r) => r.attempts)).toEqual([1, 2, 3]);
    expect(s.failures).toEqual([{ id, reason: 'timeout' }]);
    expect(t.store.outbox.count(t.store.read)).toBe(0);
  });

  it('runs at the time a handler asked for, and at once when the network comes back', async () => {
    let attempt = 0;
    const t = setup([
      {
        kind: 'one-to-one',
        run: () =>
          Promise.resolve(++attempt === 1 ? retryAt(t.timers.now() + 600_000, 'unreachable') : done()),
      },
    ]);
    t.worker.start(t.session);
    t.enqueue('one-to-one');
    await t.worker.idle();
    expect(attempt).toBe(1);
    t.network.goOnline();
    await t.worker.idle();
    expect(attempt).toBe(2);
    expect(t.store.outbox.count(t.store.read)).toBe(0);
  });

  it('aborts a running handler on stop and frees its job without counting the attempt', async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const t = setup([
      {
        kind: 'attachment-upload',
        run: (_job, ctx) =>
          new Promise<JobOutcome>((_resolve, reject) => {
            started();
            ctx.signal.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      },
    ]);
    t.worker.start(t.session);
    const id = t.enqueue('attachment-upload');
    await running;
    await t.worker.stop();
    const job = t.store.outbox.get(t.store.read, id)!;
    expect(job.attempts).toBe(0);
    expect(t.store.outbox.nextDueAt(t.store.read)).toBe(job.nextAttemptAt);
  });

  it('keeps jobs of kinds it has no handler for, untouched', async () => {
    const t = setup([scripted('one-to-one', () => done()).handler]);
    t.worker.start(t.session);
    const id = t.enqueue('from-a-newer-version');
    t.enqueue('one-to-one');
    await t.worker.idle();
    expect(t.store.outbox.get(t.store.read, id)!.attempts).toBe(0);
  });

  it('keeps a checkpoint for the next attempt', async () => {
    const seen: (number[] | null)[] = [];
    const t = setup([
      {
        kind: 'attachment-upload',
        run: (job, ctx) => {
          seen.push(job.progress ? [...job.progress] : null);
          if (!job.progress) {
            ctx.saveProgress(new Uint8Array([7]));
            return Promise.resolve(retryLater('timeout'));
          }
          return Promise.resolve(done());
        },
      },
    ]);
    t.worker.start(t.session);
    t.enqueue('attachment-upload');
    await t.worker.idle();
    t.timers.advance(5_000);
    await t.worker.idle();
    expect(seen).toEqual([null, [7]]);
  });
});
