/**
 * Files handed to the core for sending, a chunk at a time (bridge frames are capped at 1 MiB; the
 * CLI reads its file in the same pieces). Each chunk is written at once twice, both encrypted: into
 * the file kept at rest (secretstream) and into the legacy blob that will be uploaded (§8.1) — so
 * a 10 MB file is never held in memory, and the upload's bytes exist, complete, before the
 * message does. `finish` records both in the store; `messages.send` then names the upload id.
 */
import { randomBytes } from 'node:crypto';
import { LegacyEncryptor, MAX_ATTACHMENT_BYTES } from '../../crypto/attachment-stream';
import { sanitizeFileName } from '../../protocol';
import type { StagedUpload, Store } from '../../store';
import type { TimerHandle, Timers } from '../session/timers';
import { AttachmentsError } from './attachments-error';
import type { BlobWriter, EncryptedFiles, FileWriter } from './encrypted-files';
import { displayable, IMAGE_SNIFF_BYTES, imageInfo } from './image-info';

export interface UploadMeta {
  readonly fileName?: string;
  readonly contentType?: string;
  readonly size: number;
  readonly voice?: boolean;
  readonly durationMs?: number;
  /** The sender's measure of a video (images are measured by the core). */
  readonly width?: number;
  readonly height?: number;
  readonly caption?: string;
}

/** Uploads being handed over at once; a renderer that forgets one loses it after the idle time. */
export const MAX_STAGING = 16;
export const STAGING_IDLE_MS = 10 * 60_000;
const MAX_SIDE = 65_535;
const CONTENT_TYPE_RE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

interface Session {
  readonly aid: string;
  readonly meta: UploadMeta;
  readonly file: FileWriter;
  readonly blob: BlobWriter;
  readonly enc: LegacyEncryptor;
  received: number;
  head: Uint8Array[];
  headBytes: number;
  idle: TimerHandle | undefined;
}

function contentTypeOf(declared: string | undefined): string {
  const t = (declared ?? '').trim().toLowerCase().split(';')[0]!.trim();
  return CONTENT_TYPE_RE.test(t) && t.length <= 100 ? t : 'application/octet-stream';
}

const side = (v: number | undefined): number | null =>
  v !== undefined && Number.isInteger(v) && v > 0 && v <= MAX_SIDE ? v : null;

