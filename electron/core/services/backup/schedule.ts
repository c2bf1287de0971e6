/**
 * Automatic backups to a chosen folder, every N hours, keeping the last K files (issue 15).
 *
 * An unattended backup has no one to type the passphrase. When the schedule is set, the passphrase
 * is turned once into the backup keys (Argon2id with a fresh salt, as for any backup) and those keys
 * — never the passphrase — are kept in the encrypted database (`backup_schedule`). Every scheduled
 * file uses them with a fresh secretstream header, so each opens with the passphrase chosen. The
 * trade-off (docs/BACKUP-FORMAT.md, "Scheduled backups"): whoever can open this database can make
 * and read these backups without the passphrase — but could read the same messages in the database
 * anyway; the passphrase itself cannot be recovered from the keys.
 *
 * Backups run while the account is open (not while locked); a run missed while the app was closed
 * happens a minute after the next start.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { BackupScheduleRecord, Store } from '../../store';
import type { Timers, TimerHandle } from '../session/timers';
import { BackupError } from './backup-error';
import { PARTIAL_SUFFIX } from './export';
import { newBackupKeys, zeroKeys, type BackupKeys } from './format/prelude';
import type { Argon2idCost } from '../../crypto/argon2id';

export interface ScheduleView {
  readonly folder: string;
  readonly intervalHours: number;
  readonly keep: number;
  readonly lastRunAt: number | null;
  readonly lastFile: string | null;
  readonly lastError: string | null;
  readonly nextRunAt: number;
}

export interface ScheduleInput {
  readonly folder: string;
  readonly intervalHours: number;
  readonly keep: number;
  readonly passphrase: string;
}

export const BACKUP_EXTENSION = '.shallotbackup';
/** After a start, a missed backup waits this long, so it does not compete with the first sync. */
const START_DELAY_MS = 60_000;
/** A busy job (a backup by hand, say) delays the scheduled one by this much. */
const BUSY_RETRY_MS = 10 * 60_000;
/** Timers are re-armed at least this often (long delays drift, and setTimeout caps at 24.8 days). */
const MAX_TIMER_MS = 6 * 3_600_000;

/** `shallot-backup-<first 8 hex digits of the account>-<UTC time>.shallotbackup`. */
export function scheduledFileName(sessionId: string, at: number): string {
  const stamp = new Date(at)
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}Z$/u, 'Z');
  return `shallot-backup-${sessionId.slice(2, 10)}-${stamp}${BACKUP_EXTENSION}`;
}

const PARTIAL_NAME = new RegExp(`^\\.(.+)\\.[0-9a-f]{8}\\${PARTIAL_SUFFIX}$`, 'u');

function ownFile(sessionId: string): RegExp {
  return new RegExp(`^shallot-backup-${sessionId.slice(2, 10)}-\\d{8}T\\d{6}Z\\.shallotbackup$`, 'u');
}

export function keysOf(r: BackupScheduleRecord): BackupKeys {
  return {
    prelude: { cost: { opslimit: r.kdf.opslimit, memlimit: r.kdf.memlimit }, salt: r.kdf.salt },
    streamKey: r.streamKey,
    checkKey: r.checkKey,
  };
}

export function viewOf(r: BackupScheduleRecord, now: number): ScheduleView {
  return {
    folder: r.folder,
    intervalHours: r.intervalHours,
    keep: r.keep,
    lastRunAt: r.lastRunAt,
    lastFile: r.lastFile,
    lastError: r.lastError,
    nextRunAt: r.lastRunAt === null ? now : Math.max(now, r.lastRunAt + r.intervalHours * 3_600_000),
  };
}

export async function checkFolder(folder: string): Promise<void> {
  const s = await stat(folder).catch(() => undefined);
  if (!s?.isDirectory()) {
    throw new BackupError('backup-path-invalid', 'The folder for automatic backups does not exist.');
  }
}

/** Deletes this account's scheduled files beyond the newest `keep`, and partial files of crashed runs. */
export async function prune(folder: string, sessionId: string, keep: number, current: string): Promise<void> {
  const mine = ownFile(sessionId);
  const names = await readdir(folder);
  const files = names
    .filter((n) => mine.test(n))
    .sort()
    .reverse();
  // export.ts names its temp file `.<name>.<8 hex digits>.partial`.
  const partial = names.filter((n) => {
    const m = PARTIAL_NAME.exec(n);
    return m !== null && mine.test(m[1]!);
  });
  for (const n of [...files.slice(keep), ...partial]) {
    if (n !== current) await rm(join(folder, n), { force: true });
  }
}

