/**
 * Reads a backup file written by stream-writer.ts, record by record, and tells every way it can be
 * wrong apart: not a backup, a newer format, a wrong passphrase (the prelude's check), cut short
 * (the file ends inside a frame or before the FINAL chunk), or changed (a chunk fails its
 * authentication, bytes follow the FINAL chunk, a record does not parse).
 */
import type { FileHandle } from 'node:fs/promises';
import { concatBytes } from '../../../crypto/bytes';
import {
  SECRETSTREAM_ABYTES,
  SECRETSTREAM_HEADER_BYTES,
  createStreamDecryptor,
} from '../../../crypto/secretstream';
import { BackupError, corrupt } from '../backup-error';
import { PRELUDE_BYTES, decodePrelude, preludeMatches, type BackupKeys, type Prelude } from './prelude';
import { MAX_RECORD_BYTES, RECORD_HEAD_BYTES, type RecordType } from './records';

/** Readers accept chunks up to this size (writers use 64 KiB), so the format may grow them. */
const MAX_CHUNK_BYTES = 1024 * 1024;
const READ_BYTES = 1024 * 1024;

export interface BackupRecord {
  readonly type: RecordType;
  readonly payload: Uint8Array;
}

function truncated(): BackupError {
  return new BackupError('backup-truncated', 'The backup file ends before its last part: it was cut short.');
}

/** Buffered exact reads from a file handle; `undefined` at a clean end of file. */
class ByteSource {
  private buf: Uint8Array = new Uint8Array(0);
  private at = 0;
  position = 0;

  constructor(private readonly fh: FileHandle) {}

  async exact(n: number): Promise<Uint8Array | undefined> {
    while (this.buf.length - this.at < n) {
      const more = new Uint8Array(Math.max(READ_BYTES, n));
      let got: number;
      try {
        ({ bytesRead: got } = await this.fh.read(more, 0, more.length, null));
      } catch (e) {
        throw new BackupError('backup-io', 'The backup file could not be read.', { cause: e });
      }
      if (got === 0) {
        if (this.buf.length === this.at) return undefined;
        throw truncated();
      }
      this.buf = concatBytes(this.buf.subarray(this.at), more.subarray(0, got));
      this.at = 0;
    }
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    this.position += n;
    return out;
  }
}

export class BackupStreamReader {
  private pending: Uint8Array = new Uint8Array(0);
  private done = false;

  private constructor(
    private readonly source: ByteSource,
    private readonly pull: (chunk: Uint8Array, ad?: Uint8Array) => { message: Uint8Array; final: boolean },
    private firstAd: Uint8Array | undefined,
  ) {}

  /** Bytes of the file consumed so far (for progress). */
  get position(): number {
    return this.source.position;
  }

  /**
   * Reads the prelude and header and derives the keys with `keysFor` (the passphrase's Argon2id,
   * or a schedule's stored keys). Throws backup-wrong-passphrase when they do not fit.
   */
  static async open(
    fh: FileHandle,
    keysFor: (prelude: Prelude) => Promise<BackupKeys>,
  ): Promise<BackupStreamReader> {
    const source = new ByteSource(fh);
    const head = await source.exact(PRELUDE_BYTES).catch((e: unknown) => {
      throw e instanceof BackupError && e.code === 'backup-truncated'
        ? new BackupError('backup-not-a-backup', 'This file is not a Shallot backup.')
        : e;
    });
    const prelude = decodePrelude(head ?? new Uint8Array(0));
    const keys = await keysFor(prelude);
    if (!preludeMatches(head!, keys)) {
      throw new BackupError('backup-wrong-passphrase', 'The passphrase does not open this backup.');
    }
    const header = await source.exact(SECRETSTREAM_HEADER_BYTES);
    if (!header) throw truncated();
    const stream = createStreamDecryptor(keys.streamKey, header.slice());
    return new BackupStreamReader(source, (c, ad) => stream.pull(c, ad), concatBytes(head!, header));
  }

  /** Every record in order, END included; throws a BackupError as soon as something is wrong. */
  async *records(): AsyncGenerator<BackupRecord> {
    while (!this.done) {
      await this.nextChunk();
      yield* this.complete();
    }
    if (this.pending.length > 0) throw corrupt('The backup ends inside a record.');
    if ((await this.source.exact(1)) !== undefined) throw corrupt('The backup has bytes after its end.');
  }

  private async nextChunk(): Promise<void> {
    const len = await this.source.exact(4);
    if (!len) throw truncated();
    const n = new DataView(len.buffer, len.byteOffset, 4).getUint32(0);
    if (n < SECRETSTREAM_ABYTES || n > MAX_CHUNK_BYTES + SECRETSTREAM_ABYTES) {
      throw corrupt('A part of the backup has an impossible length.');
    }
    const cipher = await this.source.exact(n);
    if (!cipher) throw truncated();
    const ad = this.firstAd;
    this.firstAd = undefined;
    let opened: { message: Uint8Array; final: boolean };
    try {
      opened = this.pull(cipher, ad);
    } catch (e) {
      throw corrupt('A part of the backup failed its authentication: the file was changed or damaged.', e);
    }
    this.done = opened.final;
    this.pending = this.pending.length === 0 ? opened.message : concatBytes(this.pending, opened.message);
  }

  /** The records wholly inside what has been decrypted so far. */
  private *complete(): Generator<BackupRecord> {
    let at = 0;
    const view = new DataView(this.pending.buffer, this.pending.byteOffset, this.pending.byteLength);
    while (this.pending.length - at >= RECORD_HEAD_BYTES) {
      const length = view.getUint32(at + 1);
      if (length > MAX_RECORD_BYTES) throw corrupt('A record of the backup is impossibly large.');
      if (this.pending.length - at - RECORD_HEAD_BYTES < length) break;
      const start = at + RECORD_HEAD_BYTES;
      yield { type: this.pending[at] as RecordType, payload: this.pending.subarray(start, start + length) };
      at = start + length;
    }
    this.pending = this.pending.slice(at);
  }
}
