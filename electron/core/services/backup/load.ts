/**
 * The reading half of a backup: checks the manifest, then replays the records into a database and
 * a folder that nobody uses yet (a restore's staging place, or nothing at all for the export's
 * verification pass). Every name the file gives — table, column, folder, path — is checked before
 * it is used; anything unexpected is `backup-corrupt`, and nothing outside the staging place is
 * touched.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LATEST_VERSION, tableImport, type SetAside, type SqlValue, type Store } from '../../store';
import { BackupError, corrupt } from './backup-error';
import {
  RECORD,
  decodeRows,
  parseJson,
  type BackupManifest,
  type BackupTotals,
  type FileHead,
} from './format/records';
import { FORMAT_VERSION } from './format/prelude';
import type { BackupRecord } from './format/stream-reader';
import { COLUMNS_STAY, isBackupFolder, travels } from './travel';

const ROWS_PER_TRANSACTION = 10_000;

/** Where a load puts what it reads; absent parts are only checked, not kept. */
export interface LoadTarget {
  /** Opened once the manifest is known, at the manifest's schema version. */
  readonly openStore?: (schemaVersion: number) => Store;
  /** Values for the columns that never travel (table → column → value). */
  readonly fill?: Readonly<Record<string, Readonly<Record<string, SqlValue>>>>;
  /** The folder the backup folders are recreated in. */
  readonly filesDir?: string;
}

export function checkManifest(value: unknown, expectSessionId?: string): BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  if (typeof m !== 'object' || m === null || typeof m.format !== 'number') {
    throw corrupt('The backup has no readable manifest.');
  }
  if (
    m.format > FORMAT_VERSION ||
    (typeof m.schemaVersion === 'number' && m.schemaVersion > LATEST_VERSION)
  ) {
    throw new BackupError(
      'backup-too-new',
      'A newer version of Shallot wrote this backup. Update Shallot to restore it.',
    );
  }
  if (
    typeof m.sessionId !== 'string' ||
    typeof m.schemaVersion !== 'number' ||
    !Number.isSafeInteger(m.schemaVersion) ||
    m.schemaVersion < 1 ||
    typeof m.createdAt !== 'number'
  ) {
    throw corrupt('The backup manifest is incomplete.');
  }
  if (expectSessionId !== undefined && m.sessionId !== expectSessionId) {
    throw new BackupError(
      'backup-other-account',
      'This backup belongs to another account than the recovery phrase.',
    );
  }
  return m as BackupManifest;
}

/** A path inside a backup folder: relative, '/'-separated, no '.', '..' or empty parts. */
export function safeRelativePath(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1024 || path.includes('\0')) {
    throw corrupt('A file of the backup has an unusable name.');
  }
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) {
    throw corrupt('A file of the backup has an unusable name.');
  }
  return path;
}

interface TableState {
  readonly name: string;
  readonly columns: readonly string[];
  readonly extra: readonly SqlValue[];
  readonly keep: boolean;
}

/** Replays the records; returns the manifest and the totals the END record confirmed. */
export class BackupLoad {
  private manifest: BackupManifest | undefined;
  private store: Store | undefined;
  private table: TableState | undefined;
  private file: { head: FileHead; fh: FileHandle | undefined; written: number } | undefined;
  private readonly counted: { tables: Record<string, number>; files: number; fileBytes: number } = {
    tables: {},
    files: 0,
    fileBytes: 0,
  };
  private ended: BackupTotals | undefined;
  private pending: SqlValue[][] = [];
  private aside: SetAside | undefined;

  constructor(
    private readonly target: LoadTarget,
    private readonly expectSessionId?: string,
  ) {}

  get storeOpened(): Store | undefined {
    return this.store;
  }

  async apply(record: BackupRecord): Promise<void> {
    if (this.ended) throw corrupt('The backup has records after its end.');
    if (!this.manifest) {
      if (record.type !== RECORD.manifest) throw corrupt('The backup does not start with its manifest.');
      this.manifest = checkManifest(parseJson(record.payload, 'manifest'), this.expectSessionId);
      this.store = this.target.openStore?.(this.manifest.schemaVersion);
      this.aside = this.store?.write((tx) => tableImport.setAside(tx));
      return;
    }
    if (record.type !== RECORD.fileData) await this.closeFile();
    if (record.type !== RECORD.rows) this.flushRows();
    switch (record.type) {
      case RECORD.table:
        return this.startTable(parseJson(record.payload, 'table'));
      case RECORD.rows:
        return this.rows(record.payload);
      case RECORD.file:
        return this.startFile(parseJson(record.payload, 'file'));
      case RECORD.fileData:
        return this.fileData(record.payload);
      case RECORD.end:
        return this.end(parseJson(record.payload, 'end'));
      default:
        throw corrupt('The backup holds a record of an unknown type.');
    }
  }

