/**
 * Backup figures (issue 15): an account with 100,000 messages (bench/store.ts's generator) and
 * 200 MB of attachment files (200 × 1 MiB of random bytes, as encrypted files are) in its data
 * folder. Times a full export (Argon2id at the default cost, the snapshot, writing, the verification
 * pass, the rename) and a full restore (Argon2id, decrypting, the staging database with its search
 * index rebuilt by the triggers, the move into place). MB/s counts the backup file's bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ready } from '../electron/core/crypto/sodium';
import { silentLogger } from '../electron/core/log';
import { identityFromSeed } from '../electron/core/protocol';
import { exportBackup } from '../electron/core/services/backup/export';
import { DEFAULT_BACKUP_COST, newBackupKeys } from '../electron/core/services/backup/format/prelude';
import { installBackup } from '../electron/core/services/backup/restore';
import { openStore } from '../electron/core/store';
import { report } from './report';
import { build, rng, zipfWords } from './store';

const FILES = 200;
const FILE_BYTES = 1024 * 1024;
const PASSPHRASE = 'bench backup passphrase';
const SEED = new Uint8Array(16).fill(42);

function mb(bytes: number): number {
  return Math.round((bytes / 1_000_000) * 10) / 10;
}

function perSecond(bytes: number, ms: number): number {
  return Math.round((bytes / 1_000_000 / (ms / 1000)) * 10) / 10;
}

function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

export async function run(): Promise<void> {
  await ready();
  const root = mkdtempSync(join(tmpdir(), 'shallot-bench-backup-'));
  try {
    const source = join(root, 'source');
    const key = new Uint8Array(randomBytes(32));
    const store = openStore({ dataDir: source, key, logger: silentLogger });
    const sessionId = identityFromSeed(SEED).sessionId;
    store.write((tx) =>
      store.accounts.create(tx, { sessionId, seed: SEED, displayName: 'Bench', createdAt: 1 }),
    );
    const random = rng(11);
    build(store, random, zipfWords(random, 5_000), Date.UTC(2025, 0, 1));
    for (let i = 0; i < FILES; i++) {
      const dir = join(source, 'attachments', (i % 16).toString(16));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `a${i}`), randomBytes(FILE_BYTES));
    }

    const kdfStart = performance.now();
    const keys = await newBackupKeys(PASSPHRASE, DEFAULT_BACKUP_COST);
    const kdfMs = performance.now() - kdfStart;
    report('backup.kdf_ms', Math.round(kdfMs), 'ms');
    const snapStart = performance.now();
    store.snapshot().close();
    report('backup.snapshot_block_ms', Math.round(performance.now() - snapStart), 'ms');

    const file = join(root, 'bench.shallotbackup');
    const exportStart = performance.now();
    let verifyStartedAt = 0;
    const result = await exportBackup({
      store,
      dataDir: source,
      sessionId,
      keys,
      path: file,
      onProgress: (p) => {
        if (p.phase === 'verify' && verifyStartedAt === 0) verifyStartedAt = performance.now();
      },
    });
    const exportMs = performance.now() - exportStart;
    store.close();
    // Totals include the one Argon2id derivation each side runs, as the user waits for it.
    const exportTotalMs = kdfMs + exportMs;
    report('backup.file_mb', mb(result.bytes), 'MB');
    report('backup.export_total_s', seconds(exportTotalMs), 's');
    report('backup.export_write_s', seconds(verifyStartedAt - exportStart), 's');
    report('backup.export_verify_s', seconds(exportStart + exportMs - verifyStartedAt), 's');
    report('backup.export_mb_per_s', perSecond(result.bytes, exportTotalMs), 'MB/s');

    const target = join(root, 'target');
    mkdirSync(target);
    const restoreStart = performance.now();
    await installBackup(
      { dataDir: target, file, passphrase: PASSPHRASE, logger: silentLogger },
      SEED,
      new Uint8Array(randomBytes(32)),
    );
    const restoreMs = performance.now() - restoreStart;
    report('backup.restore_total_s', seconds(restoreMs), 's');
    report('backup.restore_mb_per_s', perSecond(result.bytes, restoreMs), 'MB/s');
    report('backup.messages', result.totals.tables['messages'] ?? 0, 'rows');
    report('backup.attachment_mb', mb(result.totals.fileBytes), 'MB');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
