import type { ReadDb, WriteDb } from '../handles';
import { StoreError } from '../errors';

/**
 * A durable job queue. A job is enqueued in the same transaction as what it sends (a message row),
 * so a crash can never leave one without the other. Claiming leases a job until `claimed_until`;
 * a worker that dies mid-run loses its lease (and start-up releases every lease), so the job
 * becomes due again: handlers must be idempotent.
 *
 * A job may wait for others (`dependsOn`): it is claimable once every job it depends on has left
 * the queue as done. A failing job takes every job that (transitively) waits for it along.
 */
export interface OutboxJob {
  readonly id: number;
  readonly kind: string;
  /** Idempotency key: while a job with this key is queued, enqueueing it again returns that job. */
  readonly key: string | null;
  readonly messageId: number | null;
  readonly payload: Uint8Array | null;
  /** The handler's checkpoint from an earlier attempt (see `saveProgress`). */
  readonly progress: Uint8Array | null;
  /** Attempts started so far, including the current one once claimed. */
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly createdAt: number;
}

export interface NewOutboxJob {
  readonly kind: string;
  readonly key?: string | null;
  readonly messageId?: number | null;
  readonly payload?: Uint8Array | null;
  readonly notBefore?: number;
  readonly now: number;
  /**
   * Jobs this one waits for. Enqueue them first (usually in the same transaction); an id no longer
   * queued counts as done.
   */
  readonly dependsOn?: readonly number[];
}

interface Row {
  id: number;
  kind: string;
  key: string | null;
  message_id: number | null;
  payload: Uint8Array | null;
  progress: Uint8Array | null;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
}

const COLUMNS =
  'id, kind, key, message_id, payload, progress, attempts, next_attempt_at, last_error, created_at';

/**
 * Jobs of the given kinds with no dependency left. Takes the kinds twice (a JSON array, or NULL for
 * every kind): the driver binds positional parameters only.
 */
const READY =
  '(? IS NULL OR kind IN (SELECT value FROM json_each(?))) ' +
  'AND NOT EXISTS (SELECT 1 FROM outbox_deps d WHERE d.job = outbox.id)';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const OUTBOX_SQL = {
  nextId: "UPDATE counters SET value = value + 1 WHERE name = 'outbox_id' RETURNING value",
  insert:
    'INSERT INTO outbox (id, kind, key, message_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
    'ON CONFLICT (key) WHERE key IS NOT NULL DO NOTHING RETURNING id',
  byKey: 'SELECT id FROM outbox WHERE key = ?',
  addDependency:
    'INSERT OR IGNORE INTO outbox_deps (job, depends_on) SELECT ?, id FROM outbox WHERE id = ? AND id <> ?',
  claim:
    'UPDATE outbox SET attempts = attempts + 1, claimed_until = ? ' +
    `WHERE id IN (SELECT id FROM outbox WHERE ${READY} AND next_attempt_at <= ? AND claimed_until <= ? ` +
    `ORDER BY next_attempt_at, id LIMIT ?) RETURNING ${COLUMNS}`,
  complete: 'DELETE FROM outbox WHERE id = ?',
  retryLater: 'UPDATE outbox SET claimed_until = 0, next_attempt_at = ?, last_error = ? WHERE id = ?',
  dependants:
    'WITH RECURSIVE doomed (id) AS (SELECT job FROM outbox_deps WHERE depends_on = ? ' +
    'UNION SELECT d.job FROM outbox_deps d JOIN doomed ON d.depends_on = doomed.id) SELECT id FROM doomed',
  remove: `DELETE FROM outbox WHERE id = ? RETURNING ${COLUMNS}`,
  release: 'UPDATE outbox SET claimed_until = 0, attempts = max(attempts - 1, 0) WHERE id = ?',
  releaseAll: 'UPDATE outbox SET claimed_until = 0 WHERE claimed_until > 0',
  extendLease: 'UPDATE outbox SET claimed_until = ? WHERE id IN (SELECT value FROM json_each(?))',
  saveProgress: 'UPDATE outbox SET progress = ? WHERE id = ?',
  hasten:
    'UPDATE outbox SET next_attempt_at = ? WHERE last_error IS NOT NULL AND next_attempt_at > ? AND claimed_until = 0',
  get: `SELECT ${COLUMNS} FROM outbox WHERE id = ?`,
  dependencies: 'SELECT depends_on FROM outbox_deps WHERE job = ? ORDER BY depends_on',
  nextDueAt: `SELECT min(next_attempt_at) AS t FROM outbox WHERE ${READY} AND claimed_until = 0`,
  count: 'SELECT count(*) AS n FROM outbox',
  countKinds: 'SELECT count(*) AS n FROM outbox WHERE kind IN (SELECT value FROM json_each(?))',
} as const;

function fromRow(r: Row): OutboxJob {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    messageId: r.message_id,
    payload: r.payload ? new Uint8Array(r.payload) : null,
    progress: r.progress ? new Uint8Array(r.progress) : null,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
  };
}

function kindsParam(kinds: readonly string[] | undefined): string | null {
  return kinds === undefined ? null : JSON.stringify(kinds);
}

function notFound(): StoreError {
  return new StoreError('not-found', 'There is no such outbox job.');
}

/**
 * Exponential backoff with full jitter: attempt 1 waits up to `baseMs`, doubling up to `maxMs`.
 * `random` is injectable so callers (and tests) can make it deterministic.
 */
