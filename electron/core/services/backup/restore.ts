/**
 * A restore's install step (AccountStore.restore calls it under the onboarding marker): the backup
 * is read into `DATA_DIR/restore.staging/` — a database at the backup's schema version with every
 * row, and the backup folders' files — checked through, then moved in: the folders first, the
 * database last (its arrival is the commit). On any failure the staging folder and whatever was
 * moved are removed again; after a crash, start-up does that (account-store.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { identityFromSeed } from '../../protocol';
import type { Logger } from '../../log';
import { dbPath, openStore, tableImport, type Store } from '../../store';
import { RESTORE_STAGING } from '../account/account-store';
import { BackupError, corrupt } from './backup-error';
import { asBackupError, progressMeter, type BackupProgress } from './export';
import { deriveBackupKeys } from './format/prelude';
import type { BackupManifest } from './format/records';
import { BackupStreamReader } from './format/stream-reader';
import { BackupLoad } from './load';
import { BACKUP_FOLDERS, RESTORE_FIXUPS } from './travel';

export interface RestoreRequest {
  readonly dataDir: string;
  /** Absolute path of the backup file. */
  readonly file: string;
  readonly passphrase: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: BackupProgress) => void;
  readonly logger: Logger;
}

/** Refuses a data folder that already holds backup-folder files (moving in would mix them). */
async function checkFoldersFree(dataDir: string): Promise<void> {
  for (const f of BACKUP_FOLDERS) {
    const entries = await readdir(join(dataDir, f)).catch(() => []);
    if (entries.length > 0) {
      throw new BackupError(
        'backup-path-invalid',
        `The data folder already holds ${f}: restore into an empty folder.`,
      );
    }
  }
}

async function readInto(
  req: RestoreRequest,
  staging: string,
  seed: Uint8Array,
  key: Uint8Array,
): Promise<BackupManifest> {
  const sessionId = identityFromSeed(seed).sessionId;
  let fh;
  try {
    fh = await open(req.file, 'r');
  } catch (e) {
    throw new BackupError('backup-io', 'The backup file could not be opened.', { cause: e });
  }
  const load = new BackupLoad(
    {
      openStore: (schemaVersion) =>
        openStore({ dataDir: staging, key, targetVersion: schemaVersion, logger: req.logger }),
      fill: { account: { seed } },
      filesDir: staging,
    },
    sessionId,
  );
  try {
    const size = (await fh.stat()).size;
    const reader = await BackupStreamReader.open(fh, (prelude) => deriveBackupKeys(req.passphrase, prelude));
    const meter = progressMeter('restore', size, req.signal, req.onProgress);
    for await (const record of reader.records()) {
      await load.apply(record);
      meter(reader.position);
    }
    const { manifest } = load.finish();
    settle(load.storeOpened!, manifest);
    return manifest;
  } finally {
    await load.abandon();
    load.storeOpened?.close();
    await fh.close();
  }
}

/** The restored rows hold together and are the phrase's account; then the fix-ups run. */
function settle(store: Store, manifest: BackupManifest): void {
  const account = store.accounts.profile(store.read);
  if (!account || account.sessionId !== manifest.sessionId) {
    throw corrupt('The backup does not hold the account its manifest names.');
  }
  const broken = tableImport.brokenReferences(store.read);
  if (broken.length > 0)
    throw corrupt(`Rows of the backup point at rows it does not hold (${broken.join(', ')}).`);
  store.write((tx) => {
    for (const f of RESTORE_FIXUPS) tx.run(f.sql, ...f.params);
  });
}

/** Reads the backup into staging, then moves it in; cleans up after itself on failure. */
export async function installBackup(
  req: RestoreRequest,
  seed: Uint8Array,
  key: Uint8Array,
): Promise<BackupManifest> {
  const staging = join(req.dataDir, RESTORE_STAGING);
  const moved: string[] = [];
  try {
    await checkFoldersFree(req.dataDir);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true, mode: 0o700 });
    const manifest = await readInto(req, staging, seed, key);
    req.signal?.throwIfAborted();
    for (const f of BACKUP_FOLDERS) {
      if (!existsSync(join(staging, f))) continue;
      await rm(join(req.dataDir, f), { recursive: true, force: true });
      await rename(join(staging, f), join(req.dataDir, f));
      moved.push(f);
    }
    await rename(dbPath(staging), dbPath(req.dataDir));
    await rm(staging, { recursive: true, force: true });
    return manifest;
  } catch (e) {
    for (const f of moved)
      await rm(join(req.dataDir, f), { recursive: true, force: true }).catch(() => undefined);
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw asBackupError(e, req.signal);
  }
}
