/**
 * Files at rest under DATA_DIR/attachments/ — attachments sent and received, thumbnails, avatars:
 * never a byte of plaintext on disk. Each file is named by an opaque random id and encrypted with
 * its own key (kept in the store's `local_files` row) as a libsodium secretstream:
 *
 *   header (24) ‖ chunk… — every chunk 64 KiB of plaintext + 17, the last one shorter and FINAL.
 *
 * A file is written under tmp/ and moved into place only when complete; `outgoing/` holds the
 * legacy-encrypted blobs waiting to be uploaded (already ciphertext; their keys are in the rows).
 * What no row names is removed by the sweep (cleanup.ts).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createStreamDecryptor,
  createStreamEncryptor,
  SECRETSTREAM_ABYTES,
  SECRETSTREAM_HEADER_BYTES,
  SECRETSTREAM_KEY_BYTES,
} from '../../crypto/secretstream';
import type { ChunkSource } from '../../network';
import type { LocalFile } from '../../store';
import { AttachmentsError } from './attachments-error';

export const FILE_CHUNK = 64 * 1024;
const SEALED_CHUNK = FILE_CHUNK + SECRETSTREAM_ABYTES;
const ID_RE = /^[0-9a-f]{32}$/;

export const newFileId = (): string => randomBytes(16).toString('hex');
export const isFileId = (id: string): boolean => ID_RE.test(id);

function io(what: string, cause: unknown): AttachmentsError {
  return new AttachmentsError('attachment-io', `Could not ${what} an attachment file.`, { cause });
}

/** Writes one file a piece at a time; nothing is visible under its id until `finish()`. */
export class FileWriter {
  readonly id = newFileId();
  readonly key = new Uint8Array(randomBytes(SECRETSTREAM_KEY_BYTES));
  private readonly enc = createStreamEncryptor(this.key);
  private readonly fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private closed = false;

  constructor(private readonly files: EncryptedFiles) {
    try {
      this.fd = openSync(files.tmpPath(this.id), 'wx', 0o600);
      writeSync(this.fd, this.enc.header);
    } catch (e) {
      throw io('create', e);
    }
  }

  /** Plaintext bytes taken so far. */
  get size(): number {
    return this.written + this.pendingBytes;
  }

  write(piece: Uint8Array): void {
    this.pending.push(Buffer.from(piece));
    this.pendingBytes += piece.length;
    while (this.pendingBytes >= FILE_CHUNK) {
      const all = Buffer.concat(this.pending);
      this.seal(all.subarray(0, FILE_CHUNK), false);
      this.pending = [all.subarray(FILE_CHUNK)];
      this.pendingBytes = all.length - FILE_CHUNK;
    }
  }

  /** Seals the last chunk, flushes and moves the file into place. */
  finish(): { id: string; key: Uint8Array; size: number } {
    this.seal(Buffer.concat(this.pending), true);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.closed = true;
      renameSync(this.files.tmpPath(this.id), this.files.path(this.id));
    } catch (e) {
      this.abort();
      throw io('store', e);
    }
    return { id: this.id, key: this.key, size: this.written };
  }

  abort(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
    }
    rmSync(this.files.tmpPath(this.id), { force: true });
  }

  private seal(plain: Uint8Array, final: boolean): void {
    try {
      writeSync(this.fd, this.enc.push(plain, { final }));
    } catch (e) {
      this.abort();
      throw io('write', e);
    }
    this.written += plain.length;
  }
}

/** A raw (already encrypted) blob under outgoing/, moved into place when complete. */
export class BlobWriter {
  readonly name = newFileId();
  private readonly fd: number;

  constructor(private readonly files: EncryptedFiles) {
    try {
      this.fd = openSync(files.tmpPath(`${this.name}.blob`), 'wx', 0o600);
    } catch (e) {
      throw io('create', e);
    }
  }

  write(piece: Uint8Array): void {
    try {
      writeSync(this.fd, piece);
    } catch (e) {
      this.abort();
      throw io('write', e);
    }
  }

  finish(): string {
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      renameSync(this.files.tmpPath(`${this.name}.blob`), this.files.blobPath(this.name));
    } catch (e) {
      this.abort();
      throw io('store', e);
    }
    return this.name;
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.files.tmpPath(`${this.name}.blob`), { force: true });
  }
}

export class EncryptedFiles {
  constructor(readonly dir: string) {}

