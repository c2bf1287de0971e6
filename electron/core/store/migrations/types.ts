import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * One schema step. `up` runs inside the runner's transaction together with the `user_version`
 * bump, so a step is applied whole or not at all; every statement is written to be safe to run
 * twice (IF NOT EXISTS), so a step is also idempotent by itself.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
