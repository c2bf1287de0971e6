import type Database from 'better-sqlite3-multiple-ciphers';

/** ALTER TABLE … ADD COLUMN unless the column is there: SQLite has no IF NOT EXISTS for columns. */
export function addColumn(db: Database.Database, table: string, column: string, decl: string): void {
  const cols = db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[];
  if (!cols.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${decl}`);
}
