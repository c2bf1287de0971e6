/**
 * Deleting this device's copy of the account (`account.clearData`): the database and its journal
 * files, the key vault, attachments, a restore's staging folder and a stale onboarding marker, so
 * the data folder is a fresh install again. Every piece is tried even when an earlier one fails; what is left is named in
 * the log (file names only) and reported as `clear-incomplete`, and the next clear tries again.
 * Files other parts of the app keep beside the account (the desktop shell's window and start-up
 * preferences, backups the user exported) are not the account's and stay.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ShallotError } from '../../errors';
import type { Logger } from '../../log';
import { dbPath } from '../../store';
import { RESTORE_STAGING } from './account-store';
import type { KeyVault } from './key-vault';
import { onboardingMarkerPath } from './onboarding-marker';

export class ClearDataError extends ShallotError<'clear-incomplete'> {}

/** Encrypted attachment blobs (issue 14) live here, under the data folder. */
export const ATTACHMENTS_DIR = 'attachments';

/** The files and folders of the account in `dataDir`, the vault aside (its owner deletes it). */
export function accountPaths(dataDir: string): string[] {
  const db = dbPath(dataDir);
  return [
    db,
    `${db}-wal`,
    `${db}-shm`,
    join(dataDir, ATTACHMENTS_DIR),
    join(dataDir, RESTORE_STAGING),
    onboardingMarkerPath(dataDir),
  ];
}

/** Deletes the account's files; the store must be closed first. */
export async function clearDeviceData(dataDir: string, vault: KeyVault, log: Logger): Promise<void> {
  const left: string[] = [];
  // The key first: without it, whatever else a failure leaves behind can no longer be read.
  try {
    await vault.destroy();
  } catch {
    left.push('vault.json');
  }
  for (const path of accountPaths(dataDir)) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      left.push(path.slice(dataDir.length + 1));
    }
  }
  if (left.length > 0) {
    log.error('clearing this device’s data left files behind', { files: left.join(', ') });
    throw new ClearDataError(
      'clear-incomplete',
      'Some of this device’s data could not be deleted. Close other programs using the data folder and try again.',
    );
  }
  log.info('this device’s data was cleared');
}
