import type { ReadDb, WriteDb } from '../handles';

/**
 * This device's automatic backup (migration 0008): one row while a schedule is set. The key
 * material is what the user's passphrase derived once; the passphrase is never stored.
 */
export interface BackupScheduleRecord {
  readonly folder: string;
  readonly intervalHours: number;
  readonly keep: number;
  readonly kdf: { readonly salt: Uint8Array; readonly opslimit: number; readonly memlimit: number };
  readonly streamKey: Uint8Array;
  readonly checkKey: Uint8Array;
  readonly lastRunAt: number | null;
  readonly lastFile: string | null;
  readonly lastError: string | null;
  readonly createdAt: number;
}

export type NewBackupSchedule = Omit<BackupScheduleRecord, 'lastRunAt' | 'lastFile' | 'lastError'>;

interface Row {
  folder: string;
  interval_hours: number;
  keep: number;
  kdf_salt: Uint8Array;
  kdf_opslimit: number;
  kdf_memlimit: number;
  stream_key: Uint8Array;
  check_key: Uint8Array;
  last_run_at: number | null;
  last_file: string | null;
  last_error: string | null;
  created_at: number;
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const BACKUP_SCHEDULE_SQL = {
  get:
    'SELECT folder, interval_hours, keep, kdf_salt, kdf_opslimit, kdf_memlimit, stream_key, check_key, ' +
    'last_run_at, last_file, last_error, created_at FROM backup_schedule WHERE id = 1',
  set:
    'INSERT OR REPLACE INTO backup_schedule (id, folder, interval_hours, keep, kdf_salt, kdf_opslimit, ' +
    'kdf_memlimit, stream_key, check_key, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  recordRun: 'UPDATE backup_schedule SET last_run_at = ?, last_file = ?, last_error = ? WHERE id = 1',
  remove: 'DELETE FROM backup_schedule WHERE id = 1',
} as const;

export const backupSchedule = {
  get(db: ReadDb): BackupScheduleRecord | undefined {
    const r = db.get<Row>(BACKUP_SCHEDULE_SQL.get);
    if (!r) return undefined;
    return {
      folder: r.folder,
      intervalHours: r.interval_hours,
      keep: r.keep,
      kdf: { salt: new Uint8Array(r.kdf_salt), opslimit: r.kdf_opslimit, memlimit: r.kdf_memlimit },
      streamKey: new Uint8Array(r.stream_key),
      checkKey: new Uint8Array(r.check_key),
      lastRunAt: r.last_run_at,
      lastFile: r.last_file,
      lastError: r.last_error,
      createdAt: r.created_at,
    };
  },

  /** Sets (or replaces) the schedule; a replaced one's last run is forgotten. */
  set(tx: WriteDb, s: NewBackupSchedule): void {
    tx.run(
      BACKUP_SCHEDULE_SQL.set,
      s.folder,
      s.intervalHours,
      s.keep,
      s.kdf.salt,
      s.kdf.opslimit,
      s.kdf.memlimit,
      s.streamKey,
      s.checkKey,
      s.createdAt,
    );
  },

  recordRun(tx: WriteDb, at: number, outcome: { file: string } | { error: string }): void {
    tx.run(
      BACKUP_SCHEDULE_SQL.recordRun,
      at,
      'file' in outcome ? outcome.file : null,
      'error' in outcome ? outcome.error : null,
    );
  },

  remove(tx: WriteDb): boolean {
    return tx.run(BACKUP_SCHEDULE_SQL.remove).changes > 0;
  },
};
