import { ShallotError } from '../../errors';

/**
 * What can go wrong with a backup file or job. The codes are the bridge's (errors/backup.ts), so
 * they cross the wire unchanged. Every failure of a restore leaves the data folder as it was.
 */
export type BackupErrorCode =
  | 'backup-wrong-passphrase'
  | 'backup-weak-passphrase'
  | 'backup-not-a-backup'
  | 'backup-truncated'
  | 'backup-corrupt'
  | 'backup-too-new'
  | 'backup-other-account'
  | 'backup-io'
  | 'backup-path-invalid'
  | 'backup-cancelled'
  | 'backup-busy'
  | 'backup-not-found'
  /** A conversation export names no conversation here (the conversations domain's code). */
  | 'conversation-not-found';

export class BackupError extends ShallotError<BackupErrorCode> {}

export function corrupt(message: string, cause?: unknown): BackupError {
  return new BackupError('backup-corrupt', message, cause === undefined ? undefined : { cause });
}
