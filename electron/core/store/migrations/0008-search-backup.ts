import { FTS_TEXT_FUNCTION, FTS_TOKENIZER, registerSearchFunctions } from '../search-text';
import type { Migration } from './types';

/**
 * Search for every script and scheduled backups (issue 15).
 *
 * Search: the index of 0002 used `unicode61` on the raw body, which
 * cannot find a word inside Chinese or Japanese text, cuts Devanagari, Thai and pointed Hebrew words
 * at their marks, misses Arabic written with harakat and drops emoji (search-text.ts has the
 * measurements). The index now reads the body through `shallot_fts_text_v1` (a view is its
 * external content, so snippets come from the same text the tokens do), with a tokenizer that keeps
 * marks and symbols inside tokens, and prefix indexes for the first two characters, so the single
 * letter typed first into the search box does not walk every term of the vocabulary.
 *
 * The triggers keep the 0002 contract: rows without a body are never indexed, and 'delete' is
 * given exactly the values that were indexed (the function is deterministic).
 *
 * Backups: `backup_schedule` is this device's automatic backup (one row or none): the folder, how
 * often, how many files to keep, and the key material derived once from the passphrase the user
 * chose (Argon2id salt and cost, stream key, check key) so an unattended backup needs no
 * passphrase — the passphrase itself is never stored (docs/BACKUP-FORMAT.md, "Scheduled backups").
 * It stays on the device: backups never carry it.
 */
const F = FTS_TEXT_FUNCTION;
const SQL = `
DROP TRIGGER IF EXISTS messages_fts_insert;
DROP TRIGGER IF EXISTS messages_fts_delete;
DROP TRIGGER IF EXISTS messages_fts_update;
DROP TABLE IF EXISTS messages_fts;

CREATE VIEW IF NOT EXISTS messages_fts_source AS
  SELECT id, ${F}(body) AS body, cid FROM messages WHERE body IS NOT NULL;

CREATE VIRTUAL TABLE messages_fts USING fts5 (
  body,
  cid,
  content = 'messages_fts_source',
  content_rowid = 'id',
  tokenize = "${FTS_TOKENIZER}",
  prefix = '1 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
WHEN new.body IS NOT NULL BEGIN
  INSERT INTO messages_fts (rowid, body, cid) VALUES (new.id, ${F}(new.body), new.cid);
END;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
WHEN old.body IS NOT NULL BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body, cid)
  VALUES ('delete', old.id, ${F}(old.body), old.cid);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, cid ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body, cid)
  SELECT 'delete', old.id, ${F}(old.body), old.cid WHERE old.body IS NOT NULL;
  INSERT INTO messages_fts (rowid, body, cid)
  SELECT new.id, ${F}(new.body), new.cid WHERE new.body IS NOT NULL;
END;

INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');

CREATE TABLE IF NOT EXISTS backup_schedule (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  folder          TEXT NOT NULL,
  interval_hours  INTEGER NOT NULL CHECK (interval_hours BETWEEN 1 AND 8760),
  keep            INTEGER NOT NULL CHECK (keep BETWEEN 1 AND 100),
  kdf_salt        BLOB NOT NULL CHECK (length(kdf_salt) = 16),
  kdf_opslimit    INTEGER NOT NULL,
  kdf_memlimit    INTEGER NOT NULL,
  stream_key      BLOB NOT NULL CHECK (length(stream_key) = 32),
  check_key       BLOB NOT NULL CHECK (length(check_key) = 32),
  last_run_at     INTEGER,
  last_file       TEXT,
  last_error      TEXT,
  created_at      INTEGER NOT NULL
);
`;

export const migration0008: Migration = {
  version: 8,
  name: 'search-backup',
  up(db) {
    registerSearchFunctions(db);
    // Dropping and rebuilding makes the step safe to run twice, like the others.
    db.exec(SQL);
  },
};
