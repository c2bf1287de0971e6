import type { BackupCode } from '../../electron/bridge/errors/backup';
import type { SearchCode } from '../../electron/bridge/errors/search';

/** Words for the search and backup codes; en.ts merges them into errorMessages. */
export const backupErrorMessages = {
  'search-index-damaged': 'The search index is damaged. Rebuild it in Settings → Backup.',
  'backup-wrong-passphrase': 'That passphrase does not open this backup.',
  'backup-weak-passphrase': 'Use a passphrase of 8 to 1024 characters.',
  'backup-not-a-backup': 'That file is not a Shallot backup.',
  'backup-truncated': 'The backup file is incomplete: it was cut short while it was copied or saved.',
  'backup-corrupt': 'The backup file is damaged or was changed. It cannot be restored.',
  'backup-too-new': 'A newer version of Shallot made this backup. Update Shallot to restore it.',
  'backup-other-account': 'This backup belongs to another account than your recovery phrase.',
  'backup-io': 'The file could not be read or written. Check the disk, free space and permissions.',
  'backup-path-invalid': 'Choose an existing folder, by its full path.',
  'backup-cancelled': 'Cancelled. Nothing was left behind.',
  'backup-busy': 'Another backup or restore is running. Wait for it to finish.',
  'backup-not-found': 'That backup is not running any more.',
} as const satisfies Record<SearchCode | BackupCode, string>;
