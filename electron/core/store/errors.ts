import { ShallotError } from '../errors';

/**
 * Failures of the encrypted database. `wrong-key` is what SQLCipher reports for a key that does not
 * decrypt page 1 — indistinguishable from a file of random bytes, so the message says both.
 */
export type StoreErrorCode =
  | 'wrong-key'
  | 'corrupt'
  | 'newer-schema'
  | 'locked'
  | 'io'
  | 'closed'
  | 'not-found'
  | 'constraint'
  | 'illegal-transition'
  | 'migration-failed'
  | 'invalid';

export class StoreError extends ShallotError<StoreErrorCode> {}

export type VaultErrorCode =
  | 'wrong-password'
  | 'no-vault'
  | 'vault-exists'
  | 'corrupt-vault'
  | 'keychain-unavailable'
  | 'weak-password'
  | 'wrong-kind'
  | 'io';

export class VaultError extends ShallotError<VaultErrorCode> {}

interface SqliteLike {
  code?: unknown;
}

function sqliteCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as SqliteLike).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps an exception thrown by better-sqlite3 to a StoreError. The SQL text and parameters are never
 * copied into the message: parameters may be message bodies or keys.
 */
export function toStoreError(e: unknown, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const code = sqliteCode(e) ?? '';
  const cause = { cause: e };
  if (code === 'SQLITE_NOTADB') {
    return new StoreError(
      'wrong-key',
      `Could not ${doing}: the key does not open this database, or the file is not a Shallot database.`,
      cause,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError('corrupt', `Could not ${doing}: the database file is damaged.`, cause);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('locked', `Could not ${doing}: the database is in use by another process.`, cause);
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new StoreError(
      'constraint',
      `Could not ${doing}: a uniqueness or reference rule was broken (${code}).`,
      cause,
    );
  }
  if (
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_FULL' ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM'
  ) {
    return new StoreError('io', `Could not ${doing}: the disk refused the operation (${code}).`, cause);
  }
  if (code === 'SQLITE_FORMAT') {
    return new StoreError('corrupt', `Could not ${doing}: the database file is damaged.`, cause);
  }
  if (
    !code.startsWith('SQLITE_') ||
    code === 'SQLITE_ERROR' ||
    code === 'SQLITE_RANGE' ||
    code === 'SQLITE_MISMATCH'
  ) {
    // A bad statement or a bad binding: a programming error, not the disk's fault.
    return new StoreError(
      'invalid',
      `Could not ${doing}: the query was rejected${code ? ` (${code})` : ''}.`,
      cause,
    );
  }
  return new StoreError('io', `Could not ${doing} (${code}).`, cause);
}

/** True for an exception raised by SQLite itself (as opposed to caller code inside a transaction). */
export function isSqliteError(e: unknown): boolean {
  return (sqliteCode(e) ?? '').startsWith('SQLITE_');
}
