/**
 * The records inside a backup's encrypted stream (docs/BACKUP-FORMAT.md, "Records"). The stream's
 * plaintext is a sequence of `type u8 ‖ length u32 BE ‖ payload`, independent of chunk boundaries:
 *
 *   1 MANIFEST   JSON  first record: who, when, which schema (BackupManifest)
 *   2 TABLE      JSON  {name, columns}: the ROWS records that follow belong to this table
 *   3 ROWS       bin   u32 BE row count, then row × column values (below)
 *   4 FILE       JSON  {folder, path, size}: the FILE_DATA records that follow are its bytes
 *   5 FILE_DATA  bin   the next bytes of the current file
 *   6 END        JSON  last record: counts to check against (BackupTotals)
 *
 * A value is `tag u8` then: 0 NULL; 1 INTEGER as 8 bytes two's complement BE; 2 REAL as IEEE-754
 * binary64 BE; 3 TEXT as u32 BE length ‖ UTF-8; 4 BLOB as u32 BE length ‖ bytes.
 */
import { corrupt } from '../backup-error';

export const RECORD = { manifest: 1, table: 2, rows: 3, file: 4, fileData: 5, end: 6 } as const;
export type RecordType = (typeof RECORD)[keyof typeof RECORD];
export const RECORD_HEAD_BYTES = 5;
/** The largest payload a reader accepts; writers stay well below (≈ 1 MiB). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * A column value as SQLite holds it, read with safe integers: INTEGER is always a bigint and REAL
 * always a number, so 2.0 stays REAL and 2^62 stays exact.
 */
export type CellValue = null | bigint | number | string | Uint8Array;

export interface BackupManifest {
  readonly format: number;
  readonly app: string;
  readonly appVersion: string;
  readonly createdAt: number;
  readonly sessionId: string;
  /** The store's schema version (user_version) the rows were read at. */
  readonly schemaVersion: number;
}

export interface TableHead {
  readonly name: string;
  readonly columns: readonly string[];
}

export interface FileHead {
  /** The data-folder subfolder it belongs in (e.g. "attachments"). */
  readonly folder: string;
  /** Its path inside that folder, '/'-separated. */
  readonly path: string;
  readonly size: number;
}

export interface BackupTotals {
  readonly tables: Readonly<Record<string, number>>;
  readonly files: number;
  readonly fileBytes: number;
}

const TAG = { null: 0, integer: 1, real: 2, text: 3, blob: 4 } as const;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function recordHead(type: RecordType, length: number): Uint8Array {
  const head = new Uint8Array(RECORD_HEAD_BYTES);
  head[0] = type;
  new DataView(head.buffer).setUint32(1, length);
  return head;
}

export function jsonPayload(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function parseJson(payload: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(decoder.decode(payload)) as unknown;
  } catch (e) {
    throw corrupt(`The backup's ${what} record is not readable.`, e);
  }
}

/** Grows as values are appended; one per ROWS record. */
export class RowsEncoder {
  private buf = new Uint8Array(64 * 1024);
  private view = new DataView(this.buf.buffer);
  private length = 4;
  rows = 0;

  get byteLength(): number {
    return this.length;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  row(values: readonly CellValue[]): void {
    for (const v of values) this.value(v);
    this.rows++;
  }

  private value(v: CellValue): void {
    if (v === null) {
      this.room(1);
      this.buf[this.length++] = TAG.null;
    } else if (typeof v === 'bigint') {
      this.room(9);
      this.buf[this.length] = TAG.integer;
      this.view.setBigInt64(this.length + 1, v);
      this.length += 9;
    } else if (typeof v === 'number') {
      this.room(9);
      this.buf[this.length] = TAG.real;
      this.view.setFloat64(this.length + 1, v);
      this.length += 9;
    } else {
      const bytes = typeof v === 'string' ? encoder.encode(v) : v;
      this.room(5 + bytes.length);
      this.buf[this.length] = typeof v === 'string' ? TAG.text : TAG.blob;
      this.view.setUint32(this.length + 1, bytes.length);
      this.buf.set(bytes, this.length + 5);
      this.length += 5 + bytes.length;
    }
  }

  /** The payload so far (row count first); the encoder starts over empty. */
  take(): Uint8Array {
    this.view.setUint32(0, this.rows);
    const out = this.buf.slice(0, this.length);
    this.length = 4;
    this.rows = 0;
    return out;
  }
}

/** The rows of one ROWS payload for a table of `columns` columns; corrupt when it does not parse. */
export function decodeRows(payload: Uint8Array, columns: number): CellValue[][] {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const need = (at: number, n: number): void => {
    if (at + n > payload.length) throw corrupt('A ROWS record of the backup ends inside a value.');
  };
  need(0, 4);
  const count = view.getUint32(0);
  let at = 4;
  const rows: CellValue[][] = [];
  for (let r = 0; r < count; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < columns; c++) {
      need(at, 1);
      const tag = payload[at]!;
      at += 1;
      if (tag === TAG.null) row.push(null);
      else if (tag === TAG.integer || tag === TAG.real) {
        need(at, 8);
        row.push(tag === TAG.integer ? view.getBigInt64(at) : view.getFloat64(at));
        at += 8;
      } else if (tag === TAG.text || tag === TAG.blob) {
        need(at, 4);
        const n = view.getUint32(at);
        need(at + 4, n);
        const bytes = payload.subarray(at + 4, at + 4 + n);
        row.push(tag === TAG.text ? decodeText(bytes) : bytes.slice());
        at += 4 + n;
      } else throw corrupt('A ROWS record of the backup holds an unknown value type.');
    }
    rows.push(row);
  }
  if (at !== payload.length) throw corrupt('A ROWS record of the backup has bytes after its rows.');
  return rows;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch (e) {
    throw corrupt('A text value of the backup is not UTF-8.', e);
  }
}
