/**
 * Writes a backup file: the prelude, the secretstream header, then the records as a stream of
 * authenticated chunks (docs/BACKUP-FORMAT.md, "Chunks"). Each chunk is framed as
 * `u32 BE ciphertext length ‖ ciphertext`; the first is bound to the prelude and header (its
 * associated data), the last carries the FINAL tag and holds the END record.
 */
import type { FileHandle } from 'node:fs/promises';
import { concatBytes } from '../../../crypto/bytes';
import { createStreamEncryptor, type StreamEncryptor } from '../../../crypto/secretstream';
import { BackupError } from '../backup-error';
import { encodePrelude, type BackupKeys } from './prelude';
import { RECORD, jsonPayload, recordHead, type BackupTotals, type RecordType } from './records';

/** Plaintext bytes per chunk: small enough to keep memory flat, large enough to cost nothing. */
export const CHUNK_BYTES = 64 * 1024;
/** Frames are collected and written to the file in runs of about this size. */
const WRITE_BYTES = 1024 * 1024;

export class BackupStreamWriter {
  private readonly chunk = new Uint8Array(CHUNK_BYTES);
  private filled = 0;
  private firstAd: Uint8Array | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Plaintext bytes given so far (records and their heads): the export's progress. */
  plainBytes = 0;
  /** Bytes of the file written so far. */
  fileBytes = 0;

  private constructor(
    private readonly fh: FileHandle,
    private readonly stream: StreamEncryptor,
    head: Uint8Array,
  ) {
    this.firstAd = head;
    this.queue(head);
  }

  static create(fh: FileHandle, keys: BackupKeys): BackupStreamWriter {
    const stream = createStreamEncryptor(keys.streamKey);
    return new BackupStreamWriter(fh, stream, concatBytes(encodePrelude(keys), stream.header));
  }

  /** Appends one record; writes to the file whenever a run of chunks is ready. */
  async record(type: RecordType, payload: Uint8Array): Promise<void> {
    await this.append(recordHead(type, payload.length));
    await this.append(payload);
  }

  json(type: RecordType, value: unknown): Promise<void> {
    return this.record(type, jsonPayload(value));
  }

  /** The END record in the FINAL chunk, then everything is on disk (fsync'd). */
  async finish(totals: BackupTotals): Promise<void> {
    const end = jsonPayload(totals);
    const last = concatBytes(this.chunk.subarray(0, this.filled), recordHead(RECORD.end, end.length), end);
    this.plainBytes += last.length - this.filled;
    this.filled = 0;
    this.frame(last, true);
    await this.flush();
    try {
      await this.fh.sync();
    } catch (e) {
      throw new BackupError('backup-io', 'The backup could not be written to the disk.', { cause: e });
    }
  }

  private async append(bytes: Uint8Array): Promise<void> {
    let at = 0;
    while (at < bytes.length) {
      const n = Math.min(CHUNK_BYTES - this.filled, bytes.length - at);
      this.chunk.set(bytes.subarray(at, at + n), this.filled);
      this.filled += n;
      at += n;
      if (this.filled === CHUNK_BYTES) {
        this.frame(this.chunk, false);
        this.filled = 0;
        if (this.pendingBytes >= WRITE_BYTES) await this.flush();
      }
    }
    this.plainBytes += bytes.length;
  }

  private frame(plain: Uint8Array, final: boolean): void {
    const ad = this.firstAd;
    this.firstAd = undefined;
    const cipher = this.stream.push(plain, { final, ...(ad ? { associatedData: ad } : {}) });
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, cipher.length);
    this.queue(len);
    this.queue(cipher);
  }

  private queue(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const run = concatBytes(...this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      let at = 0;
      while (at < run.length) {
        const { bytesWritten } = await this.fh.write(run, at, run.length - at);
        at += bytesWritten;
      }
    } catch (e) {
      throw new BackupError('backup-io', 'The backup could not be written to the disk.', { cause: e });
    }
    this.fileBytes += run.length;
  }
}