  /** The manifest and totals once END was read and matched; corrupt before that. */
  finish(): { manifest: BackupManifest; totals: BackupTotals } {
    if (!this.manifest || !this.ended) throw corrupt('The backup ends without its END record.');
    const aside = this.aside;
    if (aside && this.store) {
      try {
        this.store.write((tx) => tableImport.restoreSchema(tx, aside));
      } catch (e) {
        throw corrupt('The rows of the backup break a rule of its schema (a unique key).', e);
      }
    }
    return { manifest: this.manifest, totals: this.ended };
  }

  /** Closes a file left open by a failed load (its staging place is removed by the caller). */
  async abandon(): Promise<void> {
    await this.file?.fh?.close().catch(() => undefined);
    this.file = undefined;
  }

  private startTable(value: unknown): void {
    const t = value as { name?: unknown; columns?: unknown };
    const columns = t.columns;
    if (
      typeof t.name !== 'string' ||
      !Array.isArray(columns) ||
      columns.length === 0 ||
      !columns.every((c) => typeof c === 'string') ||
      new Set(columns).size !== columns.length ||
      Object.hasOwn(this.counted.tables, t.name) ||
      (COLUMNS_STAY[t.name] ?? []).some((c) => columns.includes(c))
    ) {
      throw corrupt('A table of the backup is described wrongly.');
    }
    const name = t.name;
    const names: string[] = columns;
    this.counted.tables[name] = 0;
    const keep = this.store !== undefined && travels(name);
    if (keep) {
      const known = tableImport.columns(this.store!.read, name);
      if (!known || !names.every((c) => known.includes(c))) {
        throw corrupt(`The backup has a table or column (${name}) its schema version does not have.`);
      }
      this.store!.write((tx) => tableImport.clear(tx, name));
    }
    const fill = this.target.fill?.[name] ?? {};
    const fillColumns = Object.keys(fill).filter((c) => !names.includes(c));
    this.table = {
      name,
      columns: [...names, ...fillColumns],
      extra: fillColumns.map((c) => fill[c]!),
      keep,
    };
  }

  private rows(payload: Uint8Array): void {
    const t = this.table;
    if (!t) throw corrupt('The backup has rows outside a table.');
    const rows = decodeRows(payload, t.columns.length - t.extra.length);
    this.counted.tables[t.name]! += rows.length;
    if (!t.keep) return;
    for (const r of rows) this.pending.push(t.extra.length === 0 ? r : [...r, ...t.extra]);
    if (this.pending.length >= ROWS_PER_TRANSACTION) this.flushRows();
  }

  /** Writes the rows read so far: thousands per transaction, since each commit is an fsync. */
  private flushRows(): void {
    const t = this.table;
    const rows = this.pending;
    this.pending = [];
    if (!t || rows.length === 0) return;
    try {
      this.store!.write((tx) => tableImport.insert(tx, t.name, t.columns, rows));
    } catch (e) {
      throw corrupt(`The rows of ${t.name} in the backup do not fit its schema.`, e);
    }
  }

  private async startFile(value: unknown): Promise<void> {
    this.table = undefined;
    const f = value as Partial<FileHead>;
    if (typeof f.folder !== 'string' || !isBackupFolder(f.folder))
      throw corrupt('A file of the backup is in an unknown folder.');
    if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0) {
      throw corrupt('A file of the backup has an impossible size.');
    }
    const head: FileHead = { folder: f.folder, path: safeRelativePath(f.path), size: f.size };
    let fh: FileHandle | undefined;
    if (this.target.filesDir !== undefined) {
      const absolute = join(this.target.filesDir, head.folder, ...head.path.split('/'));
      try {
        await mkdir(dirname(absolute), { recursive: true, mode: 0o700 });
        fh = await open(absolute, 'wx', 0o600);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw corrupt('The backup holds one file twice.', e);
        throw new BackupError('backup-io', 'A restored file could not be written.', { cause: e });
      }
    }
    this.file = { head, fh, written: 0 };
  }

  private async fileData(payload: Uint8Array): Promise<void> {
    const f = this.file;
    if (!f) throw corrupt('The backup has file bytes outside a file.');
    f.written += payload.length;
    if (f.written > f.head.size) throw corrupt('A file of the backup is longer than it says.');
    try {
      await f.fh?.write(payload);
    } catch (e) {
      throw new BackupError('backup-io', 'A restored file could not be written.', { cause: e });
    }
  }

  private async closeFile(): Promise<void> {
    const f = this.file;
    if (!f) return;
    this.file = undefined;
    await f.fh?.close();
    if (f.written !== f.head.size) throw corrupt('A file of the backup is shorter than it says.');
    this.counted.files += 1;
    this.counted.fileBytes += f.written;
  }

  private end(value: unknown): void {
    const e = value as Partial<BackupTotals> | null;
    const c = this.counted;
    const tables = e?.tables ?? {};
    const sameTables =
      Object.keys(tables).length === Object.keys(c.tables).length &&
      Object.entries(c.tables).every(([name, n]) => tables[name] === n);
    if (!sameTables || e?.files !== c.files || e.fileBytes !== c.fileBytes) {
      throw corrupt('The backup does not hold what its END record counts.');
    }
    this.ended = { tables: { ...c.tables }, files: c.files, fileBytes: c.fileBytes };
  }
}
