import { addColumn } from './add-column';
import type { Migration } from './types';

/**
 * Outbox job kinds need three things the first outbox did not have:
 *
 * - `key`: an idempotency key. Enqueueing a job whose key is already queued returns the queued
 *   job instead of a second one (a config push asked for twice while the first still waits is one
 *   push). Unique among queued jobs only: a finished job leaves the table, and its key is free.
 * - `progress`: a handler's checkpoint, so a job re-run after a crash can skip the steps it had
 *   finished (an upload that reached the file server keeps its file id).
 * - `outbox_deps`: job → the jobs it waits for (a message waits for its attachment uploads). A job
 *   is claimable only when no edge is left; a finished dependency's row goes and its edges with it
 *   (ON DELETE CASCADE), a failed one fails its dependants in the same transaction.
 *
 * - ids that are never reused (a `counters` row, like message ids): SQLite hands the largest rowid
 *   out again once its row is deleted, and a job enqueued to wait for a finished job must not end
 *   up waiting for a stranger that took its number.
 *
 * ALTER TABLE has no IF NOT EXISTS, so the columns are added only when missing: the step stays
 * safe to run twice like the others.
 */
const SQL = `
CREATE UNIQUE INDEX IF NOT EXISTS outbox_key ON outbox (key) WHERE key IS NOT NULL;

CREATE TABLE IF NOT EXISTS outbox_deps (
  job         INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
  depends_on  INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
  PRIMARY KEY (job, depends_on),
  CHECK (job <> depends_on)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS outbox_deps_on ON outbox_deps (depends_on);
CREATE INDEX IF NOT EXISTS outbox_kind_due ON outbox (kind, next_attempt_at);
INSERT OR IGNORE INTO counters (name, value) SELECT 'outbox_id', coalesce(max(id), 0) FROM outbox;
`;

export const migration0003: Migration = {
  version: 3,
  name: 'outbox-jobs',
  up(db) {
    addColumn(db, 'outbox', 'key', 'TEXT');
    addColumn(db, 'outbox', 'progress', 'BLOB');
    db.exec(SQL);
  },
};
