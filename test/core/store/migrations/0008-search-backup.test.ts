import { describe, expect, it } from 'vitest';
import { migration0008 } from '../../../../electron/core/store/migrations/0008-search-backup';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { silentLogger } from '../../../../electron/core/log';
import { addConversation, addMessage, dbAt, ftsMatches as matches, tableNames } from './helpers';

function integrityCheck(db: ReturnType<typeof dbAt>): void {
  db.prepare("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe('migration 0008-search-backup', () => {
  it('re-indexes the messages of the 0002 index with the new text function', () => {
    const db = dbAt(3);
    addConversation(db);
    addMessage(db, 1, '我喜欢喝咖啡');
    addMessage(db, 2, null);
    addMessage(db, 3, 'plain words');
    // The old index cannot find a word inside CJK text.
    expect(matches(db, '"咖啡"')).toEqual([]);
    migrate(db, silentLogger, MIGRATIONS, 8);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'messages_fts',
        'messages_fts_insert',
        'messages_fts_delete',
        'messages_fts_update',
      ]),
    );
    expect(matches(db, '"咖\u200b啡"')).toEqual([1]);
    expect(matches(db, 'plain')).toEqual([3]);
    integrityCheck(db);
    db.close();
  });

  it('keeps the index in step on insert, update and delete', () => {
    const db = dbAt(8);
    addConversation(db);
    addMessage(db, 1, 'alpha beta');
    addMessage(db, 2, 'beta 😀');
    addMessage(db, 3, null);
    expect(matches(db, 'beta')).toEqual([1, 2]);
    expect(matches(db, '"😀"')).toEqual([2]);
    db.prepare("UPDATE messages SET body = 'delta' WHERE id = 1").run();
    db.prepare("UPDATE messages SET body = 'beta again' WHERE id = 3").run();
    db.prepare("UPDATE messages SET state = 'unread' WHERE id = 2").run();
    expect(matches(db, 'beta')).toEqual([2, 3]);
    db.prepare('DELETE FROM messages WHERE id = 2').run();
    expect(matches(db, 'beta')).toEqual([3]);
    expect(matches(db, '"😀"')).toEqual([]);
    expect(matches(db, 'cid : 1 AND delta')).toEqual([1]);
    // A body that becomes NULL leaves the index (a deleted message's placeholder).
    db.prepare('UPDATE messages SET body = NULL WHERE id = 1').run();
    expect(matches(db, 'delta')).toEqual([]);
    integrityCheck(db);
    db.close();
  });

  it('is idempotent', () => {
    const db = dbAt(8);
    addConversation(db);
    addMessage(db, 1, 'once only');
    const before = tableNames(db);
    migration0008.up(db);
    expect(tableNames(db)).toEqual(before);
    expect(matches(db, 'once')).toEqual([1]);
    integrityCheck(db);
    db.close();
  });
});
