/**
 * Outbox job kinds. Each kind of work that must reach the network — a one-to-one message, a group
 * message, a config push, an attachment upload… — is a handler registered under its kind; the
 * worker (worker.ts) claims due jobs and runs them.
 *
 * The idempotency contract: a job runs AT LEAST once. A crash after the handler's network call but
 * before its `done` was recorded runs it again at the next start (start-up releases every lease),
 * so `run` must be safe to repeat: send the same bytes (a swarm keeps one copy per hash), upload
 * once and remember the result with `ctx.saveProgress`, look before acting. What `done` writes
 * (`apply`) commits in the same transaction that removes the job, so "sent" is recorded exactly once.
 */
import type { SessionNetwork } from '../../network';
import type { OutboxJob, WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';

export type JobOutcome =
  /** Finished. `apply` runs inside the transaction that removes the job (mark the message sent). */
  | { readonly kind: 'done'; readonly apply?: (tx: WriteDb) => void }
  /** Try again at `atMs` (local time), or after the worker's jittered backoff when omitted. */
  | { readonly kind: 'retry'; readonly reason: string; readonly atMs?: number }
  /** Give up; the job and every job waiting for it leave the queue as failed. */
  | { readonly kind: 'fail'; readonly reason: string };

export const done = (apply?: (tx: WriteDb) => void): JobOutcome =>
  apply ? { kind: 'done', apply } : { kind: 'done' };
export const retryAt = (atMs: number, reason: string): JobOutcome => ({ kind: 'retry', reason, atMs });
export const retryLater = (reason: string): JobOutcome => ({ kind: 'retry', reason });
export const fail = (reason: string): JobOutcome => ({ kind: 'fail', reason });

/** The reason given to a job failed because a job it waited for failed. */
export const DEPENDENCY_FAILED = 'dependency-failed';

export interface JobContext {
  readonly session: AccountSession;
  /** Aborts when the worker stops (the account locks, the app quits): stop and return. */
  readonly signal: AbortSignal;
  /** The network, once open (waits while it connects; rejects when `signal` aborts). */
  network(): Promise<SessionNetwork<WriteDb>>;
  /** Remembers a checkpoint; a later attempt of this job finds it in `job.progress`. */
  saveProgress(progress: Uint8Array): void;
  /** Runs `fn` after the outcome's transaction committed (events for the UI). */
  afterCommit(fn: () => void): void;
}

export interface OutboxHandler {
  readonly kind: string;
  /** Attempts before a retrying job fails with its last reason (default 10). */
  readonly maxAttempts?: number;
  run(job: OutboxJob, ctx: JobContext): Promise<JobOutcome>;
  /**
   * Called inside the transaction in which a job of this kind leaves the queue as failed — by its
   * own `fail`, by running out of attempts, or because a job it depended on failed
   * (`DEPENDENCY_FAILED`): mark what it was sending as failed in the same commit.
   */
  failed?(tx: WriteDb, job: OutboxJob, reason: string): void;
}

/** The handlers of a core, by kind. Modules register theirs when they are created. */
export class OutboxKinds {
  private readonly handlers = new Map<string, OutboxHandler>();

  register(handler: OutboxHandler): void {
    if (this.handlers.has(handler.kind)) {
      throw new Error(`An outbox handler for "${handler.kind}" is registered already.`);
    }
    this.handlers.set(handler.kind, handler);
  }

  get(kind: string): OutboxHandler | undefined {
    return this.handlers.get(kind);
  }

  /** Jobs of other kinds (a newer version's, a module not built in) stay queued untouched. */
  kinds(): string[] {
    return [...this.handlers.keys()];
  }
}
