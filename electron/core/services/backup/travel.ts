/**
 * What a backup carries. Every table of the database travels, whole, unless it is named here with
 * the reason it stays on the device: a table added by a later migration is in the next backup
 * without anyone remembering to add it. docs/BACKUP-FORMAT.md ("What travels") repeats this list;
 * a test checks the two agree and that every table of the schema is accounted for.
 */
import type { SqlValue } from '../../store';

export const STAYS_ON_DEVICE: Readonly<Record<string, string>> = {
  snode_pool: 'network state: the service node pool is refetched from the seeds',
  swarms: 'network state: swarms are asked for again',
  guard_nodes: 'network state: new guards and paths are chosen on the new device',
  last_hashes:
    'network state: without them the first poll fetches what the swarm still holds, and the hash and (sender, time) checks drop what is already here',
  outbox:
    "this device's pending network work: replayed from a restore it could push stale state; messages still sending are restored as failed, for the user to retry",
  outbox_deps: 'belongs to outbox',
  backup_schedule: "this device's schedule and the backup key derived from its passphrase",
};

/** Columns that never travel; the restore fills them in (table → column → where the value comes from). */
export const COLUMNS_STAY: Readonly<Record<string, readonly string[]>> = {
  // The identity seed: a restore takes it from the recovery phrase, so a backup file and its
  // passphrase alone never give the account's keys.
  account: ['seed'],
};

/** Data-folder subfolders whose files travel as they are (already encrypted on disk). */
export const BACKUP_FOLDERS = ['attachments'] as const;
export type BackupFolder = (typeof BACKUP_FOLDERS)[number];

export function isBackupFolder(name: string): name is BackupFolder {
  return (BACKUP_FOLDERS as readonly string[]).includes(name);
}

/** The failure reason given to messages that were still being sent when the backup was made. */
export const NOT_SENT_BEFORE_BACKUP = 'not-sent-before-backup';

/** Statements run on the restored database before it is moved into place. */
export const RESTORE_FIXUPS: readonly { readonly sql: string; readonly params: readonly SqlValue[] }[] = [
  // Their outbox jobs stayed on the old device: show them as failed, for a retry (the same bytes).
  {
    sql: "UPDATE messages SET state = 'failed', failure_reason = ? WHERE state = 'sending'",
    params: [NOT_SENT_BEFORE_BACKUP],
  },
];

/** The columns of `table` that travel. */
export function travellingColumns(table: string, columns: readonly string[]): string[] {
  const stay = COLUMNS_STAY[table] ?? [];
  return columns.filter((c) => !stay.includes(c));
}

export function travels(table: string): boolean {
  return !Object.hasOwn(STAYS_ON_DEVICE, table);
}