export interface SchedulerDeps {
  readonly timers: Timers;
  readonly log: Logger;
  /** Runs one scheduled backup as a job (busy → backup-busy). */
  readonly run: (
    keys: BackupKeys,
    path: string,
    onDone: (outcome: { file: string } | { error: string }) => void,
  ) => void;
}

export class BackupScheduler {
  private timer: TimerHandle | undefined;
  private store: Store | undefined;
  private sessionId = '';

  constructor(private readonly deps: SchedulerDeps) {}

  start(store: Store, sessionId: string): void {
    this.store = store;
    this.sessionId = sessionId;
    const r = store.backupSchedule.get(store.read);
    if (r)
      this.arm(
        Math.max(START_DELAY_MS, viewOf(r, this.deps.timers.now()).nextRunAt - this.deps.timers.now()),
      );
  }

  stop(): void {
    this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.store = undefined;
  }

  view(): ScheduleView | undefined {
    const r = this.store?.backupSchedule.get(this.store.read);
    return r ? viewOf(r, this.deps.timers.now()) : undefined;
  }

  /** Sets the schedule (deriving its keys from the passphrase once) and runs the first backup now. */
  async set(input: ScheduleInput, cost?: Argon2idCost): Promise<ScheduleView> {
    await checkFolder(input.folder);
    const keys = await newBackupKeys(input.passphrase, cost);
    const store = this.requireStore();
    try {
      store.write((tx) =>
        store.backupSchedule.set(tx, {
          folder: input.folder,
          intervalHours: input.intervalHours,
          keep: input.keep,
          kdf: { salt: keys.prelude.salt, ...keys.prelude.cost },
          streamKey: keys.streamKey,
          checkKey: keys.checkKey,
          createdAt: this.deps.timers.now(),
        }),
      );
    } finally {
      zeroKeys(keys);
    }
    this.arm(0);
    return this.view()!;
  }

  clear(): void {
    const store = this.requireStore();
    store.write((tx) => store.backupSchedule.remove(tx));
    this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs the scheduled backup now (a "Back up now" button beside the schedule). */
  runNow(): void {
    this.fire(true);
  }

  private requireStore(): Store {
    if (!this.store) throw new BackupError('backup-path-invalid', 'Automatic backups need an open account.');
    return this.store;
  }

  private arm(ms: number): void {
    this.deps.timers.clearTimeout(this.timer);
    this.timer = this.deps.timers.setTimeout(() => this.fire(false), Math.min(ms, MAX_TIMER_MS));
  }

  private fire(now: boolean): void {
    this.timer = undefined;
    const store = this.store;
    const r = store?.backupSchedule.get(store.read);
    if (!store || !r) return;
    const view = viewOf(r, this.deps.timers.now());
    if (!now && view.nextRunAt > this.deps.timers.now())
      return this.arm(view.nextRunAt - this.deps.timers.now());
    const path = join(r.folder, scheduledFileName(this.sessionId, this.deps.timers.now()));
    try {
      this.deps.run(keysOf(r), path, (outcome) => this.finished(r, outcome, path));
    } catch (e) {
      if (!(e instanceof BackupError && e.code === 'backup-busy')) throw e;
      this.arm(BUSY_RETRY_MS);
    }
  }

  private finished(
    r: BackupScheduleRecord,
    outcome: { file: string } | { error: string },
    path: string,
  ): void {
    const store = this.store;
    if (!store) return;
    try {
      store.write((tx) => store.backupSchedule.recordRun(tx, this.deps.timers.now(), outcome));
    } catch (e) {
      this.deps.log.warn('could not record a scheduled backup', { code: errorCode(e) });
    }
    if ('file' in outcome) {
      void prune(r.folder, this.sessionId, r.keep, path.slice(r.folder.length + 1)).catch((e: unknown) =>
        this.deps.log.warn('could not remove old backups', { code: errorCode(e) }),
      );
    }
    this.arm(r.intervalHours * 3_600_000);
  }
}
