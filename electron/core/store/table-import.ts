/**
 * Writes whole tables by name, for a restore into a fresh database: the backup names its tables and
 * columns, and a restore checks each name against the schema before any SQL is made of it (names
 * are also quoted, so nothing a file says can become SQL). Not a repository: it knows no table.
 */
import type { ReadDb, SqlValue, WriteDb } from './handles';
import { quoteIdent } from './snapshot';

/** The triggers and indexes set aside while tables are filled (their SQL, to create them again). */
export interface SetAside {
  readonly statements: readonly string[];
}

export const tableImport = {
  /**
   * Drops every trigger and every explicit non-unique index, for filling a fresh database in bulk: triggers
   * must not fire for rows that are a copy of their own results, and an index built once from
   * sorted data costs a fraction of one kept up row by row. `restoreSchema` puts them back.
   */
  setAside(tx: WriteDb): SetAside {
    const rows = tx.all<{ type: string; name: string; sql: string }>(
      // Unique indexes stay: foreign keys need them, and they keep refusing duplicate rows.
      "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'index') AND sql IS NOT NULL " +
        "AND sql NOT LIKE 'CREATE UNIQUE INDEX%'",
    );
    for (const r of rows) tx.run(`DROP ${r.type === 'trigger' ? 'TRIGGER' : 'INDEX'} ${quoteIdent(r.name)}`);
    // Indexes first: a trigger may rely on one.
    return {
      statements: [
        ...rows.filter((r) => r.type === 'index'),
        ...rows.filter((r) => r.type === 'trigger'),
      ].map((r) => r.sql),
    };
  },

  /** Creates the set-aside indexes and triggers again and rebuilds every FTS5 index from its content. */
  restoreSchema(tx: WriteDb, aside: SetAside): void {
    for (const sql of aside.statements) tx.run(sql);
    // External-content FTS5 tables only: their index is derived, so rebuilding it loses nothing.
    const fts = tx
      .all<{ name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'",
      )
      .filter((t) => /content\s*=\s*'[^']+'/iu.test(t.sql));
    for (const t of fts)
      tx.run(`INSERT INTO ${quoteIdent(t.name)} (${quoteIdent(t.name)}) VALUES ('rebuild')`);
  },

  /** The ordinary columns of `table`, or undefined when no such table exists. */
  columns(db: ReadDb, table: string): string[] | undefined {
    const exists = db.get<{ n: number }>(
      `SELECT count(*) AS n FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name = ?`,
      table,
    );
    if (!exists || exists.n === 0) return undefined;
    return db
      .all<{ name: string; hidden: number }>('SELECT name, hidden FROM pragma_table_xinfo(?)', table)
      .filter((c) => c.hidden === 0)
      .map((c) => c.name);
  },

  /** Empties a table (a fresh database's defaults make way for the backup's rows). */
  clear(tx: WriteDb, table: string): void {
    tx.run(`DELETE FROM ${quoteIdent(table)}`);
  },

  /** Inserts rows whose values are in `columns` order. */
  insert(
    tx: WriteDb,
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): void {
    const sql =
      `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`;
    for (const row of rows) tx.run(sql, ...row);
  },

  /** Foreign keys no row satisfies, as `table` names (empty when every reference holds). */
  brokenReferences(db: ReadDb): string[] {
    return db
      .all<{ table: string }>('SELECT DISTINCT "table" FROM pragma_foreign_key_check')
      .map((r) => r.table);
  },
};
