import { describe, expect, it } from 'vitest';
import { migration0004 } from '../../../../electron/core/store/migrations/0004-messaging';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { silentLogger } from '../../../../electron/core/log';
import { dbAt, tableNames } from './helpers';

type Db = ReturnType<typeof dbAt>;

function columns(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map(
    (r) => r.name,
  );
}

const PEER = `05${'ab'.repeat(32)}`;

function seedV3(db: Db): void {
  db.prepare("INSERT INTO conversations (cid, id, kind, created_at) VALUES (1, ?, 'direct', 1)").run(PEER);
  db.prepare(
    "INSERT INTO messages (cid, sent_at, id, sender, outgoing, received_at, body, state) VALUES (1, 10, 1, ?, 0, 11, 'hi', 'unread')",
  ).run(PEER);
  db.prepare("INSERT INTO contacts (session_id, name, updated_at) VALUES (?, 'Bob', 1)").run(PEER);
}

describe('migration 0004-messaging', () => {
  it('keeps messages, contacts and conversations and adds the messaging columns', () => {
    const db = dbAt(3);
    seedV3(db);
    migrate(db, silentLogger, MIGRATIONS, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(columns(db, 'messages')).toEqual(
      expect.arrayContaining(['notice', 'sync_hash', 'wire', 'client_key', 'expire_started_at']),
    );
    expect(columns(db, 'contacts')).toContain('profile_updated_s');
    expect(columns(db, 'conversations')).toContain('marked_unread');
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'messages_author_sent',
        'messages_sync_hash',
        'messages_client_key',
        'conversations_requests',
      ]),
    );
    expect(db.prepare('SELECT body, notice, sync_hash, wire FROM messages').all()).toEqual([
      { body: 'hi', notice: null, sync_hash: null, wire: null },
    ]);
    expect(db.prepare('SELECT name, profile_updated_s FROM contacts').get()).toEqual({
      name: 'Bob',
      profile_updated_s: 0,
    });
    expect(db.prepare('SELECT marked_unread FROM conversations').get()).toEqual({ marked_unread: 0 });
    db.close();
  });

  it('refuses a second message with the same sync hash or idempotency key', () => {
    const db = dbAt(4);
    seedV3(db);
    const add = db.prepare(
      "INSERT INTO messages (cid, sent_at, id, sender, outgoing, received_at, body, state, sync_hash, client_key) VALUES (1, ?, ?, ?, 1, 0, 'x', 'sent', ?, ?)",
    );
    add.run(20, 2, PEER, 'h1', 'k1');
    expect(() => add.run(21, 3, PEER, 'h1', null)).toThrow(/UNIQUE/);
    expect(() => add.run(22, 4, PEER, null, 'k1')).toThrow(/UNIQUE/);
    add.run(23, 5, PEER, null, null);
    add.run(24, 6, PEER, null, null);
    expect(db.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 4 });
    db.close();
  });

  it('finds a message by its protocol identity through an index', () => {
    const db = dbAt(4);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM messages WHERE sender = ? AND sent_at = ?')
      .all(PEER, 1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/messages_author_sent/);
    db.close();
  });

  it('is idempotent', () => {
    const db = dbAt(4);
    const before = [tableNames(db), columns(db, 'messages'), columns(db, 'contacts')];
    migration0004.up(db);
    expect([tableNames(db), columns(db, 'messages'), columns(db, 'contacts')]).toEqual(before);
    db.close();
  });
});
