/**
 * The encrypted local store: one SQLCipher file per data dir (`DATA_DIR/shallot.db`), opened with
 * a raw 32-byte key that a vault (./vault) keeps.
 *
 *   const store = openStore({ dataDir, key, logger });
 *   const page = store.messages.page(store.read, conversationId, { limit: 50 });
 *   store.write((tx) => {
 *     const id = store.messages.insert(tx, msg);
 *     store.outbox.enqueue(tx, { kind: 'one-to-one', messageId: id, now });
 *   });
 *   store.close();
 *
 * Repositories are plain objects of functions taking a handle first: `ReadDb` for queries,
 * `WriteDb` (only handed out inside `write`) for changes. The connection is synchronous and meant
 * for one thread (the core's worker).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log';
import { silentLogger } from '../log';
import { StoreError, toStoreError } from './errors';
import { Connection, type ReadDb, type WriteDb } from './handles';
import { rekeyDatabase } from './db-key';
import { openDatabase, removeRunningMarker, type OpenInfo, type OpenOptions } from './open';
import { REPOSITORIES, type Repositories } from './repos';
import { takeSnapshot, type StoreSnapshot } from './snapshot';

export const DB_FILE_NAME = 'shallot.db';

export interface Store extends Repositories {
  readonly path: string;
  readonly info: OpenInfo;
  readonly read: ReadDb;
  /** Runs `fn` in one transaction; it commits when `fn` returns and rolls back if it throws. */
  write<T>(fn: (tx: WriteDb) => T): T;
  /** Full quick_check now (e.g. from a diagnostics screen); true when the file is sound. */
  check(): boolean;
  /** Re-encrypts the file under a new 32-byte key (db-key.ts); from then on only that key opens it. */
  rekey(key: Uint8Array): void;
  /** A consistent in-memory copy of every table, for backups (snapshot.ts). Blocks while it copies. */
  snapshot(): StoreSnapshot;
  /** Closes the connection and records a clean shutdown. Idempotent. */
  close(): void;
}

export interface OpenStoreOptions extends OpenOptions {
  readonly dataDir: string;
  readonly key: Uint8Array;
  readonly logger?: Logger;
}

export function dbPath(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}

export function openStore(opts: OpenStoreOptions): Store {
  const log = (opts.logger ?? silentLogger).child('store');
  try {
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new StoreError('io', 'Could not create the data folder.', { cause: e });
  }
  const path = dbPath(opts.dataDir);
  const started = performance.now();
  const { db, info } = openDatabase(path, opts.key, log, opts);
  log.info('store opened', {
    ms: Math.round(performance.now() - started),
    created: info.created,
    unclean: info.uncleanShutdown,
    schema: info.schemaTo,
  });
  const conn = new Connection(db, log);
  let closed = false;
  return {
    path,
    info,
    read: conn.read,
    write: (fn) => conn.write(fn),
    check() {
      conn.assertOpen();
      try {
        const rows = db.pragma('quick_check') as { quick_check: string }[];
        return rows.length === 1 && rows[0]?.quick_check === 'ok';
      } catch (e) {
        throw toStoreError(e, 'check the database');
      }
    },
    rekey(key) {
      conn.assertOpen();
      rekeyDatabase(db, key, log);
    },
    snapshot() {
      conn.assertOpen();
      return takeSnapshot(db);
    },
    close() {
      if (closed) return;
      closed = true;
      conn.close();
      try {
        db.pragma('optimize');
        db.close();
      } catch (e) {
        throw toStoreError(e, 'close the database');
      }
      // Only after a successful close: a marker left behind means "check me next time".
      removeRunningMarker(path);
      log.info('store closed');
    },
    ...REPOSITORIES,
  };
}

export { StoreError, VaultError, type StoreErrorCode, type VaultErrorCode } from './errors';
export type { ReadDb, WriteDb, SqlValue, RunResult } from './handles';
export type { OpenInfo } from './open';
export type { RowFilter, SnapshotTable, StoreSnapshot } from './snapshot';
export { tableImport, type SetAside } from './table-import';
export { LATEST_VERSION } from './migrations';
export type { AccountRecord } from './repos/accounts';
export type { BackupScheduleRecord, NewBackupSchedule } from './repos/backup-schedule';
export type { AvatarRef, ContactRecord, ContactPatch } from './repos/contacts';
export type {
  ConversationId,
  ConversationKind,
  ConversationListItem,
  ConversationPatch,
  ConversationRecord,
  ExpireMode,
  RequestState,
} from './repos/conversations';
export {
  MESSAGE_TRANSITIONS,
  type AttachmentRef,
  type MessageRecord,
  type MessageState,
  type NewMessage,
  type PageCursor,
  type QuoteRef,
  type Reaction,
  type ReadMessage,
} from './repos/message-types';
export type { GroupPatch, GroupRecord, GroupState, NewGroup } from './repos/groups';
export {
  ATTACHMENT_STATES,
  type AttachmentPatch,
  type AttachmentState,
  type LocalFile,
  type NewAttachment,
  type StagedUpload,
  type StoredAttachment,
} from './repos/media';
export type { LastHash, SeenHash, SnodeRecord } from './repos/network-state';
export { backoffDelayMs, type NewOutboxJob, type OutboxJob } from './repos/outbox';
export { defineSetting, isBoolean, isNumber, isOneOf, isString, type SettingDef } from './repos/settings';
export {
  MAX_CHAT_MATCHES,
  SNIPPET_END,
  SNIPPET_START,
  type ChatMatch,
  type ChatMatches,
  type PersonRow,
  type SearchHit,
  type SearchOptions,
} from './repos/search';
