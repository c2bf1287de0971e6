import { open as openFile } from 'node:fs/promises';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../../electron/core/log';
import { LATEST_VERSION, openStore } from '../../../../electron/core/store';
import { BackupError } from '../../../../electron/core/services/backup/backup-error';
import { exportBackup } from '../../../../electron/core/services/backup/export';
import { FORMAT_VERSION, type BackupKeys } from '../../../../electron/core/services/backup/format/prelude';
import { RECORD, RowsEncoder } from '../../../../electron/core/services/backup/format/records';
import { BackupStreamReader } from '../../../../electron/core/services/backup/format/stream-reader';
import { BackupStreamWriter } from '../../../../electron/core/services/backup/format/stream-writer';
import { BackupLoad } from '../../../../electron/core/services/backup/load';
import { installBackup } from '../../../../electron/core/services/backup/restore';
import { randomKey, tempDir } from '../../store/helpers';
import { PASSPHRASE, cheapKeys, seedOf, seedStore } from './fixture';

let root: { dir: string; cleanup: () => void };
let good: string;
let goodBytes: Uint8Array;
let keys: BackupKeys;
let sessionId: string;

beforeAll(async () => {
  await ready();
  root = tempDir('shallot-backup-fail-');
  const source = openStore({ dataDir: join(root.dir, 'src'), key: randomKey() });
  sessionId = seedStore(source, join(root.dir, 'src'), { perConversation: 30, files: 3 }).sessionId;
  keys = await cheapKeys();
  good = join(root.dir, 'good.shallotbackup');
  await exportBackup({ store: source, dataDir: join(root.dir, 'src'), sessionId, keys, path: good });
  source.close();
  goodBytes = new Uint8Array(readFileSync(good));
});

afterAll(() => root.cleanup());

let n = 0;
function variant(bytes: Uint8Array): string {
  const path = join(root.dir, `variant-${n++}.shallotbackup`);
  writeFileSync(path, bytes);
  return path;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof BackupError) return e.code;
    throw e;
  }
}

/** A restore attempt into a fresh folder: its code, and whether the folder is still empty. */
async function restoreCode(
  file: string,
  passphrase = PASSPHRASE,
  seed = seedOf(7),
): Promise<[string, string[]]> {
  const target = join(root.dir, `target-${n++}`);
  mkdirSync(target);
  const code = await codeOf(
    installBackup({ dataDir: target, file, passphrase, logger: silentLogger }, seed, randomKey()),
  );
  return [code, readdirSync(target)];
}

/** Reads a file through without a store (the verification pass): the quick check for properties. */
async function readCode(file: string): Promise<string> {
  const fh = await openFile(file, 'r');
  try {
    return await codeOf(
      (async () => {
        const reader = await BackupStreamReader.open(fh, () => Promise.resolve(keys));
        const load = new BackupLoad({}, sessionId);
        for await (const r of reader.records()) await load.apply(r);
        load.finish();
      })(),
    );
  } finally {
    await fh.close();
  }
}

/** A file with our own records (valid crypto, whatever content). */
async function crafted(records: (w: BackupStreamWriter) => Promise<void>): Promise<string> {
  const path = join(root.dir, `crafted-${n++}.shallotbackup`);
  const fh = await openFile(path, 'wx');
  const w = BackupStreamWriter.create(fh, keys);
  await records(w);
  await fh.close();
  return path;
}

const manifest = (over: object = {}) => ({
  format: FORMAT_VERSION,
  app: 'Shallot',
  appVersion: '0',
  createdAt: 1,
  sessionId,
  schemaVersion: LATEST_VERSION,
  ...over,
});