  /** Creates the folders and empties tmp/ (whatever is there was cut short by a crash). */
  prepare(): void {
    try {
      rmSync(join(this.dir, 'tmp'), { recursive: true, force: true });
      for (const d of [this.dir, join(this.dir, 'outgoing'), join(this.dir, 'tmp')]) {
        mkdirSync(d, { recursive: true, mode: 0o700 });
      }
    } catch (e) {
      throw io('prepare the folder of', e);
    }
  }

  path(id: string): string {
    if (!isFileId(id)) throw new AttachmentsError('attachment-not-found', 'There is no such file.');
    return join(this.dir, id);
  }

  tmpPath(name: string): string {
    return join(this.dir, 'tmp', name);
  }

  blobPath(name: string): string {
    if (!isFileId(name)) throw new AttachmentsError('attachment-not-found', 'There is no such file.');
    return join(this.dir, 'outgoing', name);
  }

  writer(): FileWriter {
    return new FileWriter(this);
  }

  blobWriter(): BlobWriter {
    return new BlobWriter(this);
  }

  /** Encrypts `data` into a new file at once (thumbnails, avatars). */
  writeAll(data: Uint8Array): { id: string; key: Uint8Array; size: number } {
    const w = this.writer();
    w.write(data);
    return w.finish();
  }

  /**
   * The plaintext of `file` from `start` (inclusive) to `end` (exclusive), piece by piece. A whole
   * read must end in the FINAL chunk: a cut or altered file throws instead of ending quietly.
   */
  async *read(file: LocalFile, start = 0, end = file.size): AsyncGenerator<Uint8Array> {
    const h = await open(this.path(file.id), 'r').catch((e: unknown) => {
      throw io('open', e);
    });
    try {
      const header = Buffer.alloc(SECRETSTREAM_HEADER_BYTES);
      if ((await h.read(header, 0, header.length, 0)).bytesRead !== header.length) throw io('read', 'short');
      const dec = createStreamDecryptor(file.key, new Uint8Array(header));
      let at = SECRETSTREAM_HEADER_BYTES;
      let plainAt = 0;
      const buf = Buffer.alloc(SEALED_CHUNK);
      const whole = end >= file.size;
      while ((plainAt < end || whole) && !dec.finished) {
        const { bytesRead } = await h.read(buf, 0, SEALED_CHUNK, at);
        if (bytesRead === 0) throw new AttachmentsError('attachment-io', 'An attachment file is cut short.');
        at += bytesRead;
        const { message } = dec.pull(new Uint8Array(buf.subarray(0, bytesRead)));
        const from = Math.max(0, start - plainAt);
        const to = Math.min(message.length, end - plainAt);
        plainAt += message.length;
        if (to > from) yield message.subarray(from, to);
      }
      if (whole && !dec.finished) {
        throw new AttachmentsError('attachment-io', 'An attachment file is cut short.');
      }
    } catch (e) {
      if (e instanceof AttachmentsError) throw e;
      throw new AttachmentsError('attachment-io', 'An attachment file failed its integrity check.', {
        cause: e,
      });
    } finally {
      await h.close();
    }
  }

  async readAll(file: LocalFile): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const p of this.read(file)) parts.push(p);
    return new Uint8Array(Buffer.concat(parts));
  }

  /** An outgoing blob as an upload source (read again from the start on every attempt). */
  blobSource(name: string, size: number): ChunkSource {
    const path = this.blobPath(name);
    return {
      size,
      async *chunks() {
        const h = await open(path, 'r');
        try {
          const buf = Buffer.alloc(FILE_CHUNK);
          for (let at = 0; at < size;) {
            const { bytesRead } = await h.read(buf, 0, Math.min(FILE_CHUNK, size - at), at);
            if (bytesRead === 0) throw new AttachmentsError('attachment-io', 'An upload blob is cut short.');
            at += bytesRead;
            // A fresh copy per piece: the consumer may still hold the previous one.
            yield new Uint8Array(buf.subarray(0, bytesRead));
          }
        } finally {
          await h.close();
        }
      },
    };
  }

  remove(id: string): void {
    if (isFileId(id)) rmSync(join(this.dir, id), { force: true });
  }

  removeBlob(name: string): void {
    if (isFileId(name)) rmSync(join(this.dir, 'outgoing', name), { force: true });
  }

  /** Names of the files in place (the sweep compares them with the rows). */
  list(): { files: string[]; blobs: string[] } {
    const names = (d: string) => {
      try {
        return readdirSync(d).filter(isFileId);
      } catch {
        return [];
      }
    };
    return { files: names(this.dir), blobs: names(join(this.dir, 'outgoing')) };
  }
}
