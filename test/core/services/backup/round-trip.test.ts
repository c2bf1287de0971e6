import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../../electron/core/log';
import { openStore, type Store } from '../../../../electron/core/store';
import { exportBackup } from '../../../../electron/core/services/backup/export';
import { installBackup } from '../../../../electron/core/services/backup/restore';
import { STAYS_ON_DEVICE, NOT_SENT_BEFORE_BACKUP } from '../../../../electron/core/services/backup/travel';
import { randomKey, tempDir } from '../../store/helpers';
import { PASSPHRASE, cheapKeys, fileHashes, seedOf, seedStore, tableRows } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

beforeAll(async () => {
  await ready();
});

function dir(): string {
  const d = tempDir('shallot-backup-');
  cleanups.push(d.cleanup);
  return d.dir;
}

function allTables(store: Store): string[] {
  return store.read
    .all<{ name: string }>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_'));
}

async function backedUp(): Promise<{ source: Store; sourceDir: string; file: string; out: string }> {
  const sourceDir = dir();
  const source = openStore({ dataDir: sourceDir, key: randomKey() });
  cleanups.push(() => source.close());
  const seeded = seedStore(source, sourceDir);
  const out = dir();
  const file = join(out, 'account.shallotbackup');
  const keys = await cheapKeys();
  const phases = new Set<string>();
  const result = await exportBackup({
    store: source,
    dataDir: sourceDir,
    sessionId: seeded.sessionId,
    keys,
    path: file,
    onProgress: (p) => phases.add(`${p.phase}:${p.fraction === 1 ? 'done' : 'part'}`),
  });
  expect(result.totals.files).toBe(seeded.files);
  expect(result.totals.tables['messages']).toBe(seeded.messages);
  expect(phases).toEqual(new Set(['export:part', 'export:done', 'verify:part', 'verify:done']));
  // Only the finished file is left: no partial beside it.
  expect(readdirSync(out)).toEqual(['account.shallotbackup']);
  return { source, sourceDir, file, out };
}

describe('backup → restore round trip', () => {
  it('brings back every travelling row and every attachment file, byte for byte', async () => {
    const { source, sourceDir, file } = await backedUp();
    const target = dir();
    const key = randomKey();
    await installBackup(
      { dataDir: target, file, passphrase: PASSPHRASE, logger: silentLogger },
      seedOf(7),
      key,
    );
    expect(existsSync(join(target, 'restore.staging'))).toBe(false);
    expect(readdirSync(target).sort()).toEqual(['attachments', 'shallot.db']);
    const restored = openStore({ dataDir: target, key });
    cleanups.push(() => restored.close());

    const travelling = allTables(source).filter((t) => !Object.hasOwn(STAYS_ON_DEVICE, t));
    const before = tableRows(source, travelling);
    const after = tableRows(restored, travelling);
    // Messages that were still sending come back failed (their outbox jobs did not travel).
    const sending = before['messages']!.filter((r) => r.includes('"state":"sending"')).length;
    expect(sending).toBeGreaterThan(0);
    before['messages'] = before['messages']!.map((r) =>
      r.replace(
        '"state":"sending","failure_reason":null',
        `"state":"failed","failure_reason":"${NOT_SENT_BEFORE_BACKUP}"`,
      ),
    ).sort();
    expect(after).toEqual(before);
    for (const t of [
      'reactions',
      'attachments',
      'messages',
      'contacts',
      'conversations',
      'settings',
      'counters',
    ]) {
      expect(after[t]!.length).toBeGreaterThan(0);
    }
    // What stays on the device did not travel; the seen hashes did (they keep duplicates out).
    const stayed = tableRows(restored, ['outbox', 'snode_pool', 'last_hashes', 'swarms', 'guard_nodes']);
    expect(Object.values(stayed).flat()).toEqual([]);
    expect(restored.network.seenHashes(restored.read, ['seen-1'])).toEqual(new Set(['seen-1']));
    expect(restored.accounts.get(restored.read)!.seed).toEqual(seedOf(7));
    expect(fileHashes(join(target, 'attachments'))).toEqual(fileHashes(join(sourceDir, 'attachments')));
    // The indexes and triggers set aside while the rows went in are all back, as they were.
    const schema = (st: Store) =>
      st.read.all(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name",
      );
    expect(schema(restored)).toEqual(schema(source));
    // The search index was rebuilt from the restored bodies.
    expect(restored.search.messages(restored.read, '咖啡').length).toBe(
      source.search.messages(source.read, '咖啡').length,
    );
  });
});
