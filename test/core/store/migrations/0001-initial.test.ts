import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../../electron/core/store/migrations/0001-initial';
import { dbAt, tableNames } from './helpers';

describe('migration 0001-initial', () => {
  it('creates the base tables and indexes and sets user_version 1', () => {
    const db = dbAt(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const names = tableNames(db);
    for (const t of [
      'account',
      'contacts',
      'conversations',
      'messages',
      'reactions',
      'attachments',
      'snode_pool',
      'swarms',
      'guard_nodes',
      'last_hashes',
      'seen_hashes',
      'outbox',
      'settings',
      'counters',
      'messages_id',
      'messages_unread',
      'messages_server_hash',
      'conversations_list',
    ]) {
      expect(names).toContain(t);
    }
    expect(names).not.toContain('messages_fts');
    db.close();
  });

  it('is idempotent: running the step again changes nothing and keeps data', () => {
    const db = dbAt(1);
    db.prepare("INSERT INTO conversations (id, kind, created_at) VALUES ('c', 'direct', 1)").run();
    const before = tableNames(db);
    migration0001.up(db);
    expect(tableNames(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM conversations').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT value FROM counters WHERE name = 'message_id'").get()).toEqual({ value: 0 });
    db.close();
  });

  it('enforces the seed length and one account per database', () => {
    const db = dbAt(1);
    const ins = db.prepare('INSERT INTO account (id, session_id, seed, created_at) VALUES (1, ?, ?, 1)');
    expect(() => ins.run('05aa', Buffer.alloc(20))).toThrow();
    ins.run('05aa', Buffer.alloc(32));
    expect(() =>
      db
        .prepare("INSERT INTO account (id, session_id, seed, created_at) VALUES (2, 'x', ?, 1)")
        .run(Buffer.alloc(16)),
    ).toThrow();
    db.close();
  });
});
