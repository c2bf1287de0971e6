/**
 * Changing and testing the database's key, for the vault's journaled key moves
 * (`store/vault/journal.ts`).
 *
 * SQLite3MultipleCiphers 2.3 refuses `PRAGMA rekey` in WAL mode, so a re-key folds the WAL into
 * the file, re-encrypts every page under a rollback journal, and goes back to WAL. The rollback
 * journal is written under the OLD key (the codec's read key): a crash in the middle leaves a hot
 * journal that the old key rolls back on its next open, so the file is always wholly under one key,
 * old until the commit and new after it.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { toHex } from '../crypto/bytes';
import type { Logger } from '../log';
import { StoreError, toStoreError } from './errors';
import { applyKey, DB_KEY_BYTES, safeClose } from './open';

function requireKeyLength(key: Uint8Array): void {
  if (key.length !== DB_KEY_BYTES) {
    throw new StoreError('invalid', `A database key is ${DB_KEY_BYTES} bytes long.`);
  }
}

/**
 * Re-encrypts the open database `db` under `key`, in one transaction. When it returns, the file
 * opens with `key` only; when it throws, nothing changed and the old key still opens it.
 */
export function rekeyDatabase(db: Database.Database, key: Uint8Array, log: Logger): void {
  requireKeyLength(key);
  if (db.inTransaction)
    throw new StoreError('invalid', 'The database cannot be re-keyed inside a transaction.');
  const started = performance.now();
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${toHex(key)}'"`);
  } catch (e) {
    restoreWal(db, log);
    throw toStoreError(e, 're-key the database');
  }
  restoreWal(db, log);
  log.info('database re-keyed', { ms: Math.round(performance.now() - started) });
}

/** WAL is a performance choice, not a safety one: failing to go back to it is logged, not thrown. */
function restoreWal(db: Database.Database, log: Logger): void {
  try {
    db.pragma('journal_mode = WAL');
  } catch (e) {
    log.warn('could not switch the database back to WAL', { code: (e as { code?: string }).code });
  }
}

/**
 * What a key does to the database at `path`, found by opening it the way `openDatabase` does and
 * reading page 1. Only 'opens' is proof of anything: a vault journal destroys a key only after
 * another one was seen to open the file. A wrong key changes nothing on disk, even with a hot
 * journal left by a crash (its pages fail the HMAC under the wrong key, so nothing is played back).
 */
export type KeyProbe = 'opens' | 'wrong-key' | 'missing' | 'busy' | 'error';

export function probeDatabaseKey(path: string, key: Uint8Array): KeyProbe {
  requireKeyLength(key);
  if (!existsSync(path) || statSync(path).size === 0) return 'missing';
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 0 });
    applyKey(db, key);
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return 'opens';
  } catch (e) {
    const code = toStoreError(e, 'probe the database').code;
    return code === 'wrong-key' ? 'wrong-key' : code === 'locked' ? 'busy' : 'error';
  } finally {
    if (db) safeClose(db);
  }
}
