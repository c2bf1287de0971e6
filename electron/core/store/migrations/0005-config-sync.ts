import { addColumn } from './add-column';
import type { Migration } from './types';

/**
 * What config sync (issue 12) keeps beside the account's data:
 *
 * - config_dumps: one row per user-config namespace (2 UserProfile, 3 Contacts, 4
 *   ConvoInfoVolatile, 5 UserGroups): the engine's dump (document, clean/dirty/waiting state,
 *   current and obsolete hashes, unfinished multipart sets), a `generation` bumped with every
 *   saved dump (the in-memory copy checks it to notice a transaction that rolled back), the
 *   storage time of the newest config message merged from another device (`merged_at`: the
 *   drop-older-than-removal rule reads it), the last push and the last full re-push.
 * - config_obsolete: hashes a push made obsolete, kept until a `delete` of them succeeded (the
 *   engine hands them out once; a failed delete must not forget them).
 * - config_pushed: hashes of messages we stored ourselves, so that their return from the swarm is
 *   not taken for another device's change (pruned after their 30-day lifetime).
 * - account.avatar_url / avatar_key: our own avatar as UserProfile names it (the file itself is
 *   the attachments floor's to download).
 * - conversations.last_read_at: the read position ConvoInfoVolatile syncs (newest read message's
 *   sent time); marking read moves it, a merged config moves it forward.
 */
const SQL = `
CREATE TABLE IF NOT EXISTS config_dumps (
  namespace     INTEGER PRIMARY KEY CHECK (namespace BETWEEN 2 AND 5),
  dump          BLOB NOT NULL,
  generation    INTEGER NOT NULL DEFAULT 0,
  merged_at     INTEGER NOT NULL DEFAULT 0,
  pushed_at     INTEGER NOT NULL DEFAULT 0,
  full_push_at  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS config_obsolete (
  hash       TEXT PRIMARY KEY,
  namespace  INTEGER NOT NULL,
  since      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS config_pushed (
  hash       TEXT PRIMARY KEY,
  namespace  INTEGER NOT NULL,
  stored_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS config_pushed_age ON config_pushed (stored_at);
`;

export const migration0005: Migration = {
  version: 5,
  name: 'config-sync',
  up(db) {
    db.exec(SQL);
    addColumn(db, 'account', 'avatar_url', 'TEXT');
    addColumn(db, 'account', 'avatar_key', 'BLOB');
    addColumn(db, 'conversations', 'last_read_at', 'INTEGER NOT NULL DEFAULT 0');
  },
};
