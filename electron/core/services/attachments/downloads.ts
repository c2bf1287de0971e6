/**
 * Downloads of received attachments: through an onion request to the server the pointer names,
 * with progress, cancel and retry (protocol reference §8.5). Nothing is kept or shown before the
 * whole file passed its checks: a legacy blob lands encrypted in tmp/ while its MAC and digest are
 * computed, and only then is it decrypted into the file kept at rest; a deterministic file is
 * opened chunk by chunk (each authenticated) into a file that stays under tmp/ until the stream's
 * FINAL tag was seen. A 404 means the file expired; a failed check means it is invalid.
 */
import { closeSync, ftruncateSync, openSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { AttachmentError, LegacyDecryptor, LegacyVerifier } from '../../crypto/attachment-stream';
import { DeterministicDecryptor } from '../../crypto/deterministic-attachment';
import { errorCode } from '../../errors';
import { isNetworkError, type DownloadSink } from '../../network';
import { parseFileUrl, type FileLocation } from '../../protocol';
import type { AttachmentPatch, StoredAttachment } from '../../store';
import type { AttachmentsActive } from './active';
import { AttachmentsError } from './attachments-error';
import { FILE_CHUNK, newFileId, type FileWriter } from './encrypted-files';
import { downloadServer } from './file-servers';
import { displayable, IMAGE_SNIFF_BYTES, imageInfo } from './image-info';

/** Downloads at once; the rest wait their turn. */
const CONCURRENCY = 3;

/** Where a download's bytes go while they are not yet trusted. */
interface Landing extends DownloadSink {
  /** After the transfer: checks, then produces the file kept at rest. */
  settle(writer: FileWriter): Promise<void>;
  discard(): void;
}

function legacyLanding(a: AttachmentsActive, att: StoredAttachment): Landing {
  const path = a.files.tmpPath(`${newFileId()}.dl`);
  const fd = openSync(path, 'wx', 0o600);
  let verifier = new LegacyVerifier(att.key!, att.digest, att.size);
  let closed = false;
  const close = (): void => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    write(piece) {
      verifier.update(piece);
      writeSync(fd, piece);
    },
    reset() {
      ftruncateSync(fd, 0);
      verifier = new LegacyVerifier(att.key!, att.digest, att.size);
    },
    async settle(writer) {
      close();
      verifier.finish();
      const dec = new LegacyDecryptor(att.key!, att.size);
      const h = await open(path, 'r');
      try {
        const buf = Buffer.alloc(FILE_CHUNK);
        for (let at = 0; ;) {
          const { bytesRead } = await h.read(buf, 0, FILE_CHUNK, at);
          if (bytesRead === 0) break;
          at += bytesRead;
          writer.write(dec.update(new Uint8Array(buf.subarray(0, bytesRead))));
        }
      } finally {
        await h.close();
      }
      writer.write(dec.finish());
    },
    discard() {
      close();
      rmSync(path, { force: true });
    },
  };
}

function deterministicLanding(att: StoredAttachment, writer: FileWriter): Landing {
  let dec = new DeterministicDecryptor(att.key!);
  let out = 0;
  const take = (pieces: Uint8Array[]): void => {
    for (const p of pieces) {
      // The size the pointer names is what is kept; anything beyond is padding.
      const keep = p.subarray(0, Math.max(0, att.size - out));
      out += p.length;
      if (keep.length > 0) writer.write(keep);
    }
  };
  return {
    write: (piece) => take(dec.update(piece)),
    reset() {
      if (out > 0)
        throw new AttachmentsError('attachment-download-failed', 'A download cannot restart midway.');
      dec = new DeterministicDecryptor(att.key!);
    },
    settle() {
      take(dec.finish());
      if (out < att.size)
        throw new AttachmentError('size', 'The attachment is shorter than its declared size.');
      return Promise.resolve();
    },
    discard: () => undefined,
  };
}

/** What a failed download leaves on its row: expired files are not broken, invalid ones never shown. */
function failureOf(e: unknown, cancelled: boolean): AttachmentPatch {
  if (cancelled) return { state: 'pending', failure: null };
  if (isNetworkError(e) && e.code === 'not-found') return { state: 'expired', failure: 'attachment-expired' };
  if (e instanceof AttachmentError || (e instanceof AttachmentsError && e.code === 'attachment-dimensions')) {
    return { state: 'failed', failure: e instanceof AttachmentsError ? e.code : 'attachment-invalid' };
  }
  if (e instanceof AttachmentsError && e.code === 'attachment-io')
    return { state: 'failed', failure: e.code };
  return { state: 'failed', failure: 'attachment-download-failed' };
}