export class Staging {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly files: EncryptedFiles,
    private readonly store: () => Store,
    private readonly timers: Timers,
  ) {}

  begin(meta: UploadMeta): string {
    if (!Number.isSafeInteger(meta.size) || meta.size < 1 || meta.size > MAX_ATTACHMENT_BYTES) {
      throw new AttachmentsError('attachment-too-large', 'Files are limited to 10,000,000 bytes.');
    }
    if (this.sessions.size >= MAX_STAGING) {
      throw new AttachmentsError('attachment-busy', 'Too many files are being added at once.');
    }
    const aid = randomBytes(16).toString('hex');
    const file = this.files.writer();
    let blob: BlobWriter;
    try {
      blob = this.files.blobWriter();
    } catch (e) {
      file.abort();
      throw e;
    }
    const enc = new LegacyEncryptor(meta.size);
    const s: Session = { aid, meta, file, blob, enc, received: 0, head: [], headBytes: 0, idle: undefined };
    this.sessions.set(aid, s);
    this.touch(s);
    this.guard(s, () => blob.write(enc.start()));
    return aid;
  }

  /** Takes the bytes at `offset`, which must be where the previous chunk ended. */
  append(aid: string, offset: number, bytes: Uint8Array): number {
    const s = this.session(aid);
    if (offset !== s.received) {
      throw new AttachmentsError('attachment-offset', `The next chunk starts at byte ${s.received}.`);
    }
    if (s.received + bytes.length > s.meta.size) {
      this.cancel(aid);
      throw new AttachmentsError('attachment-too-large', 'The file is larger than announced.');
    }
    this.guard(s, () => {
      s.file.write(bytes);
      s.blob.write(s.enc.update(bytes));
    });
    if (s.headBytes < IMAGE_SNIFF_BYTES) {
      s.head.push(bytes.slice(0, IMAGE_SNIFF_BYTES - s.headBytes));
      s.headBytes += Math.min(bytes.length, IMAGE_SNIFF_BYTES - s.headBytes);
    }
    s.received += bytes.length;
    this.touch(s);
    return s.received;
  }

  /** Completes an upload: the files move into place and the store records them. */
  finish(aid: string, now: number): StagedUpload {
    const s = this.session(aid);
    if (s.received !== s.meta.size) {
      throw new AttachmentsError(
        'attachment-incomplete',
        `${s.meta.size - s.received} bytes are still missing.`,
      );
    }
    const described = this.describe(s);
    const { tail, sealed } = s.enc.finish();
    this.guard(s, () => s.blob.write(tail));
    this.drop(s);
    const kept = s.file.finish();
    let blobFile: string;
    try {
      blobFile = s.blob.finish();
    } catch (e) {
      this.files.remove(kept.id);
      throw e;
    }
    const upload: StagedUpload = {
      aid,
      fileId: kept.id,
      blobFile,
      legacyKey: sealed.key,
      digest: sealed.digest,
      createdAt: now,
      ...described,
    };
    const store = this.store();
    store.write((tx) => {
      store.media.putFile(tx, {
        id: kept.id,
        key: kept.key,
        size: kept.size,
        contentType: upload.contentType,
        createdAt: now,
      });
      store.media.putUpload(tx, upload);
    });
    return upload;
  }

  /** Forgets an upload in progress, or a finished one no message took yet. */
  cancel(aid: string): boolean {
    const s = this.sessions.get(aid);
    if (s) {
      this.drop(s);
      s.file.abort();
      s.blob.abort();
      return true;
    }
    const store = this.store();
    const staged = store.media.upload(store.read, aid);
    if (!staged) return false;
    store.write((tx) => {
      store.media.removeUpload(tx, aid);
      store.media.removeFile(tx, staged.fileId);
    });
    this.files.remove(staged.fileId);
    this.files.removeBlob(staged.blobFile);
    return true;
  }

  /** The account is closing: every upload in progress is dropped (finished ones stay). */
  stop(): void {
    for (const aid of [...this.sessions.keys()]) this.cancel(aid);
  }

  private session(aid: string): Session {
    const s = this.sessions.get(aid);
    if (!s) throw new AttachmentsError('attachment-not-found', 'There is no such upload in progress.');
    return s;
  }

  /** Type, name and size facts: an image is measured from its header, never trusted blindly. */
  private describe(
    s: Session,
  ): Omit<StagedUpload, 'aid' | 'fileId' | 'blobFile' | 'legacyKey' | 'digest' | 'createdAt'> {
    const m = s.meta;
    const info = imageInfo(new Uint8Array(Buffer.concat(s.head)));
    if (info && !displayable(info)) {
      this.cancel(s.aid);
      throw new AttachmentsError('attachment-dimensions', 'The image is too large to be shown anywhere.');
    }
    const contentType = info?.contentType ?? contentTypeOf(m.contentType);
    const voice = m.voice === true && contentType.startsWith('audio/');
    return {
      fileName: sanitizeFileName(m.fileName) ?? null,
      contentType,
      size: m.size,
      width: info?.width ?? side(m.width),
      height: info?.height ?? side(m.height),
      voice,
      durationMs:
        m.durationMs !== undefined && Number.isSafeInteger(m.durationMs) && m.durationMs >= 0
          ? m.durationMs
          : null,
      caption: m.caption ? m.caption.slice(0, 2_000) : null,
    };
  }

  private guard(s: Session, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.cancel(s.aid);
      throw e;
    }
  }

  private touch(s: Session): void {
    this.timers.clearTimeout(s.idle);
    s.idle = this.timers.setTimeout(() => this.cancel(s.aid), STAGING_IDLE_MS);
  }

  private drop(s: Session): void {
    this.timers.clearTimeout(s.idle);
    this.sessions.delete(s.aid);
  }
}
