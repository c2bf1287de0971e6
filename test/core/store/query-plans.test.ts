import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { REPOSITORIES, REPOSITORY_SQL } from '../../../electron/core/store/repos';
import { MESSAGE_SQL } from '../../../electron/core/store/repos/messages';
import { SEARCH_SQL } from '../../../electron/core/store/repos/search';
import { convId, freshStore, incoming, rawConnection } from './helpers';

/**
 * Every statement a repository runs must reach messages through an index: a full scan of the
 * messages table is 4–5× slower under SQLCipher and grows with history. The statements come from
 * the repositories themselves (each exports its SQL; `REPOSITORY_SQL` gathers them), so a new query
 * cannot escape this test. Plans are checked on a store with data and again after ANALYZE, since
 * statistics can change the planner's mind.
 */
const STATEMENTS: [string, string][] = Object.entries(REPOSITORY_SQL).flatMap(([repo, sql]) =>
  Object.entries(sql).map(([name, text]): [string, string] => [`${repo}.${name}`, text]),
);

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

/** Placeholder values: a JSON list where the statement reads one with json_each, else 1. */
function params(sql: string): unknown[] {
  return [...sql.matchAll(/json_each\(\?\)|\?/g)].map((m) => (m[0] === '?' ? 1 : '[1,2]'));
}

function plan(sql: string): string[] {
  return (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params(sql)) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

describe('query plans of every repository statement', () => {
  it('covers every repository of the store', () => {
    expect(Object.keys(REPOSITORY_SQL).sort()).toEqual(Object.keys(REPOSITORIES).sort());
    expect(STATEMENTS.length).toBeGreaterThan(60);
  });

  for (const analyzed of [false, true]) {
    describe(analyzed ? 'after ANALYZE' : 'fresh statistics', () => {
      beforeAll(() => {
        if (analyzed) raw.exec('ANALYZE');
      });
      for (const [name, sql] of STATEMENTS) {
        it(`${name} never scans messages`, () => {
          const steps = plan(sql);
          expect(steps.filter((d) => /^SCAN (m|messages)\b/.test(d))).toEqual([]);
          const touchesMessages = /\b(FROM|JOIN|UPDATE) messages\b/.test(sql);
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
