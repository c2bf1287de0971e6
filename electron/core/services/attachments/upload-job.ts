/**
 * The `attachment-upload` outbox kind: uploads one attachment's legacy blob (written when the file
 * was handed over, so every attempt — after a crash too — sends the same bytes) through an onion
 * request to the chosen file server, with progress and cancel. Its `done` records the URL in the
 * same transaction that removes the job; the message job that `dependsOn` it runs after that, and
 * a failure here fails the message too (`dependency-failed`), never a message without its file.
 */
import { statSync } from 'node:fs';
import { errorCode } from '../../errors';
import { isNetworkError } from '../../network';
import {
  done,
  fail,
  retryLater,
  type JobContext,
  type JobOutcome,
  type OutboxHandler,
} from '../outbox/kinds';
import type { StoredAttachment } from '../../store';
import type { AttachmentsActive } from './active';
import { uploadServer } from './file-servers';

export const UPLOAD_JOB = 'attachment-upload';
export const UPLOAD_MAX_ATTEMPTS = 8;
/** The failure of an upload the user stopped. */
export const CANCELLED = 'cancelled';

export const uploadPayload = (aid: string): Uint8Array => new TextEncoder().encode(aid);

function blobSize(a: AttachmentsActive, name: string): number | undefined {
  try {
    return statSync(a.files.blobPath(name)).size;
  } catch {
    return undefined;
  }
}

async function upload(
  a: AttachmentsActive,
  att: StoredAttachment,
  blob: string,
  ctx: JobContext,
): Promise<JobOutcome> {
  const size = blobSize(a, blob);
  if (size === undefined) return fail('attachment-not-found');
  const net = await ctx.network();
  const server = uploadServer(a.settings().fileServer, await a.profileServer());
  const signal = a.transfers.begin(att.aid, ctx.signal);
  try {
    const up = await net.uploadFileStream(a.files.blobSource(blob, size), {
      server,
      signal,
      onProgress: a.transfers.reporter(att, 'upload'),
    });
    const { store } = a.session;
    ctx.afterCommit(() => {
      a.files.removeBlob(blob);
      a.transfers.changed(att);
    });
    return done((tx) =>
      store.media.patchAttachment(tx, att.aid, {
        url: up.url,
        state: 'ready',
        failure: null,
        blobFile: null,
        ...(up.expiresMs > 0 ? { expiresAt: up.expiresMs } : {}),
      }),
    );
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    if (signal.aborted) return fail(CANCELLED);
    if (isNetworkError(e) && e.code === 'too-large') return fail('attachment-too-large');
    const code = `network-${errorCode(e)}`;
    return isNetworkError(e) && !e.retryable && e.code !== 'closed' ? fail(code) : retryLater(code);
  } finally {
    a.transfers.end(att.aid);
  }
}

export function uploadHandler(active: () => AttachmentsActive): OutboxHandler {
  return {
    kind: UPLOAD_JOB,
    maxAttempts: UPLOAD_MAX_ATTEMPTS,
    async run(job, ctx) {
      const a = active();
      const aid = new TextDecoder().decode(job.payload ?? new Uint8Array());
      const att = a.session.store.media.attachment(a.session.store.read, aid);
      if (!att) return fail('attachment-not-found');
      // Uploaded before a crash cut the bookkeeping short: nothing left to do.
      if (att.url) return done();
      if (att.failure === CANCELLED) return fail(CANCELLED);
      if (!att.blobFile) return fail('attachment-not-found');
      return upload(a, att, att.blobFile, ctx);
    },
    failed(tx, job, reason) {
      const a = active();
      const aid = new TextDecoder().decode(job.payload ?? new Uint8Array());
      const att = a.session.store.media.attachment(tx, aid);
      if (!att || att.url) return;
      a.session.store.media.patchAttachment(tx, aid, { state: 'failed', failure: reason.slice(0, 64) });
      // The worker has no after-commit for failures: a deferred turn runs after this commit.
      setImmediate(() => a.transfers.changed(att));
    },
  };
}
