import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration0005 } from '../../../../electron/core/store/migrations/0005-config-sync';
import { dbAt, tableNames } from './helpers';

type Db = ReturnType<typeof dbAt>;

function columns(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map(
    (r) => r.name,
  );
}

const ME = `05${'cd'.repeat(32)}`;
const PEER = `05${'ab'.repeat(32)}`;

describe('migration 0005-config-sync', () => {
  it('keeps the account and conversations and adds the config tables and columns', () => {
    const db = dbAt(4);
    db.prepare(
      "INSERT INTO account (id, session_id, seed, display_name, created_at) VALUES (1, ?, ?, 'Me', 1)",
    ).run(ME, Buffer.alloc(16, 7));
    db.prepare("INSERT INTO conversations (cid, id, kind, created_at) VALUES (1, ?, 'direct', 1)").run(PEER);
    migrate(db, silentLogger, MIGRATIONS, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['config_dumps', 'config_obsolete', 'config_pushed', 'config_pushed_age']),
    );
    expect(columns(db, 'account')).toEqual(expect.arrayContaining(['avatar_url', 'avatar_key']));
    expect(db.prepare('SELECT display_name, avatar_url, avatar_key FROM account').get()).toEqual({
      display_name: 'Me',
      avatar_url: null,
      avatar_key: null,
    });
    expect(db.prepare('SELECT id, last_read_at FROM conversations').get()).toEqual({
      id: PEER,
      last_read_at: 0,
    });
    db.close();
  });

  it('holds one dump per user-config namespace and nothing else', () => {
    const db = dbAt(5);
    const save = db.prepare('INSERT INTO config_dumps (namespace, dump) VALUES (?, ?)');
    for (const ns of [2, 3, 4, 5]) save.run(ns, Buffer.from([ns]));
    expect(() => save.run(3, Buffer.from([0]))).toThrow(/UNIQUE|PRIMARY/);
    expect(() => save.run(0, Buffer.from([0]))).toThrow(/CHECK/);
    expect(() => save.run(13, Buffer.from([0]))).toThrow(/CHECK/);
    expect(
      db.prepare('SELECT namespace, generation, merged_at FROM config_dumps ORDER BY namespace').all(),
    ).toEqual([2, 3, 4, 5].map((namespace) => ({ namespace, generation: 0, merged_at: 0 })));
    db.close();
  });

  it('is idempotent', () => {
    const db = dbAt(5);
    const before = [tableNames(db), columns(db, 'account'), columns(db, 'conversations')];
    migration0005.up(db);
    expect([tableNames(db), columns(db, 'account'), columns(db, 'conversations')]).toEqual(before);
    db.close();
  });
});
