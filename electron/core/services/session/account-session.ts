/**
 * Everything a feature needs while the account is open, in one object: the open store, the
 * account's keys (derived once, zeroed on close), the network (which may be off, connecting or
 * unreachable — work is queued regardless), network time, the domain events and the outbox.
 * It exists exactly while the account is unlocked; `signal` aborts when it closes.
 */
import type { Logger } from '../../log';
import type { SessionNetwork } from '../../network';
import type { NewOutboxJob, Store, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { AccountIdentity } from './identity';

export interface AccountSession {
  readonly store: Store;
  readonly identity: AccountIdentity;
  readonly network: NetworkHandle;
  /** Network time in ms (§11.1); the local clock corrected by the last known offset while offline. */
  now(): number;
  readonly events: DomainEventBus;
  readonly outbox: OutboxQueue;
  readonly logger: Logger;
  /** Aborts when the session closes (lock, quit): long waits of a module end with it. */
  readonly signal: AbortSignal;
}

/** The Session network as a session sees it: there, or not (yet). */
export interface NetworkHandle {
  /** False in offline mode (`--network offline`): the network will never open. */
  readonly enabled: boolean;
  /** The open network, or undefined while off, connecting, or not reached since the account opened. */
  current(): SessionNetwork<WriteDb> | undefined;
  /** Resolves with the network once it is open; rejects with `closed` when `signal` aborts. */
  whenOpen(signal: AbortSignal): Promise<SessionNetwork<WriteDb>>;
  /**
   * Calls `fn` each time the network becomes usable: when it opens, and when it is online again
   * after being unreachable. Returns the unsubscribe function.
   */
  onOnline(fn: () => void): () => void;
}

/** The durable queue of work for the network (services/outbox): enqueued with what it sends. */
export interface OutboxQueue {
  /**
   * Queues a job inside `tx` — the transaction that also writes what the job sends — and wakes the
   * worker once that transaction has committed. Returns the job id (the queued one, for a `key`
   * already queued).
   */
  enqueue(tx: WriteDb, job: Omit<NewOutboxJob, 'now'> & { readonly now?: number }): number;
}