export class Downloads {
  private readonly queue: string[] = [];
  private running = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly active: () => AttachmentsActive) {}

  /** Queues a download (a click, a retry, or automatic); a file already here or on its way is left. */
  start(aid: string): void {
    const a = this.active();
    const { store } = a.session;
    const att = store.media.attachment(store.read, aid);
    if (!att) throw new AttachmentsError('attachment-not-found', 'There is no such attachment.');
    if (att.state === 'rejected' || !att.url || !att.key) {
      throw new AttachmentsError('attachment-invalid', 'This attachment cannot be downloaded.');
    }
    if (att.state === 'ready' || att.state === 'downloading' || a.transfers.isRunning(aid)) return;
    store.write((tx) => store.media.patchAttachment(tx, aid, { state: 'downloading', failure: null }));
    a.transfers.changed(att);
    this.queue.push(aid);
    this.pump();
  }

  /** Stops a download, queued or running; the file is back to "download on click". */
  cancel(aid: string): boolean {
    const a = this.active();
    if (a.transfers.cancel(aid)) return true;
    const i = this.queue.indexOf(aid);
    if (i < 0) return false;
    this.queue.splice(i, 1);
    const { store } = a.session;
    const att = store.media.attachment(store.read, aid);
    store.write((tx) => store.media.patchAttachment(tx, aid, { state: 'pending', failure: null }));
    if (att) a.transfers.changed(att);
    this.pump();
    return true;
  }

  /** Resolves once no download is queued or running (the CLI, tests). */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (this.running < CONCURRENCY && this.queue.length > 0) {
      const aid = this.queue.shift()!;
      this.running++;
      void this.run(aid).finally(() => {
        this.running--;
        this.pump();
      });
    }
    if (this.running === 0 && this.queue.length === 0) for (const w of this.waiters.splice(0)) w();
  }

  private async run(aid: string): Promise<void> {
    const a = this.active();
    const { store } = a.session;
    const att = store.media.attachment(store.read, aid);
    const location = att?.url ? parseFileUrl(att.url) : undefined;
    if (!att || !location) return;
    const signal = a.transfers.begin(aid, a.session.signal);
    const writer = a.files.writer();
    let landing: Landing | undefined;
    try {
      landing = location.encryption === 'legacy' ? legacyLanding(a, att) : deterministicLanding(att, writer);
      await this.fetch(a, att, location, landing, signal);
      await landing.settle(writer);
      if (signal.aborted) throw new AttachmentsError('attachment-download-failed', 'Cancelled.');
      await this.keep(a, att, writer);
    } catch (e) {
      writer.abort();
      if (a.session.signal.aborted) return;
      const patch = failureOf(e, signal.aborted);
      a.session.logger.warn('attachment download failed', { code: errorCode(e), state: patch.state ?? '' });
      store.write((tx) => store.media.patchAttachment(tx, aid, patch));
      a.transfers.changed(att);
    } finally {
      landing?.discard();
      a.transfers.end(aid);
    }
  }

  private async fetch(
    a: AttachmentsActive,
    att: StoredAttachment,
    location: FileLocation,
    sink: DownloadSink,
    signal: AbortSignal,
  ): Promise<void> {
    const net = await a.session.network.whenOpen(signal);
    const server = downloadServer(location, await a.profileServer());
    await net.downloadFileStream(server, location.fileId, sink, {
      expectedBytes: att.size,
      signal,
      onProgress: a.transfers.reporter(att, 'download'),
    });
  }

  /** The checked plaintext moves into place; an image nobody could display is refused here. */
  private async keep(a: AttachmentsActive, att: StoredAttachment, writer: FileWriter): Promise<void> {
    const kept = writer.finish();
    const { store } = a.session;
    const file = {
      id: kept.id,
      key: kept.key,
      size: kept.size,
      contentType: att.contentType,
      createdAt: Date.now(),
    };
    let head = new Uint8Array(0);
    for await (const p of a.files.read(file, 0, Math.min(IMAGE_SNIFF_BYTES, file.size)))
      head = Buffer.concat([head, p]);
    const info = imageInfo(head);
    if (info && !displayable(info)) {
      a.files.remove(kept.id);
      throw new AttachmentsError('attachment-dimensions', 'The image is too large to be shown anywhere.');
    }
    store.write((tx) => {
      store.media.putFile(tx, file);
      store.media.patchAttachment(tx, att.aid, {
        state: 'ready',
        failure: null,
        fileId: kept.id,
        ...(info ? { width: info.width, height: info.height } : {}),
      });
    });
    a.transfers.changed(att);
  }
}
