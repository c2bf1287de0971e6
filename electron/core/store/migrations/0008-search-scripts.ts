import { FTS_TEXT_FUNCTION, FTS_TOKENIZER, registerSearchFunctions } from '../search-text';
import type { Migration } from './types';

/**
 * Search for every script (issue 15). The index of 0002 used `unicode61` on the raw body, which
 * cannot find a word inside Chinese or Japanese text, cuts Devanagari, Thai and pointed Hebrew words
 * at their marks, misses Arabic written with harakat and drops emoji (search-text.ts has the
 * measurements). The index now reads the body through `shallot_fts_text_v1` (a view is its
 * external content, so snippets come from the same text the tokens do), with a tokenizer that keeps
 * marks and symbols inside tokens, and prefix indexes for the first two characters, so the single
 * letter typed first into the search box does not walk every term of the vocabulary.
 *
 * The triggers keep the 0002 contract: rows without a body are never indexed, and 'delete' is
 * given exactly the values that were indexed (the function is deterministic).
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
`;

export const migration0008: Migration = {
  version: 8,
  name: 'search-scripts',
  up(db) {
    registerSearchFunctions(db);
    // Dropping and rebuilding makes the step safe to run twice, like the others.
    db.exec(SQL);
  },
};
