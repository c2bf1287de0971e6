/**
 * The outbox worker of one account session: claims due jobs of the registered kinds (leased, so a
 * crash frees them), runs up to `concurrency` at once, and records each outcome in one transaction
 * with what the handler's `done` writes. It wakes when a job is enqueued (after that transaction
 * committed), when a job's time comes, and when the network is back (jobs pausing after a failure
 * are tried at once then). Stopping aborts running handlers and frees what they held.
 */
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import { backoffDelayMs, StoreError, type OutboxJob, type Store, type WriteDb } from '../../store';
import type { AccountSession, OutboxQueue } from '../session/account-session';
import { realTimers, type TimerHandle, type Timers } from '../session/timers';
import {
  DEPENDENCY_FAILED,
  retryLater,
  type JobContext,
  type JobOutcome,
  type OutboxHandler,
  type OutboxKinds,
} from './kinds';

export interface OutboxWorkerOptions {
  readonly store: Store;
  readonly kinds: OutboxKinds;
  readonly logger: Logger;
  readonly timers?: Timers;
  /** Jitter of the backoff (tests pass a fixed one). */
  readonly random?: () => number;
  readonly concurrency?: number;
  readonly leaseMs?: number;
  readonly backoff?: { readonly baseMs?: number; readonly maxMs?: number };
  /** How long `stop()` waits for handlers that ignore their signal (their leases go at next start). */
  readonly stopWaitMs?: number;
}

const DEFAULT_MAX_ATTEMPTS = 10;

