import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { CONVERSATION_SQL } from '../../../electron/core/store/repos/conversations';
import { MESSAGE_SQL } from '../../../electron/core/store/repos/messages';
import { SEARCH_SQL } from '../../../electron/core/store/repos/search';
import { convId, freshStore, incoming, rawConnection } from './helpers';

/**
 * Every query a UI path runs must reach messages through an index: a full scan of the messages
 * table is 4–5× slower under SQLCipher and grows with history. Plans are checked on a store with
 * data and again after ANALYZE, since statistics can change the planner's mind.
 */
const UI_QUERIES: Record<string, string> = {
  'conversation list': CONVERSATION_SQL.list,
  'conversation by id': CONVERSATION_SQL.get,
  'conversation cid': CONVERSATION_SQL.cid,
  'unread counts': CONVERSATION_SQL.unreadCounts,
  'unread badge': CONVERSATION_SQL.unreadTotal,
  'page newest': MESSAGE_SQL.pageNewest,
  'page older': MESSAGE_SQL.pageBefore,
  'page newer': MESSAGE_SQL.pageAfter,
  'message by id': MESSAGE_SQL.get,
  'attachments of a page': MESSAGE_SQL.attachmentsOf,
  'reactions of a page': MESSAGE_SQL.reactionsOf,
  'message by server hash': MESSAGE_SQL.byServerHash,
  'dedupe by sender+time': MESSAGE_SQL.bySenderSentAt,
  'first unread': MESSAGE_SQL.firstUnread,
  'unread indexed count': MESSAGE_SQL.unreadIndexed,
  search: SEARCH_SQL,
};

let raw: Database.Database;
let cleanup: () => void;

beforeAll(() => {
  const f = freshStore();
  const s = f.store;
  s.write((tx) => {
    for (let c = 1; c <= 20; c++) {
      s.conversations.ensure(tx, { id: convId(c), kind: 'direct', now: 1 });
      for (let i = 0; i < 50; i++)
        s.messages.insert(tx, incoming(convId(c), i, `word${i % 7} text`, { serverHash: `h${c}-${i}` }));
    }
  });
  // The store holds its file exclusively: close it, then inspect plans on a raw connection.
  s.close();
  cleanup = f.done;
  raw = rawConnection(s.path, f.key);
});

afterAll(() => {
  raw.close();
  cleanup();
});

function plan(sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map((_, i) => (sql.includes('json_each') && i === 0 ? '[1,2]' : 1));
  return (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

describe('query plans of UI paths', () => {
  for (const analyzed of [false, true]) {
    describe(analyzed ? 'after ANALYZE' : 'fresh statistics', () => {
      beforeAll(() => {
        if (analyzed) raw.exec('ANALYZE');
      });
      for (const [name, sql] of Object.entries(UI_QUERIES)) {
        it(`${name} never scans messages`, () => {
          const steps = plan(sql);
          expect(steps.filter((d) => /^SCAN (m|messages)\b/.test(d))).toEqual([]);
          const touchesMessages = /\bFROM messages\b/.test(sql) || /JOIN messages\b/.test(sql);
          if (touchesMessages) {
            expect(
              steps.some((d) =>
                /^SEARCH (m|messages) USING (INDEX|COVERING INDEX|PRIMARY KEY|INTEGER PRIMARY KEY)/.test(d),
              ),
            ).toBe(true);
          }
        });
      }
    });
  }

  it('pages do not sort (the index gives the order)', () => {
    for (const sql of [MESSAGE_SQL.pageNewest, MESSAGE_SQL.pageBefore, MESSAGE_SQL.pageAfter]) {
      expect(plan(sql).some((d) => d.includes('TEMP B-TREE'))).toBe(false);
    }
  });

  it('search walks FTS in rowid order instead of sorting every match', () => {
    const steps = plan(SEARCH_SQL);
    expect(steps.some((d) => /SCAN messages_fts VIRTUAL TABLE/.test(d))).toBe(true);
    expect(steps.some((d) => d.includes('TEMP B-TREE'))).toBe(false);
  });
});
