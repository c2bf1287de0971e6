/**
 * The writing half of a backup: every travelling table of a store snapshot (parents before the
 * tables whose foreign keys point at them, so a restore can insert in file order with foreign keys
 * on), then every file of the backup folders, as records of a BackupStreamWriter.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotTable, StoreSnapshot } from '../../store';
import { BackupError } from './backup-error';
import { RECORD, RowsEncoder, type BackupManifest, type BackupTotals } from './format/records';
import type { BackupStreamWriter } from './format/stream-writer';
import { BACKUP_FOLDERS, travellingColumns, travels, type BackupFolder } from './travel';

/** Rows and file bytes per record: records stay near one chunk, so a reader never copies much. */
const RECORD_TARGET_BYTES = 60 * 1024;

export interface PlannedTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: number;
}

export interface PlannedFile {
  readonly folder: BackupFolder;
  readonly path: string;
  readonly absolute: string;
  readonly size: number;
}

export interface DumpPlan {
  readonly tables: readonly PlannedTable[];
  readonly files: readonly PlannedFile[];
  /** A measure of the work: the database's size plus the files'. */
  readonly totalBytes: number;
}

/** Parents first (Kahn's algorithm), by name among equals, so the order is stable. */
export function parentsFirst(tables: readonly SnapshotTable[]): SnapshotTable[] {
  const names = new Set(tables.map((t) => t.name));
  const waiting = new Map(tables.map((t) => [t.name, t.parents.filter((p) => names.has(p))]));
  const out: SnapshotTable[] = [];
  while (waiting.size > 0) {
    const ready = tables.filter((t) => waiting.get(t.name)?.every((p) => !waiting.has(p)));
    // A cycle of references would leave nothing ready: take the rest by name.
    const next = ready.length > 0 ? ready : tables.filter((t) => waiting.has(t.name));
    for (const t of next) {
      waiting.delete(t.name);
      out.push(t);
    }
  }
  return out;
}

async function filesUnder(dataDir: string, folder: BackupFolder): Promise<PlannedFile[]> {
  const root = join(dataDir, folder);
  const out: PlannedFile[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new BackupError('backup-io', `The ${folder} folder could not be read.`, { cause: e });
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const absolute = join(root, path);
        out.push({ folder, path, absolute, size: (await stat(absolute)).size });
      }
    }
  };
  await walk('');
  return out;
}

export async function planDump(snapshot: StoreSnapshot, dataDir: string): Promise<DumpPlan> {
  const tables = parentsFirst(snapshot.tables().filter((t) => travels(t.name))).map((t) => ({
    name: t.name,
    columns: travellingColumns(t.name, t.columns),
    rows: snapshot.count(t.name),
  }));
  const files = (await Promise.all(BACKUP_FOLDERS.map((f) => filesUnder(dataDir, f)))).flat();
  const totalBytes = snapshot.byteSize + files.reduce((n, f) => n + f.size, 0);
  return { tables, files, totalBytes };
}

/** Writes the manifest, tables and files; `step` runs between records (progress, cancel). */
export async function writeDump(
  writer: BackupStreamWriter,
  snapshot: StoreSnapshot,
  plan: DumpPlan,
  manifest: BackupManifest,
  step: () => void,
): Promise<BackupTotals> {
  await writer.json(RECORD.manifest, manifest);
  const tables: Record<string, number> = {};
  for (const t of plan.tables) {
    await writer.json(RECORD.table, { name: t.name, columns: t.columns });
    const rows = new RowsEncoder();
    let count = 0;
    for (const row of snapshot.rows(t.name, t.columns)) {
      rows.row(row);
      count++;
      if (rows.byteLength >= RECORD_TARGET_BYTES) {
        await writer.record(RECORD.rows, rows.take());
        step();
      }
    }
    if (rows.rows > 0) await writer.record(RECORD.rows, rows.take());
    tables[t.name] = count;
    step();
  }
  let files = 0;
  let fileBytes = 0;
  for (const f of plan.files) {
    const written = await writeFile(writer, f, step);
    if (written === undefined) continue;
    files++;
    fileBytes += written;
  }
  return { tables, files, fileBytes };
}

/** One file as FILE + FILE_DATA records; undefined when it went away since it was listed. */
async function writeFile(
  writer: BackupStreamWriter,
  f: PlannedFile,
  step: () => void,
): Promise<number | undefined> {
  let fh;
  try {
    fh = await open(f.absolute, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BackupError('backup-io', 'A file of the account could not be read.', { cause: e });
  }
  try {
    const size = (await fh.stat()).size;
    await writer.json(RECORD.file, { folder: f.folder, path: f.path, size });
    const buf = new Uint8Array(RECORD_TARGET_BYTES);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, size - done), done);
      if (bytesRead === 0)
        throw new BackupError('backup-io', 'A file of the account shrank while it was read.');
      await writer.record(RECORD.fileData, buf.subarray(0, bytesRead));
      done += bytesRead;
      step();
    }
    return size;
  } finally {
    await fh.close();
  }
}
