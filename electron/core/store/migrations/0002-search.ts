import type { Migration } from './types';

/**
 * Full-text search over message bodies: an external-content FTS5 table (the text is stored once,
 * in messages) kept in step by triggers, so no code path can forget it.
 *
 * The conversation (its integer cid) is indexed as a second column: searching one conversation then intersects
 * two posting lists inside FTS5 instead of filtering every match of a common word afterwards.
 * Rows without a body (control messages, attachment-only) are never indexed; the triggers' WHEN
 * clauses agree on that, which external-content 'delete' commands require.
 */
const SQL = `
CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5 (
  body,
  cid,
  content = 'messages',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages
WHEN new.body IS NOT NULL BEGIN
  INSERT INTO messages_fts (rowid, body, cid) VALUES (new.id, new.body, new.cid);
END;

CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages
WHEN old.body IS NOT NULL BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body, cid)
  VALUES ('delete', old.id, old.body, old.cid);
END;

CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF body, cid ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body, cid)
  SELECT 'delete', old.id, old.body, old.cid WHERE old.body IS NOT NULL;
  INSERT INTO messages_fts (rowid, body, cid)
  SELECT new.id, new.body, new.cid WHERE new.body IS NOT NULL;
END;
`;

export const migration0002: Migration = {
  version: 2,
  name: 'search',
  up(db) {
    db.exec(SQL);
    // Rebuild from the content table so a database that already held messages is searchable.
    db.exec(`INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')`);
  },
};
