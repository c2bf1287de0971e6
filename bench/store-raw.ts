/**
 * The physical counterpart of the store's message inserts: the same rows written into a database
 * with the same schema (the real migrations: clustered table, indexes, FTS triggers) and the same
 * pragmas (SQLCipher raw key, WAL, synchronous=FULL), by one prepared INSERT per row and one
 * transaction per batch — no repository, no id counter, no conversation counters.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { silentLogger } from '../electron/core/log';
import type { NewMessage } from '../electron/core/store';
import { openDatabase, removeRunningMarker } from '../electron/core/store/open';

export interface RawTwin {
  insert(batch: readonly NewMessage[]): void;
  close(): void;
}

export function rawTwin(
  dataDir: string,
  key: Uint8Array,
  conversationIds: readonly string[],
  t0: number,
): RawTwin {
  const path = join(dataDir, 'raw-twin.db');
  const { db } = openDatabase(path, key, silentLogger);
  const cids = new Map<string, number>();
  const addConversation = db.prepare<[string, number], { cid: number }>(
    "INSERT INTO conversations (id, kind, created_at) VALUES (?, 'direct', ?) RETURNING cid",
  );
  db.transaction(() => {
    for (const id of conversationIds) cids.set(id, addConversation.get(id, t0)!.cid);
  })();
  const insertRow = db.prepare(
    `INSERT INTO messages (cid, sent_at, id, sender, outgoing, received_at, kind, body, state, server_hash)
     VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, ?)`,
  );
  let nextId = 1;
  const insertBatch = db.transaction((batch: readonly NewMessage[]) => {
    for (const m of batch) {
      insertRow.run(
        cids.get(m.conversationId),
        m.sentAt,
        nextId++,
        m.sender,
        m.outgoing ? 1 : 0,
        m.receivedAt,
        m.body,
        m.state,
        m.serverHash ?? null,
      );
    }
  });
  return {
    insert: (batch) => insertBatch(batch),
    close: () => close(db, path),
  };
}

function close(db: Database.Database, path: string): void {
  db.close();
  removeRunningMarker(path);
}