export class OutboxWorker implements OutboxQueue {
  private readonly store: Store;
  private readonly timers: Timers;
  private readonly log: Logger;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly running = new Map<number, Promise<void>>();
  private readonly abort = new AbortController();
  private session: AccountSession | undefined;
  private timer: TimerHandle | undefined;
  private leaseTimer: TimerHandle | undefined;
  private passQueued = false;
  private stopped = false;
  private offOnline: (() => void) | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly opts: OutboxWorkerOptions) {
    this.store = opts.store;
    this.timers = opts.timers ?? realTimers;
    this.log = opts.logger.child('outbox');
    this.concurrency = opts.concurrency ?? 4;
    this.leaseMs = opts.leaseMs ?? 60_000;
  }

  enqueue(tx: WriteDb, job: Parameters<OutboxQueue['enqueue']>[1]): number {
    const id = this.store.outbox.enqueue(tx, { ...job, now: job.now ?? this.timers.now() });
    this.wake();
    return id;
  }

  /** Resumes the queue: jobs a crash left claimed are due again, then due jobs run. */
  start(session: AccountSession): void {
    if (this.session || this.stopped) return;
    this.session = session;
    const released = this.store.write((tx) => this.store.outbox.releaseAll(tx));
    if (released > 0) this.log.info('outbox jobs resumed after an unclean stop', { jobs: released });
    this.offOnline = session.network.onOnline(() => this.networkBack());
    this.wake();
  }

  /**
   * Looks for due jobs soon. Deferred to a later turn: called inside a transaction, it must not
   * claim before that transaction committed (or rolled back).
   */
  wake(): void {
    if (this.stopped || this.passQueued) return;
    this.passQueued = true;
    setImmediate(() => {
      this.passQueued = false;
      this.pass();
    });
  }

  /** Resolves once no job is running and none is due now (tests). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.wake();
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    this.offOnline?.();
    this.timers.clearTimeout(this.timer);
    this.timers.clearTimeout(this.leaseTimer);
    const pending = Promise.allSettled(this.running.values());
    let waited: TimerHandle | undefined;
    await Promise.race([
      pending,
      new Promise<void>((r) => (waited = this.timers.setTimeout(r, this.opts.stopWaitMs ?? 10_000))),
    ]);
    this.timers.clearTimeout(waited);
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private pass(): void {
    if (this.stopped || !this.session) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.timers.now();
    const kinds = this.opts.kinds.kinds();
    const free = this.concurrency - this.running.size;
    if (free > 0 && kinds.length > 0) {
      const jobs = this.store.write((tx) =>
        this.store.outbox.claim(tx, now, { limit: free, leaseMs: this.leaseMs, kinds }),
      );
      for (const job of jobs) this.launch(job);
    }
    const next = kinds.length > 0 ? this.store.outbox.nextDueAt(this.store.read, kinds) : undefined;
    // A full worker takes its next pass when a job ends; otherwise at the next job's time.
    if (next !== undefined && this.running.size < this.concurrency) {
      this.timer = this.timers.setTimeout(() => this.wake(), Math.max(0, next - now));
    }
    if (this.running.size === 0 && (next === undefined || next > now)) {
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private launch(job: OutboxJob): void {
    const run = this.runJob(job)
      .catch((e: unknown) =>
        this.log.error('outbox job could not be recorded', { kind: job.kind, code: errorCode(e) }),
      )
      .finally(() => {
        this.running.delete(job.id);
        this.wake();
      });
    this.running.set(job.id, run);
    this.renewLeases();
  }

  private async runJob(job: OutboxJob): Promise<void> {
    const handler = this.opts.kinds.get(job.kind)!;
    const after: (() => void)[] = [];
    const session = this.session!;
    const signal = this.abort.signal;
    const ctx: JobContext = {
      session,
      signal,
      network: () => session.network.whenOpen(signal),
      saveProgress: (progress) =>
        this.store.write((tx) => this.store.outbox.saveProgress(tx, job.id, progress)),
      afterCommit: (fn) => void after.push(fn),
    };
    let outcome: JobOutcome;
    try {
      outcome = await handler.run(job, ctx);
    } catch (e) {
      if (signal.aborted) {
        // Stopped half-way: due again at the next start, and this attempt does not count.
        this.store.write((tx) => this.store.outbox.release(tx, job.id));
        return;
      }
      outcome = retryLater(errorCode(e));
    }
    this.settle(job, handler, outcome);
    for (const fn of after) {
      try {
        fn();
      } catch (e) {
        this.log.warn('outbox after-commit step failed', { kind: job.kind, code: errorCode(e) });
      }
    }
  }

  private settle(job: OutboxJob, handler: OutboxHandler, outcome: JobOutcome): void {
    try {
      this.store.write((tx) => {
        if (outcome.kind === 'done') {
          outcome.apply?.(tx);
          this.store.outbox.complete(tx, job.id);
        } else if (outcome.kind === 'fail' || job.attempts >= (handler.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
          this.failWith(tx, job, handler, outcome.reason);
        } else {
          const at = outcome.atMs ?? this.timers.now() + backoffDelayMs(job.attempts, this.backoff());
          this.store.outbox.retryLater(tx, job.id, at, outcome.reason);
        }
      });
    } catch (e) {
      // The job vanished meanwhile (its conversation was deleted): nothing left to record.
      if (e instanceof StoreError && e.code === 'not-found') return;
      this.log.error('outbox outcome not recorded; retrying the job later', {
        kind: job.kind,
        code: errorCode(e),
      });
      const at = this.timers.now() + backoffDelayMs(job.attempts, this.backoff());
      this.store.write((tx) => this.store.outbox.retryLater(tx, job.id, at, 'outcome-not-recorded'));
    }
    if (outcome.kind !== 'done')
      this.log.debug('outbox job not done', { kind: job.kind, attempts: job.attempts });
  }

  private failWith(tx: WriteDb, job: OutboxJob, handler: OutboxHandler, reason: string): void {
    const { dependants } = this.store.outbox.fail(tx, job.id);
    handler.failed?.(tx, job, reason);
    for (const d of dependants) this.opts.kinds.get(d.kind)?.failed?.(tx, d, DEPENDENCY_FAILED);
    this.log.warn('outbox job failed', {
      kind: job.kind,
      attempts: job.attempts,
      dependants: dependants.length,
    });
  }

  private backoff(): { baseMs?: number; maxMs?: number; random?: () => number } {
    return { ...this.opts.backoff, ...(this.opts.random ? { random: this.opts.random } : {}) };
  }

  /** Keeps running jobs' leases alive (a slow upload must not look abandoned). */
  private renewLeases(): void {
    if (this.leaseTimer !== undefined || this.stopped) return;
    this.leaseTimer = this.timers.setTimeout(() => {
      this.leaseTimer = undefined;
      if (this.stopped || this.running.size === 0) return;
      const until = this.timers.now() + this.leaseMs;
      this.store.write((tx) => this.store.outbox.extendLease(tx, [...this.running.keys()], until));
      this.renewLeases();
    }, this.leaseMs / 2);
  }

  /** The network is back: jobs pausing after a failure (most likely the network's) go now. */
  private networkBack(): void {
    if (this.stopped) return;
    const moved = this.store.write((tx) => this.store.outbox.hasten(tx, this.timers.now()));
    if (moved > 0) this.log.debug('network back: outbox jobs hastened', { jobs: moved });
    this.wake();
  }
}
