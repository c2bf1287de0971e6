import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { silentLogger } from '../../../../electron/core/log';
import { StoreError } from '../../../../electron/core/store';
import { migrate } from '../../../../electron/core/store/migrate';
import {
  checkMigrations,
  LATEST_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../../../electron/core/store/migrations';

const step = (version: number, name = `step ${version}`, log: number[] = []): Migration => ({
  version,
  name,
  up: () => void log.push(version),
});

describe('the migration runner', () => {
  it('knows its steps in increasing order, the latest being the last one', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('refuses steps out of order, repeated or without a positive version', () => {
    for (const bad of [[step(2), step(1)], [step(1), step(1)], [step(0)], [step(1.5)]]) {
      expect(() => checkMigrations(bad)).toThrowError(expect.objectContaining({ code: 'invalid' }));
      expect(() => migrate(new Database(':memory:'), silentLogger, bad)).toThrowError(
        expect.objectContaining({ code: 'invalid' }),
      );
    }
  });

  it('allows a gap in the numbers and runs the steps it has in order', () => {
    const log: number[] = [];
    const db = new Database(':memory:');
    expect(migrate(db, silentLogger, [step(1, 'a', log), step(4, 'd', log), step(7, 'g', log)])).toEqual({
      from: 0,
      to: 7,
    });
    expect(log).toEqual([1, 4, 7]);
    db.close();
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
