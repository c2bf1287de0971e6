/** Failures of backups, restores and conversation exports (BackupError in the core). */
export const BACKUP_CODES = [
  /** The passphrase does not open this backup (or the file's header was changed). */
  'backup-wrong-passphrase',
  /** A new backup passphrase is too short. */
  'backup-weak-passphrase',
  /** The file is not a Shallot backup. */
  'backup-not-a-backup',
  /** The file ends before its last part: it was cut short (copy interrupted, disk full). */
  'backup-truncated',
  /** Some part of the file was changed or damaged: it fails its authentication. */
  'backup-corrupt',
  /** A newer version of Shallot wrote this backup: update to restore it. */
  'backup-too-new',
  /** The backup belongs to another account than the recovery phrase. */
  'backup-other-account',
  /** The file or folder could not be read or written (permissions, disk full). */
  'backup-io',
  /** The path is not an absolute path to a usable file or folder. */
  'backup-path-invalid',
  /** The backup or restore was cancelled; nothing was left behind. */
  'backup-cancelled',
  /** Another backup or restore is running. */
  'backup-busy',
  /** No backup job with that id is running. */
  'backup-not-found',
] as const;

export type BackupCode = (typeof BACKUP_CODES)[number];
