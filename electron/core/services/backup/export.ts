/**
 * One backup file from the open store: snapshot → records → a temp file beside the target →
 * fsync → a full verification pass (decrypt every chunk, replay every record, compare the counts)
 * → rename onto the target. The target name holds either the old file or a whole, verified new
 * one: a crash or kill at any point leaves at most a `.partial` file beside it, and a failure or
 * cancel removes even that.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { isShallotError } from '../../errors';
import type { Store } from '../../store';
import { APP_NAME, APP_VERSION } from '../../version';
import { BackupError } from './backup-error';
import { planDump, writeDump } from './dump';
import { FORMAT_VERSION, type BackupKeys } from './format/prelude';
import type { BackupTotals } from './format/records';
import { BackupStreamReader } from './format/stream-reader';
import { BackupStreamWriter } from './format/stream-writer';
import { BackupLoad } from './load';

export type BackupPhase = 'export' | 'verify' | 'restore';

export interface BackupProgress {
  readonly phase: BackupPhase;
  /** 0..1 of the phase. */
  readonly fraction: number;
}

export interface ExportRequest {
  readonly store: Store;
  readonly dataDir: string;
  readonly sessionId: string;
  readonly keys: BackupKeys;
  /** Absolute path of the file to write (replaced if it exists). */
  readonly path: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: BackupProgress) => void;
  readonly now?: () => number;
}

export interface ExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly createdAt: number;
  readonly totals: BackupTotals;
}

export const PARTIAL_SUFFIX = '.partial';

/** Calls `onProgress` at most every 1 % (and at 0 and 1), and checks for a cancel on each step. */
export function progressMeter(
  phase: BackupPhase,
  total: number,
  signal: AbortSignal | undefined,
  onProgress?: (p: BackupProgress) => void,
): (done: number) => void {
  let last = -1;
  return (done) => {
    signal?.throwIfAborted();
    const fraction = total <= 0 ? 1 : Math.min(1, done / total);
    if (fraction === 1 || fraction - last >= 0.01) {
      last = fraction;
      onProgress?.({ phase, fraction });
    }
  };
}

/** Cancels become backup-cancelled, I/O failures backup-io; typed errors pass unchanged. */
export function asBackupError(e: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) return new BackupError('backup-cancelled', 'The backup was cancelled.', { cause: e });
  if (isShallotError(e)) return e;
  return new BackupError('backup-io', 'The backup file could not be read or written.', { cause: e });
}

export async function checkTargetPath(path: string): Promise<void> {
  const invalid = (why: string, cause?: unknown): BackupError =>
    new BackupError('backup-path-invalid', why, cause === undefined ? undefined : { cause });
  if (!isAbsolute(path) || basename(path) === '')
    throw invalid('A backup is saved under an absolute file path.');
  const dir = await stat(dirname(path)).catch((e: unknown) => {
    throw invalid('The folder for the backup does not exist.', e);
  });
  if (!dir.isDirectory()) throw invalid('The folder for the backup is not a folder.');
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw invalid('A folder already has the backup file’s name.');
}

async function writeTemp(req: ExportRequest, temp: string, createdAt: number): Promise<BackupTotals> {
  const snapshot = req.store.snapshot();
  try {
    const plan = await planDump(snapshot, req.dataDir);
    const fh = await open(temp, 'wx', 0o600);
    try {
      const writer = BackupStreamWriter.create(fh, req.keys);
      const meter = progressMeter('export', plan.totalBytes, req.signal, req.onProgress);
      meter(0);
      const totals = await writeDump(
        writer,
        snapshot,
        plan,
        {
          format: FORMAT_VERSION,
          app: APP_NAME,
          appVersion: APP_VERSION,
          createdAt,
          sessionId: req.sessionId,
          schemaVersion: snapshot.schemaVersion,
        },
        () => meter(writer.plainBytes),
      );
      await writer.finish(totals);
      meter(plan.totalBytes);
      return totals;
    } finally {
      await fh.close();
    }
  } finally {
    snapshot.close();
  }
}

/**
 * Reads a backup file through and checks it holds what was written: every chunk authenticates,
 * the records replay, the counts match. Nothing is kept.
 */
export async function verifyBackup(
  path: string,
  keys: BackupKeys,
  expect: { sessionId: string; totals: BackupTotals },
  signal?: AbortSignal,
  onProgress?: (p: BackupProgress) => void,
): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const reader = await BackupStreamReader.open(fh, () => Promise.resolve(keys));
    const load = new BackupLoad({}, expect.sessionId);
    const meter = progressMeter('verify', size, signal, onProgress);
    for await (const record of reader.records()) {
      await load.apply(record);
      meter(reader.position);
    }
    const { totals } = load.finish();
    if (JSON.stringify(totals) !== JSON.stringify(expect.totals)) {
      throw new BackupError('backup-corrupt', 'The written backup does not hold what was written into it.');
    }
  } finally {
    await fh.close();
  }
}

/** `.<name>.<8 hex digits>.partial` beside the target: where an export of `target` writes first. */
export function partialPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`);
}

/** Removes what exports to `target` left when they were killed (one export runs at a time). */
async function clearPartials(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const n of names) {
    if (n.startsWith(prefix) && /^[0-9a-f]{8}\.partial$/u.test(n.slice(prefix.length))) {
      await rm(join(dirname(target), n), { force: true });
    }
  }
}

export async function exportBackup(req: ExportRequest): Promise<ExportResult> {
  await checkTargetPath(req.path);
  await clearPartials(req.path);
  const createdAt = (req.now ?? Date.now)();
  const temp = partialPath(req.path);
  try {
    const totals = await writeTemp(req, temp, createdAt);
    await verifyBackup(temp, req.keys, { sessionId: req.sessionId, totals }, req.signal, req.onProgress);
    req.signal?.throwIfAborted();
    await rename(temp, req.path);
    await syncFolder(dirname(req.path));
    return { path: req.path, bytes: (await stat(req.path)).size, createdAt, totals };
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw asBackupError(e, req.signal);
  }
}

/** Makes a rename durable; folders that cannot be opened or synced (some platforms) are skipped. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Windows cannot fsync a directory; the rename itself is still atomic there.
  }
}
