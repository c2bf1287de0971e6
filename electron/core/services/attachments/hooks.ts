/**
 * The attachments side of messaging's seam (messaging/attachment-hooks.ts): staged uploads become
 * a message's attachment rows with their upload jobs; the uploaded rows become pointers; incoming
 * pointers become rows (rejected ones too, so the message shows what could not be used) and, in an
 * accepted chat, small images and voice notes start downloading when the batch committed.
 */
import { randomBytes } from 'node:crypto';
import type { AttachmentPointer, ReceivedAttachment, RejectedAttachment } from '../../protocol';
import type { ReadDb, WriteDb } from '../../store';
import type { AttachmentHooks, IncomingFile } from '../messaging/attachment-hooks';
import { MessagingError } from '../messaging/messaging-error';
import type { AttachmentsActive } from './active';
import { AUTO_DOWNLOAD_MAX_BYTES } from './file-servers';
import { UPLOAD_JOB, uploadPayload } from './upload-job';

function enqueueUpload(a: AttachmentsActive, tx: WriteDb, messageId: number, aid: string): number {
  return a.session.outbox.enqueue(tx, {
    kind: UPLOAD_JOB,
    key: `upload:${aid}`,
    messageId,
    payload: uploadPayload(aid),
  });
}

function fetchesItself(a: AttachmentsActive, p: ReceivedAttachment): boolean {
  const kind = p.contentType ?? '';
  return (
    a.settings().autoDownload === 'always' &&
    p.size <= AUTO_DOWNLOAD_MAX_BYTES &&
    (kind.startsWith('image/') || p.voice)
  );
}

/** Accepted pointers in their original positions (the rejected ones took theirs). */
function positions(count: number, rejected: readonly RejectedAttachment[]): number[] {
  const taken = new Set(rejected.map((r) => r.index));
  const out: number[] = [];
  for (let i = 0; out.length < count; i++) if (!taken.has(i)) out.push(i);
  return out;
}

export function attachmentHooks(active: () => AttachmentsActive): AttachmentHooks {
  return {
    attach(tx, messageId, uploadIds) {
      const a = active();
      const { media } = a.session.store;
      if (new Set(uploadIds).size !== uploadIds.length) {
        throw new MessagingError('attachment-not-found', 'The same file is attached twice.');
      }
      return uploadIds.map((aid, position) => {
        const u = media.upload(tx, aid);
        if (!u)
          throw new MessagingError('attachment-not-found', 'An attachment is missing or its upload failed.');
        media.insertAttachment(tx, messageId, {
          aid,
          position,
          contentType: u.contentType,
          size: u.size,
          fileName: u.fileName,
          url: null,
          key: u.legacyKey,
          digest: u.digest,
          fileId: u.fileId,
          width: u.width,
          height: u.height,
          voice: u.voice,
          caption: u.caption,
          durationMs: u.durationMs,
          state: 'uploading',
          blobFile: u.blobFile,
        });
        media.removeUpload(tx, aid);
        return enqueueUpload(a, tx, messageId, aid);
      });
    },

    requeue(tx, messageId) {
      const a = active();
      const { media } = a.session.store;
      return media.ofMessage(tx, messageId).flatMap((att) => {
        if (att.url || !att.blobFile) return [];
        media.patchAttachment(tx, att.aid, { state: 'uploading', failure: null });
        return [enqueueUpload(a, tx, messageId, att.aid)];
      });
    },

    pointers(db: ReadDb, messageId: number): AttachmentPointer[] | undefined {
      const rows = active().session.store.media.ofMessage(db, messageId);
      if (rows.some((r) => !r.url || !r.key)) return undefined;
      return rows.map((r) => ({
        url: r.url!,
        key: r.key!,
        ...(r.digest ? { digest: r.digest } : {}),
        size: r.size,
        ...(r.contentType ? { contentType: r.contentType } : {}),
        ...(r.fileName ? { fileName: r.fileName } : {}),
        ...(r.width ? { width: r.width } : {}),
        ...(r.height ? { height: r.height } : {}),
        ...(r.caption ? { caption: r.caption } : {}),
        voice: r.voice,
      }));
    },

    received: (tx, m, afterCommit) => received(active(), tx, m, afterCommit),
  };
}

/** An incoming (or synced) message's pointers become rows; small images and voice notes start. */
function received(
  a: AttachmentsActive,
  tx: WriteDb,
  m: Parameters<AttachmentHooks['received']>[1],
  afterCommit: (fn: () => void) => void,
): IncomingFile[] {
  const { media } = a.session.store;
  const at = positions(m.attachments.length, m.rejected);
  const fetch: string[] = [];
  const kept: IncomingFile[] = [];
  m.attachments.forEach((p, i) => {
    const aid = randomBytes(16).toString('hex');
    media.insertAttachment(tx, m.id, {
      aid,
      position: at[i]!,
      contentType: p.contentType ?? '',
      size: p.size,
      fileName: p.fileName ?? null,
      url: p.url,
      key: p.key,
      digest: p.digest ?? null,
      fileId: null,
      width: p.width ?? null,
      height: p.height ?? null,
      voice: p.voice,
      caption: p.caption ?? null,
      durationMs: null,
      state: 'pending',
    });
    kept.push({ id: aid, fileName: p.fileName ?? null, size: p.size, contentType: p.contentType ?? '' });
    if (!m.request && fetchesItself(a, p)) fetch.push(aid);
  });
  for (const r of m.rejected) {
    media.insertAttachment(tx, m.id, {
      aid: randomBytes(16).toString('hex'),
      position: r.index,
      contentType: '',
      size: 0,
      fileName: null,
      url: null,
      key: null,
      digest: null,
      fileId: null,
      width: null,
      height: null,
      voice: false,
      caption: null,
      durationMs: null,
      state: 'rejected',
      failure: r.reason,
    });
  }
  if (fetch.length > 0) afterCommit(() => fetch.forEach((aid) => a.downloads.start(aid)));
  return kept;
}