export function backoffDelayMs(
  attempts: number,
  opts: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const base = opts.baseMs ?? 2_000;
  const max = opts.maxMs ?? 5 * 60_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
  const r = (opts.random ?? Math.random)();
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

export const outbox = {
  /** Queues a job and returns its id; with a `key` already queued, returns that job's id instead. */
  enqueue(tx: WriteDb, job: NewOutboxJob): number {
    const key = job.key ?? null;
    const seq = tx.get<{ value: number }>(OUTBOX_SQL.nextId);
    if (!seq) throw new StoreError('corrupt', 'The outbox counter is missing.');
    const inserted = tx.get<{ id: number }>(
      OUTBOX_SQL.insert,
      seq.value,
      job.kind,
      key,
      job.messageId ?? null,
      job.payload ?? null,
      job.notBefore ?? job.now,
      job.now,
    );
    if (!inserted) {
      const existing = key === null ? undefined : tx.get<{ id: number }>(OUTBOX_SQL.byKey, key);
      if (!existing) throw new StoreError('constraint', 'The outbox job could not be queued.');
      return existing.id;
    }
    for (const dep of job.dependsOn ?? []) tx.run(OUTBOX_SQL.addDependency, inserted.id, dep, inserted.id);
    return inserted.id;
  },

  /**
   * Leases up to `limit` due jobs for `leaseMs`, oldest due first, counting the attempt. Only jobs
   * of `kinds` (all when omitted) whose dependencies are all done.
   */
  claim(
    tx: WriteDb,
    now: number,
    opts: { limit?: number; leaseMs?: number; kinds?: readonly string[] } = {},
  ): OutboxJob[] {
    const kinds = kindsParam(opts.kinds);
    const rows = tx.all<Row>(
      OUTBOX_SQL.claim,
      now + (opts.leaseMs ?? 60_000),
      kinds,
      kinds,
      now,
      now,
      opts.limit ?? 10,
    );
    return rows.map(fromRow).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
  },

  /** Done: the job leaves the queue, and jobs waiting only for it become claimable. */
  complete(tx: WriteDb, id: number): void {
    if (tx.run(OUTBOX_SQL.complete, id).changes === 0) throw notFound();
  },

  /** A failed attempt that may be retried: release the lease, schedule the next attempt. */
  retryLater(tx: WriteDb, id: number, nextAttemptAt: number, error: string): void {
    if (tx.run(OUTBOX_SQL.retryLater, nextAttemptAt, error, id).changes === 0) throw notFound();
  },

  /**
   * A final failure: the job and every job waiting for it (transitively) leave the queue. Returned
   * so the caller can mark what they were sending as failed in the same transaction.
   */
  fail(tx: WriteDb, id: number): { job: OutboxJob; dependants: OutboxJob[] } {
    const waiting = tx.all<{ id: number }>(OUTBOX_SQL.dependants, id).map((r) => r.id);
    const row = tx.get<Row>(OUTBOX_SQL.remove, id);
    if (!row) throw notFound();
    const dependants: OutboxJob[] = [];
    for (const d of waiting) {
      const r = tx.get<Row>(OUTBOX_SQL.remove, d);
      if (r) dependants.push(fromRow(r));
    }
    return { job: fromRow(row), dependants };
  },

  /** An attempt stopped before it finished (the app is closing): due again, the attempt not counted. */
  release(tx: WriteDb, id: number): void {
    tx.run(OUTBOX_SQL.release, id);
  },

  /** At start-up no worker holds a lease yet: make every claimed job due again. */
  releaseAll(tx: WriteDb): number {
    return tx.run(OUTBOX_SQL.releaseAll).changes;
  },

  /** Keeps the leases of jobs still running from running out. */
  extendLease(tx: WriteDb, ids: readonly number[], until: number): void {
    if (ids.length > 0) tx.run(OUTBOX_SQL.extendLease, until, JSON.stringify(ids));
  },

  /** A handler's checkpoint, read back as `progress` if the job runs again. */
  saveProgress(tx: WriteDb, id: number, progress: Uint8Array): void {
    if (tx.run(OUTBOX_SQL.saveProgress, progress, id).changes === 0) throw notFound();
  },

  /**
   * Makes every job waiting out a retry pause due now (the network came back). Jobs scheduled for
   * later on purpose (never failed yet) keep their time. Returns how many moved.
   */
  hasten(tx: WriteDb, now: number): number {
    return tx.run(OUTBOX_SQL.hasten, now, now).changes;
  },

  get(db: ReadDb, id: number): OutboxJob | undefined {
    const r = db.get<Row>(OUTBOX_SQL.get, id);
    return r ? fromRow(r) : undefined;
  },

  /** Ids of the queued jobs `id` still waits for. */
  dependencies(db: ReadDb, id: number): number[] {
    return db.all<{ depends_on: number }>(OUTBOX_SQL.dependencies, id).map((r) => r.depends_on);
  },

  /**
   * When the next claimable job becomes due (for the worker's timer), or undefined when none is
   * queued. Jobs held by a lease or waiting for a dependency are not counted.
   */
  nextDueAt(db: ReadDb, kinds?: readonly string[]): number | undefined {
    const k = kindsParam(kinds);
    return db.get<{ t: number | null }>(OUTBOX_SQL.nextDueAt, k, k)?.t ?? undefined;
  },

  count(db: ReadDb): number {
    return db.get<{ n: number }>(OUTBOX_SQL.count)?.n ?? 0;
  },

  /** Jobs of these kinds still here: waiting, blocked by a dependency, or being run. */
  countKinds(db: ReadDb, kinds: readonly string[]): number {
    return db.get<{ n: number }>(OUTBOX_SQL.countKinds, JSON.stringify(kinds))?.n ?? 0;
  },
};
