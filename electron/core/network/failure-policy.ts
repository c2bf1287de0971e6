/**
 * What a failed storage request means and what happens next — one policy for every caller (swarm
 * requests, each member a poll round asks, `retrieve`), where there used to be three copies that
 * had drifted apart:
 *
 *  - `closed` (the network is shutting down) ends the operation at once;
 *  - 406 "clock out of sync": resynchronise the network clock once per operation and try again
 *    without counting it; a second one shows 'clock-skew' in the status and gives up;
 *  - blame: a node that answered for the wrong swarm leaves that swarm; a failure that may be the
 *    path's or the destination's (a timeout, a broken reply) is not charged to either here — the
 *    transport booked it on the path, whose diagnosis tells which (paths.ts); the operation
 *    simply asks another member next;
 *  - a failure that cannot succeed elsewhere (401, 404, 413, bad parameters) is final;
 *  - while the network is unreachable an operation may wait for it (up to `offlineWaitMs`), and
 *    waiting does not count as an attempt;
 *  - otherwise up to `maxAttempts` attempts with a pause of n × `backoffMs` before the n-th retry.
 */
import type { Logger } from '../log';
import { asNetworkError, NetworkError } from './errors';
import type { Snode } from './snode';
import type { StatusEmitter } from './status';
import type { SwarmPubkey } from './swarm-auth';
import { OnionRequestError, sleep } from './transport';

export interface RetrySettings {
  /** Attempts on different members/paths before giving up (offline waits and clock resyncs do not count). */
  readonly maxAttempts: number;
  /** Pause before the n-th retry: n × backoffMs. */
  readonly backoffMs: number;
  /** How long one operation waits for the network to come back before failing 'unreachable'. */
  readonly offlineWaitMs: number;
}

export interface FailurePolicyDeps {
  readonly settings: RetrySettings;
  readonly reachability: { readonly isOffline: boolean; waitOnline(): Promise<void> };
  readonly swarms: { remove(pubkey: SwarmPubkey, ed25519: string): void };
  readonly status: Pick<StatusEmitter, 'status' | 'update'>;
  /** Takes fresh clock samples (the complaining node and others); true when the clock has some. */
  readonly resyncClock: (node: Snode) => Promise<boolean>;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly now?: () => number;
}

export type AfterFailure = 'retry' | 'clock-resynced';

export interface AttemptOptions {
  /** Wait for an unreachable network instead of failing (default true). */
  readonly waitOffline?: boolean;
  /** Overrides the settings' attempt budget (a poll round may ask every member once). */
  readonly maxAttempts?: number;
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new NetworkError('unreachable')), Math.max(0, ms));
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(asNetworkError(e));
      },
    );
  });
}

/** The budget and bookkeeping of one operation. */
export class Attempts {
  private failures = 0;
  private clockResynced = false;
  private readonly offlineDeadline: number;
  private readonly maxAttempts: number;
  private readonly waitOffline: boolean;

  constructor(
    private readonly deps: FailurePolicyDeps,
    opts: AttemptOptions,
  ) {
    this.offlineDeadline = this.now() + deps.settings.offlineWaitMs;
    this.maxAttempts = opts.maxAttempts ?? deps.settings.maxAttempts;
    this.waitOffline = opts.waitOffline ?? true;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Counted failures so far. */
  get failed(): number {
    return this.failures;
  }

  /** Call before each attempt: waits out an unreachable network when the operation may. */
  async ready(): Promise<void> {
    if (this.deps.signal.aborted) throw new NetworkError('closed');
    if (this.deps.reachability.isOffline) {
      if (!this.waitOffline) throw new NetworkError('unreachable');
      await withDeadline(this.deps.reachability.waitOnline(), this.offlineDeadline - this.now());
    }
  }

  succeeded(): void {
    if (this.deps.status.status.state === 'clock-skew') this.deps.status.update({ state: 'online' });
  }

  /**
   * After a failed attempt at `node` (for the swarm of `pubkey`): resolves with what to do next, or
   * rejects with the error that ends the operation.
   */
  async onFailure(error: unknown, where: { node?: Snode; pubkey?: SwarmPubkey } = {}): Promise<AfterFailure> {
    const err = asNetworkError(error);
    if (err.code === 'closed' || this.deps.signal.aborted) throw new NetworkError('closed');
    if (err.code === 'clock-out-of-sync') {
      if (!this.clockResynced && where.node) {
        this.clockResynced = true;
        if (await this.deps.resyncClock(where.node)) return 'clock-resynced';
      }
      this.deps.status.update({ state: 'clock-skew' });
    }
    this.blame(error, where);
    if (!err.retryable) throw err;
    if (this.deps.reachability.isOffline) {
      if (this.waitOffline && this.now() < this.offlineDeadline) return 'retry';
      throw err;
    }
    this.failures++;
    if (this.failures >= this.maxAttempts) throw err;
    this.deps.logger.debug('storage request retry', { code: err.code, failures: this.failures });
    if (this.deps.settings.backoffMs > 0) {
      await sleep(this.deps.settings.backoffMs * this.failures, this.deps.signal);
    }
    return 'retry';
  }

  private blame(error: unknown, where: { node?: Snode; pubkey?: SwarmPubkey }): void {
    if (!where.node || !(error instanceof OnionRequestError)) return;
    if (error.blame === 'destination' && where.pubkey !== undefined) {
      this.deps.swarms.remove(where.pubkey, where.node.ed25519);
    }
  }
}

export class FailurePolicy {
  constructor(private readonly deps: FailurePolicyDeps) {}

  get settings(): RetrySettings {
    return this.deps.settings;
  }

  /** A fresh budget for one operation (a store, a delete, one poll round…). */
  attempt(opts: AttemptOptions = {}): Attempts {
    return new Attempts(this.deps, opts);
  }
}
