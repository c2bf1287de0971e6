import Database from 'better-sqlite3-multiple-ciphers';
import { silentLogger } from '../../../../electron/core/log';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';

/** An in-memory database brought to `version` by the real steps. */
export function dbAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, MIGRATIONS, version);
  return db;
}

export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index', 'trigger') ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

/** Conversation cid 1 for the FTS steps' tests. */
export function addConversation(db: Database.Database): void {
  db.prepare("INSERT INTO conversations (cid, id, kind, created_at) VALUES (1, 'c', 'direct', 1)").run();
}

/** Message `id` (sent at `id`) in conversation cid 1. */
export function addMessage(db: Database.Database, id: number, body: string | null): void {
  db.prepare(
    "INSERT INTO messages (cid, sent_at, id, sender, outgoing, received_at, body, state) VALUES (1, ?, ?, 's', 0, 1, ?, 'read')",
  ).run(id, id, body);
}

/** The rowids messages_fts matches for a raw FTS5 query, ascending. */
export function ftsMatches(db: Database.Database, q: string): number[] {
  return (
    db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid').all(q) as {
      rowid: number;
    }[]
  ).map((r) => r.rowid);
}
