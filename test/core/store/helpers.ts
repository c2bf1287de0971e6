import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { toHex } from '../../../electron/core/crypto/bytes';
import type { GroupId, SessionId } from '../../../electron/core/crypto/ids';
import { openStore, type ConversationId, type NewMessage, type Store } from '../../../electron/core/store';
import type { OpenOptions } from '../../../electron/core/store/open';
import { registerSearchFunctions } from '../../../electron/core/store/search-text';

export function tempDir(prefix = 'shallot-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function randomKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The n-th test account's Session ID (also the ID of a 1:1 conversation with it). */
export function convId(n: number): SessionId {
  return `05${n.toString(16).padStart(64, '0')}` as SessionId;
}

/** The n-th test group's ID. */
export function groupId(n: number): GroupId {
  return `03${n.toString(16).padStart(64, '0')}` as GroupId;
}

/** A store in a fresh temp dir, closed and removed by `done()`. */
export function freshStore(opts: OpenOptions = {}): {
  store: Store;
  dir: string;
  key: Uint8Array;
  done: () => void;
} {
  const { dir, cleanup } = tempDir();
  const key = randomKey();
  const store = openStore({ dataDir: dir, key, ...opts });
  return {
    store,
    dir,
    key,
    done: () => {
      store.close();
      cleanup();
    },
  };
}

export function incoming(
  conversationId: ConversationId,
  sentAt: number,
  body: string | null,
  extra: Partial<NewMessage> = {},
): NewMessage {
  return {
    conversationId,
    // A 1:1 conversation's messages come from the account it is named after.
    sender: conversationId as SessionId,
    outgoing: false,
    sentAt,
    receivedAt: sentAt + 1,
    body,
    state: 'unread',
    ...extra,
  };
}

export function outgoing(
  conversationId: ConversationId,
  sentAt: number,
  body: string | null,
  extra: Partial<NewMessage> = {},
): NewMessage {
  return {
    conversationId,
    sender: convId(0xffff),
    outgoing: true,
    sentAt,
    receivedAt: sentAt,
    body,
    state: 'sending',
    ...extra,
  };
}

/** A second raw connection to a store's file (for EXPLAIN and for poking at bytes). */
export function rawConnection(path: string, key: Uint8Array): Database.Database {
  const db = new Database(path);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${toHex(key)}'"`);
  // The FTS triggers and the index's content view call the search text function.
  registerSearchFunctions(db);
  return db;
}