describe('a restore refuses, with a typed error and nothing changed', () => {
  it('a wrong passphrase', async () => {
    expect(await restoreCode(good, 'not the passphrase')).toEqual(['backup-wrong-passphrase', []]);
  });

  it('a backup of another account', async () => {
    expect(await restoreCode(good, PASSPHRASE, seedOf(8))).toEqual(['backup-other-account', []]);
  });

  it('a file that is not a backup', async () => {
    expect(await restoreCode(variant(new TextEncoder().encode('SQLite format 3\0 and so on')))).toEqual([
      'backup-not-a-backup',
      [],
    ]);
    expect(await restoreCode(join(root.dir, 'missing.shallotbackup'))).toEqual(['backup-io', []]);
  });

  it('a newer format: in the prelude, the manifest or the schema', async () => {
    const v2 = goodBytes.slice();
    v2[9] = FORMAT_VERSION + 1;
    expect(await restoreCode(variant(v2))).toEqual(['backup-too-new', []]);
    const newerManifest = await crafted(async (w) => {
      await w.json(RECORD.manifest, manifest({ format: FORMAT_VERSION + 1 }));
      await w.finish({ tables: {}, files: 0, fileBytes: 0 });
    });
    expect(await restoreCode(newerManifest)).toEqual(['backup-too-new', []]);
    const newerSchema = await crafted(async (w) => {
      await w.json(RECORD.manifest, manifest({ schemaVersion: LATEST_VERSION + 1 }));
      await w.finish({ tables: {}, files: 0, fileBytes: 0 });
    });
    expect(await restoreCode(newerSchema)).toEqual(['backup-too-new', []]);
  });

  it('a file cut short anywhere', async () => {
    const cuts = [0, 8, 51, 52, 60, 80, 1000, goodBytes.length - 17, goodBytes.length - 1];
    for (const cut of cuts) {
      const [code, left] = await restoreCode(variant(goodBytes.slice(0, cut)));
      expect([cut, code, left]).toEqual([cut, cut < 52 ? 'backup-not-a-backup' : 'backup-truncated', []]);
    }
  });

  it('bytes after the end, and contents that do not fit the schema or escape their folder', async () => {
    expect(await restoreCode(variant(new Uint8Array([...goodBytes, 0])))).toEqual(['backup-corrupt', []]);
    const cases: ((w: BackupStreamWriter) => Promise<void>)[] = [
      async (w) => {
        await w.json(RECORD.table, { name: 'x', columns: ['a'] });
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.json(RECORD.table, { name: 'no_such_table', columns: ['a'] });
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.json(RECORD.table, { name: 'account', columns: ['session_id', 'seed'] });
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.json(RECORD.file, { folder: 'attachments', path: '../../evil', size: 1 });
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.json(RECORD.file, { folder: '..', path: 'evil', size: 1 });
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.json(RECORD.table, { name: 'contacts', columns: ['session_id'] });
        const rows = new RowsEncoder();
        rows.row([null]);
        await w.record(RECORD.rows, rows.take());
      },
      async (w) => {
        await w.json(RECORD.manifest, manifest());
        await w.record(RECORD.rows, new Uint8Array([0, 0, 0, 1, 9]));
      },
    ];
    for (const make of cases) {
      const file = await crafted(async (w) => {
        await make(w);
        await w.finish({ tables: {}, files: 0, fileBytes: 0 });
      });
      expect(await restoreCode(file)).toEqual(['backup-corrupt', []]);
    }
    // A manifest and END that disagree about what the file holds.
    const miscounted = await crafted(async (w) => {
      await w.json(RECORD.manifest, manifest());
      await w.finish({ tables: { messages: 5 }, files: 0, fileBytes: 0 });
    });
    expect(await restoreCode(miscounted)).toEqual(['backup-corrupt', []]);
    expect(readdirSync(root.dir).some((f) => f === 'evil')).toBe(false);
  });
});

describe('tampering with any byte of the file is detected', () => {
  it('the untouched file reads through', async () => {
    expect(await readCode(good)).toBe('ok');
  });

  it('one byte changed at any position (property)', async () => {
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: goodBytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          const bytes = goodBytes.slice();
          bytes[at]! ^= mask;
          const code = await readCode(variant(bytes));
          codes.add(code);
          expect(code).not.toBe('ok');
        },
      ),
      { numRuns: 300 },
    );
    expect(codes.has('backup-corrupt')).toBe(true);
  });

  it('in the prelude, the header, the first, a middle and the last chunk, a full restore changes nothing', async () => {
    for (const at of [3, 9, 14, 25, 40, 60, 100, Math.floor(goodBytes.length / 2), goodBytes.length - 5]) {
      const bytes = goodBytes.slice();
      bytes[at]! ^= 0x20;
      const [code, left] = await restoreCode(variant(bytes));
      expect(code).not.toBe('ok');
      expect(left).toEqual([]);
    }
  });
});
