import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/core/log';
import { StoreError, type ReadDb, type WriteDb } from '../../../electron/core/store';
import { Connection } from '../../../electron/core/store/handles';
import { convId, freshStore } from './helpers';

let done: (() => void) | undefined;
afterEach(() => {
  done?.();
  done = undefined;
});

describe('read and write handles', () => {
  it('does not let a write go through a read handle (compile-time)', () => {
    const f = freshStore();
    done = f.done;
    const s = f.store;
    /* eslint-disable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- deliberate type errors */
    const writeThrough = (db: ReadDb) =>
      // @ts-expect-error ReadDb has no run(): writes need the WriteDb of store.write().
      db.run('DELETE FROM settings');
    const ensureThrough = (db: ReadDb) =>
      // @ts-expect-error repository writes accept only a WriteDb.
      s.conversations.ensure(db, { id: convId(1), kind: 'direct', now: 1 });
    const fine = (tx: WriteDb) => s.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
    expect(() => writeThrough(s.read)).toThrow(TypeError);
    /* eslint-enable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call */
    expect(typeof ensureThrough).toBe('function');
    expect(s.write(fine).id).toBe(convId(1));
  });

  it('refuses an async transaction body and rolls it back', () => {
    const f = freshStore();
    done = f.done;
    const s = f.store;
    expect(() =>
      s.write((tx) => {
        s.conversations.ensure(tx, { id: convId(2), kind: 'direct', now: 1 });
        return Promise.resolve();
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid' }));
    expect(s.conversations.get(s.read, convId(2))).toBeUndefined();
  });

  it('refuses a write handle kept past its transaction', () => {
    const f = freshStore();
    done = f.done;
    const s = f.store;
    let kept: WriteDb | undefined;
    s.write((tx) => {
      kept = tx;
    });
    for (const use of [
      () => kept!.run('DELETE FROM settings'),
      () => kept!.get('SELECT 1'),
      () => s.conversations.ensure(kept!, { id: convId(3), kind: 'direct', now: 1 }),
    ]) {
      expect(use).toThrowError(expect.objectContaining({ code: 'closed' }));
    }
    expect(s.conversations.get(s.read, convId(3))).toBeUndefined();
    // The next transaction gets a live handle of its own.
    expect(s.write((tx) => s.conversations.ensure(tx, { id: convId(3), kind: 'direct', now: 1 })).id).toBe(
      convId(3),
    );
  });

  it('undoes only a savepoint that threw, keeping the rest of the transaction', () => {
    const f = freshStore();
    done = f.done;
    const s = f.store;
    s.write((tx) => {
      s.conversations.ensure(tx, { id: convId(4), kind: 'direct', now: 1 });
      expect(() =>
        tx.savepoint(() => {
          s.conversations.ensure(tx, { id: convId(5), kind: 'direct', now: 1 });
          throw new Error('bad message');
        }),
      ).toThrow('bad message');
      expect(
        tx.savepoint(() => s.conversations.ensure(tx, { id: convId(6), kind: 'direct', now: 1 }).id),
      ).toBe(convId(6));
    });
    expect([4, 5, 6].map((n) => s.conversations.get(s.read, convId(n)) !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('passes caller errors through untouched and wraps SQLite errors', () => {
    const f = freshStore();
    done = f.done;
    const s = f.store;
    class Mine extends Error {}
    expect(() =>
      s.write(() => {
        throw new Mine('x');
      }),
    ).toThrow(Mine);
    expect(() => s.read.get('SELECT * FROM no_such_table')).toThrowError(
      expect.objectContaining({ code: 'invalid' }),
    );
    expect(() => s.read.get('SELECT ?', {} as unknown as string)).toThrowError(StoreError);
  });

  it('logs slow queries by SQL text only, never their parameters', () => {
    const lines: string[] = [];
    const db = new Database(':memory:');
    const conn = new Connection(
      db,
      createLogger('t', 'debug', (l) => lines.push(l)),
      -1,
    );
    conn.write((tx) => tx.run('CREATE TABLE t (secret TEXT)'));
    conn.write((tx) => tx.run('INSERT INTO t VALUES (?)', 'hunter2-secret-body'));
    expect(
      conn.read.get<{ secret: string }>('SELECT secret FROM t WHERE secret = ?', 'hunter2-secret-body')
        ?.secret,
    ).toBe('hunter2-secret-body');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.includes('slow query') && !l.includes('hunter2'))).toBe(true);
    expect(lines.some((l) => l.includes('SELECT secret FROM t WHERE secret = ?'))).toBe(true);
    conn.close();
    db.close();
  });
});
