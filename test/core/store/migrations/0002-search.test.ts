import { describe, expect, it } from 'vitest';
import { migration0002 } from '../../../../electron/core/store/migrations/0002-search';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { silentLogger } from '../../../../electron/core/log';
import { addConversation, addMessage, dbAt, ftsMatches as matches, tableNames } from './helpers';

describe('migration 0002-search', () => {
  it('indexes messages that existed before the step (rebuild)', () => {
    const db = dbAt(1);
    addConversation(db);
    addMessage(db, 1, 'old pancake recipe');
    addMessage(db, 2, null);
    migrate(db, silentLogger, MIGRATIONS, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'messages_fts',
        'messages_fts_insert',
        'messages_fts_delete',
        'messages_fts_update',
      ]),
    );
    expect(matches(db, 'pancake')).toEqual([1]);
    db.close();
  });

  it('keeps the index in step on insert, update and delete (and passes the FTS integrity check)', () => {
    const db = dbAt(2);
    addConversation(db);
    addMessage(db, 1, 'alpha beta');
    addMessage(db, 2, 'beta gamma');
    addMessage(db, 3, null);
    expect(matches(db, 'beta')).toEqual([1, 2]);
    db.prepare("UPDATE messages SET body = 'delta' WHERE id = 1").run();
    db.prepare("UPDATE messages SET body = 'beta again' WHERE id = 3").run();
    db.prepare("UPDATE messages SET state = 'unread' WHERE id = 2").run();
    expect(matches(db, 'beta')).toEqual([2, 3]);
    db.prepare('DELETE FROM messages WHERE id = 2').run();
    expect(matches(db, 'beta')).toEqual([3]);
    expect(matches(db, 'cid : 1 AND delta')).toEqual([1]);
    db.prepare("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)").run();
    db.close();
  });

  it('is idempotent', () => {
    const db = dbAt(2);
    addConversation(db);
    addMessage(db, 1, 'once only');
    const before = tableNames(db);
    migration0002.up(db);
    expect(tableNames(db)).toEqual(before);
    expect(matches(db, 'once')).toEqual([1]);
    db.close();
  });
});
