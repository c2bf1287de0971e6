import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS_STAY, STAYS_ON_DEVICE } from '../../../../electron/core/services/backup/travel';
import { freshStore } from '../../store/helpers';

const DOC = readFileSync(join(import.meta.dirname, '../../../../docs/BACKUP-FORMAT.md'), 'utf8');

/** The table names in the first column of the "stays on the device" table of the format doc. */
function documentedStays(): string[] {
  const section = DOC.slice(DOC.indexOf('## What travels'), DOC.indexOf('## Restoring'));
  return [...section.matchAll(/^\| (`[^|]+`) \|/gmu)].flatMap((m) =>
    [...m[1]!.matchAll(/`([a-z_]+)`/gu)].map((n) => n[1]!),
  );
}

describe('what a backup carries', () => {
  it('is what docs/BACKUP-FORMAT.md says stays on the device', () => {
    expect(documentedStays().sort()).toEqual(Object.keys(STAYS_ON_DEVICE).sort());
    for (const [table, columns] of Object.entries(COLUMNS_STAY)) {
      for (const c of columns) expect(DOC).toContain(`\`${table}.${c}\``);
    }
  });

  it('names only tables and columns the schema has (a renamed table must not slip through)', () => {
    const { store, done } = freshStore();
    try {
      const tables = store.read
        .all<{ name: string }>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
        .map((r) => r.name);
      for (const t of Object.keys(STAYS_ON_DEVICE)) expect(tables).toContain(t);
      for (const [t, columns] of Object.entries(COLUMNS_STAY)) {
        const have = store.read
          .all<{ name: string }>('SELECT name FROM pragma_table_info(?)', t)
          .map((r) => r.name);
        for (const c of columns) expect(have).toContain(c);
      }
    } finally {
      done();
    }
  });
});
