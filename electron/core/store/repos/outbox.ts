import type { ReadDb, WriteDb } from '../handles';
import { StoreError } from '../errors';

/**
 * A durable job queue. A job is enqueued in the same transaction as the message it sends, so a
 * crash can never leave one without the other. Claiming leases a job until `claimed_until`; a
 * worker that dies mid-send loses its lease and the job becomes due again.
 */
export interface OutboxJob {
  readonly id: number;
  readonly kind: string;
  readonly messageId: number | null;
  readonly payload: Uint8Array | null;
  /** Attempts started so far, including the current one once claimed. */
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly createdAt: number;
}

interface Row {
  id: number;
  kind: string;
  message_id: number | null;
  payload: Uint8Array | null;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
}

const COLUMNS = 'id, kind, message_id, payload, attempts, next_attempt_at, last_error, created_at';

function fromRow(r: Row): OutboxJob {
  return {
    id: r.id,
    kind: r.kind,
    messageId: r.message_id,
    payload: r.payload ? new Uint8Array(r.payload) : null,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
  };
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
  enqueue(
    tx: WriteDb,
    job: {
      kind: string;
      messageId?: number | null;
      payload?: Uint8Array | null;
      notBefore?: number;
      now: number;
    },
  ): number {
    return tx.run(
      'INSERT INTO outbox (kind, message_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)',
      job.kind,
      job.messageId ?? null,
      job.payload ?? null,
      job.notBefore ?? job.now,
      job.now,
    ).lastInsertRowid;
  },

  /** Leases up to `limit` due jobs for `leaseMs`, oldest due first, counting the attempt. */
  claim(tx: WriteDb, now: number, opts: { limit?: number; leaseMs?: number } = {}): OutboxJob[] {
    const rows = tx.all<Row>(
      `UPDATE outbox SET attempts = attempts + 1, claimed_until = ?
       WHERE id IN (SELECT id FROM outbox WHERE next_attempt_at <= ? AND claimed_until <= ?
                    ORDER BY next_attempt_at, id LIMIT ?)
       RETURNING ${COLUMNS}`,
      now + (opts.leaseMs ?? 60_000),
      now,
      now,
      opts.limit ?? 10,
    );
    return rows.map(fromRow).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
  },

  /** Done: the job leaves the queue. */
  complete(tx: WriteDb, id: number): void {
    const r = tx.run('DELETE FROM outbox WHERE id = ?', id);
    if (r.changes === 0) throw new StoreError('not-found', 'There is no such outbox job.');
  },

  /** A failed attempt that may be retried: release the lease, schedule the next attempt. */
  retryLater(tx: WriteDb, id: number, nextAttemptAt: number, error: string): void {
    const r = tx.run(
      'UPDATE outbox SET claimed_until = 0, next_attempt_at = ?, last_error = ? WHERE id = ?',
      nextAttemptAt,
      error,
      id,
    );
    if (r.changes === 0) throw new StoreError('not-found', 'There is no such outbox job.');
  },

  /** A final failure: the job leaves the queue and is returned so the caller can mark its message. */
  fail(tx: WriteDb, id: number): OutboxJob {
    const r = tx.get<Row>(`DELETE FROM outbox WHERE id = ? RETURNING ${COLUMNS}`, id);
    if (!r) throw new StoreError('not-found', 'There is no such outbox job.');
    return fromRow(r);
  },

  /** At start-up no worker holds a lease yet: make every claimed job due again. */
  releaseAll(tx: WriteDb): number {
    return tx.run('UPDATE outbox SET claimed_until = 0 WHERE claimed_until > 0').changes;
  },

  get(db: ReadDb, id: number): OutboxJob | undefined {
    const r = db.get<Row>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`, id);
    return r ? fromRow(r) : undefined;
  },

  /** When the next job becomes due (for the worker's timer), or undefined when the queue is empty. */
  nextDueAt(db: ReadDb): number | undefined {
    return db.get<{ t: number | null }>('SELECT min(next_attempt_at) AS t FROM outbox')?.t ?? undefined;
  },

  count(db: ReadDb): number {
    return db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')?.n ?? 0;
  },
};
