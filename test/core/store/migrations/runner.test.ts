import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { silentLogger } from '../../../../electron/core/log';
import { StoreError } from '../../../../electron/core/store';
import { migrate } from '../../../../electron/core/store/migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../../electron/core/store/migrations';

describe('the migration runner', () => {
  it('numbers steps 1..N with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('applies every step once and is a no-op the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db, silentLogger)).toEqual({ from: 0, to: LATEST_VERSION });
    expect(migrate(db, silentLogger)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    db.close();
  });

  it('rolls a failing step back whole, version included', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    let caught: unknown;
    try {
      migrate(db, silentLogger, [...MIGRATIONS, broken]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).code).toBe('migration-failed');
    expect(((caught as StoreError).cause as Error).message).toBe('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('refuses a newer schema with a typed error', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    expect(() => migrate(db, silentLogger)).toThrowError(StoreError);
    try {
      migrate(db, silentLogger);
    } catch (e) {
      expect((e as StoreError).code).toBe('newer-schema');
    }
    db.close();
  });
});
