import type Database from 'better-sqlite3-multiple-ciphers';
import type { Logger } from '../log';
import { isSqliteError, StoreError, toStoreError } from './errors';
import { checkMigrations, LATEST_VERSION, latestVersion, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  const v = db.pragma('user_version', { simple: true });
  return typeof v === 'number' ? v : Number(v);
}

export function newerSchemaError(found: number, known: number): StoreError {
  return new StoreError(
    'newer-schema',
    `This database was written by a newer version of Shallot (schema ${found}; this version knows up to ${known}). ` +
      'Update Shallot to open it; the file was not changed.',
  );
}

/**
 * Brings the schema forward to `target` (default: the latest), one transaction per step, the
 * version bump inside the step's transaction. Forward only: a database ahead of this code is
 * refused before anything is written.
 */
export function migrate(
  db: Database.Database,
  log: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = latestVersion(migrations),
): { from: number; to: number } {
  // A list given by a caller (tests, a future plug-in step) gets the same order check as ours.
  checkMigrations(migrations);
  const from = schemaVersion(db);
  const known = Math.max(LATEST_VERSION, target);
  if (from > known) throw newerSchemaError(from, known);
  for (const m of migrations) {
    if (m.version > target) break;
    const step = db.transaction(() => {
      // Re-read inside the write lock: another connection may have run this step meanwhile.
      if (schemaVersion(db) >= m.version) return false;
      m.up(db);
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
      return true;
    });
    try {
      if (step.immediate()) log.info('schema migrated', { version: m.version, name: m.name });
    } catch (e) {
      if (isSqliteError(e) && !(e as { code: string }).code.startsWith('SQLITE_ERROR')) {
        throw toStoreError(e, `apply schema step ${m.version} (${m.name})`);
      }
      throw new StoreError(
        'migration-failed',
        `Schema step ${m.version} (${m.name}) failed; nothing was changed.`,
        {
          cause: e,
        },
      );
    }
  }
  return { from, to: schemaVersion(db) };
}
