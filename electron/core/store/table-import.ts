/**
 * Writes whole tables by name, for a restore into a fresh database: the backup names its tables and
 * columns, and a restore checks each name against the schema before any SQL is made of it (names
 * are also quoted, so nothing a file says can become SQL). Not a repository: it knows no table.
 */
import type { ReadDb, SqlValue, WriteDb } from './handles';
import { quoteIdent } from './snapshot';

export const tableImport = {
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
