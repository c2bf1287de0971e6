import { describe, expect, it } from 'vitest';
import { migration0003 } from '../../../../electron/core/store/migrations/0003-outbox-jobs';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { silentLogger } from '../../../../electron/core/log';
import { dbAt, tableNames } from './helpers';

function columns(db: ReturnType<typeof dbAt>): string[] {
  return (db.prepare("SELECT name FROM pragma_table_info('outbox')").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('migration 0003-outbox-jobs', () => {
  it('keeps queued jobs and adds keys, progress and dependencies', () => {
    const db = dbAt(2);
    db.prepare("INSERT INTO outbox (kind, next_attempt_at, created_at) VALUES ('send', 5, 1)").run();
    migrate(db, silentLogger, MIGRATIONS, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(columns(db)).toEqual(expect.arrayContaining(['key', 'progress']));
    expect(tableNames(db)).toEqual(expect.arrayContaining(['outbox_deps', 'outbox_key', 'outbox_deps_on']));
    expect(db.prepare('SELECT kind, key, progress, next_attempt_at FROM outbox').all()).toEqual([
      { kind: 'send', key: null, progress: null, next_attempt_at: 5 },
    ]);
    // New jobs are numbered after the ones already queued, from a counter that never goes back.
    expect(db.prepare("SELECT value FROM counters WHERE name = 'outbox_id'").get()).toEqual({ value: 1 });
    db.close();
  });

  it('lets a key be queued once, and frees it when the job leaves', () => {
    const db = dbAt(3);
    const add = db.prepare(
      "INSERT INTO outbox (kind, key, next_attempt_at, created_at) VALUES ('push', ?, 0, 0)",
    );
    add.run('contacts');
    expect(() => add.run('contacts')).toThrow(/UNIQUE/);
    add.run(null);
    add.run(null);
    db.prepare("DELETE FROM outbox WHERE key = 'contacts'").run();
    add.run('contacts');
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 3 });
    db.close();
  });

  it('drops a dependency edge with the job it points at, and refuses a job waiting for itself', () => {
    const db = dbAt(3);
    const add = db.prepare(
      "INSERT INTO outbox (id, kind, next_attempt_at, created_at) VALUES (?, 'k', 0, 0)",
    );
    add.run(1);
    add.run(2);
    db.prepare('INSERT INTO outbox_deps (job, depends_on) VALUES (2, 1)').run();
    expect(() => db.prepare('INSERT INTO outbox_deps (job, depends_on) VALUES (1, 1)').run()).toThrow(
      /CHECK/,
    );
    db.prepare('DELETE FROM outbox WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM outbox_deps').get()).toEqual({ n: 0 });
    db.close();
  });

  it('is idempotent', () => {
    const db = dbAt(3);
    const before = [tableNames(db), columns(db)];
    migration0003.up(db);
    expect([tableNames(db), columns(db)]).toEqual(before);
    db.close();
  });
});
