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
