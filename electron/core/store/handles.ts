import type Database from 'better-sqlite3-multiple-ciphers';
import type { Logger } from '../log';
import { isSqliteError, StoreError, toStoreError } from './errors';

/**
 * Branded database handles. Repositories take a `ReadDb` for queries and a `WriteDb` for changes;
 * a `WriteDb` exists only inside `store.write(tx => …)`, so a write outside a transaction, or
 * through a read handle, does not compile.
 */
export type SqlValue = string | number | bigint | Uint8Array | null;

export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number;
}

export interface ReadDb {
  readonly __read: true;
  get<T>(sql: string, ...params: readonly SqlValue[]): T | undefined;
  all<T>(sql: string, ...params: readonly SqlValue[]): T[];
}

export interface WriteDb extends ReadDb {
  readonly __write: true;
  run(sql: string, ...params: readonly SqlValue[]): RunResult;
  /**
   * Runs `fn` in a savepoint of this transaction: if it throws, only its own changes are undone and
   * the error passes on (one bad message of an inbox batch must not undo the others).
   */
  savepoint<T>(fn: () => T): T;
}

/** Queries slower than this are logged (by SQL text only; parameters may be secrets or content). */
export const SLOW_QUERY_MS = 40;

type Stmt = Database.Statement<unknown[], unknown>;

function bindable(params: readonly SqlValue[]): unknown[] {
  // better-sqlite3 binds Buffers as blobs but rejects a plain Uint8Array.
  return params.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p,
  );
}

/** Shortens SQL for a log line: one line, bounded length. */
function sqlForLog(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

/**
 * Owns the prepared-statement cache and times every execution. One instance per connection;
 * the read and write handles are two typed views of it.
 */
export class Connection {
  private readonly statements = new Map<string, Stmt>();
  private closed = false;
  readonly read: ReadDb;

  constructor(
    readonly db: Database.Database,
    private readonly log: Logger,
    private readonly slowMs: number = SLOW_QUERY_MS,
  ) {
    this.read = Object.freeze({
      __read: true as const,
      get: <T>(sql: string, ...params: readonly SqlValue[]): T | undefined => this.get<T>(sql, params),
      all: <T>(sql: string, ...params: readonly SqlValue[]): T[] => this.all<T>(sql, params),
    });
  }

  private get<T>(sql: string, params: readonly SqlValue[]): T | undefined {
    return this.exec(sql, params, (s, p) => s.get(...p) as T | undefined);
  }

  private all<T>(sql: string, params: readonly SqlValue[]): T[] {
    return this.exec(sql, params, (s, p) => s.all(...p) as T[]);
  }

  /**
   * A write handle valid for one transaction only: kept past its `write()` (captured by a callback,
   * stored in a field) it throws instead of writing outside any transaction.
   */
  private writeHandle(): { handle: WriteDb; end: () => void } {
    let open = true;
    const live = (): void => {
      if (!open) throw new StoreError('closed', 'This write handle belongs to a transaction that has ended.');
    };
    const handle: WriteDb = Object.freeze({
      __read: true as const,
      __write: true as const,
      get: <T>(sql: string, ...params: readonly SqlValue[]): T | undefined => {
        live();
        return this.get<T>(sql, params);
      },
      all: <T>(sql: string, ...params: readonly SqlValue[]): T[] => {
        live();
        return this.all<T>(sql, params);
      },
      run: (sql: string, ...params: readonly SqlValue[]): RunResult => {
        live();
        return this.exec(sql, params, (s, p) => {
          const r = s.run(...p);
          return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
        });
      },
      savepoint: <T>(fn: () => T): T => {
        live();
        // better-sqlite3 runs a transaction function called inside a transaction as a SAVEPOINT.
        return this.db.transaction(fn)();
      },
    });
    return { handle, end: () => (open = false) };
  }

  private prepare(sql: string): Stmt {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      try {
        stmt = this.db.prepare(sql);
      } catch (e) {
        throw toStoreError(e, 'prepare a query');
      }
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private exec<R>(sql: string, params: readonly SqlValue[], fn: (s: Stmt, p: unknown[]) => R): R {
    this.assertOpen();
    const stmt = this.prepare(sql);
    const start = performance.now();
    let result: R;
    try {
      result = fn(stmt, bindable(params));
    } catch (e) {
      throw toStoreError(e, 'run a query');
    }
    const ms = performance.now() - start;
    if (ms > this.slowMs) this.log.warn('slow query', { sql: sqlForLog(sql), ms: Math.round(ms) });
    return result;
  }

  assertOpen(): void {
    if (this.closed || !this.db.open) throw new StoreError('closed', 'The database is closed.');
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction (taking the write lock up front, so a transaction never
   * fails half-way on an upgrade from a read lock). `fn` must be synchronous: a promise would let
   * the transaction commit before the awaited work ran.
   */
  write<T>(fn: (tx: WriteDb) => T): T {
    this.assertOpen();
    const { handle, end } = this.writeHandle();
    const tx = this.db.transaction(() => {
      const out = fn(handle);
      if (out instanceof Promise) {
        throw new StoreError(
          'invalid',
          'store.write() takes a synchronous function; await outside the transaction.',
        );
      }
      return out;
    });
    try {
      return tx.immediate();
    } catch (e) {
      // Caller errors pass through untouched; only SQLite's own failures become StoreErrors.
      if (isSqliteError(e)) throw toStoreError(e, 'write to the database');
      throw e;
    } finally {
      end();
    }
  }

  close(): void {
    this.closed = true;
    this.statements.clear();
  }
}
