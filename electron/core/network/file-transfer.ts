import { NetworkError, asNetworkError } from './errors';
import { checkCode, serverDestination, uploadedFile, type UploadedFile } from './file-server';
import type { ChunkSource } from './onion-stream';
import type { FileServerTarget } from './profile';
import { OnionRequestError, sleep, type OnionTransport } from './transport';

/**
 * File uploads and downloads that stream (onion-stream.ts): the upload's body is read from its
 * source on every attempt, the download's body goes into a sink that is emptied before a retry.
 * Both are v4 onion requests to the file server named (protocol reference §8.3, §8.5), retried like
 * every server request (3 attempts, a 404 or 413 is an answer, not a failure).
 */
export interface TransferOptions {
  readonly signal?: AbortSignal;
  /** Bytes moved so far and the total expected (the request body, or the file's size). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DownloadSink {
  write(piece: Uint8Array): void;
  /** Forget what was written (a failed attempt is retried from the start). */
  reset(): void;
}

const ATTEMPTS = 3;
const BACKOFF_MS = 100;
/** Desktop gives a file request 30 s; a large file gets a minute more per 2.5 MB on top. */
const BYTES_PER_EXTRA_SECOND = 40_000;

export function transferTimeoutMs(baseMs: number, bytes: number): number {
  return baseMs + Math.ceil(bytes / BYTES_PER_EXTRA_SECOND) * 1000;
}

async function attempts<T>(
  transport: OnionTransport,
  signal: AbortSignal | undefined,
  run: () => Promise<T>,
): Promise<T> {
  let last: NetworkError | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(BACKOFF_MS * attempt, signal);
    if (signal?.aborted) throw new NetworkError('closed');
    if (transport.isOffline) await transport.waitOnline();
    try {
      return await run();
    } catch (e) {
      last = asNetworkError(e);
      if (signal?.aborted || !last.retryable || !(e instanceof OnionRequestError)) throw last;
    }
  }
  throw last ?? new NetworkError('unreachable');
}

export function uploadFileStream(
  transport: OnionTransport,
  server: FileServerTarget,
  source: ChunkSource,
  opts: TransferOptions & { readonly isDefaultServer: boolean; readonly baseTimeoutMs: number },
): Promise<UploadedFile> {
  const dest = serverDestination(server);
  return attempts(transport, opts.signal, async () => {
    // The answer is a small JSON object: gathered, bounded by the reply cap.
    const answer: Uint8Array[] = [];
    const reply = await transport.serverStream(
      dest,
      {
        meta: { method: 'POST', endpoint: '/file', headers: { 'Content-Type': 'application/octet-stream' } },
        body: source,
        timeoutMs: transferTimeoutMs(opts.baseTimeoutMs, source.size),
        // The request is a little larger than the file (framing, three layers): count the file.
        onSent: (sent) => opts.onProgress?.(Math.min(sent, source.size), source.size),
      },
      (piece) => void answer.push(piece.slice()),
      opts.signal,
    );
    const body = reply.code === 200 ? new Uint8Array(Buffer.concat(answer)) : reply.body;
    return uploadedFile({ ...reply, body }, server, opts.isDefaultServer);
  });
}

export function downloadFileStream(
  transport: OnionTransport,
  server: FileServerTarget,
  fileId: string,
  sink: DownloadSink,
  opts: TransferOptions & { readonly expectedBytes: number; readonly baseTimeoutMs: number },
): Promise<void> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(fileId))
    throw new NetworkError('not-found', 'That is not a file id.', { retryable: false });
  const dest = serverDestination(server);
  return attempts(transport, opts.signal, async () => {
    sink.reset();
    let received = 0;
    const reply = await transport.serverStream(
      dest,
      {
        meta: { method: 'GET', endpoint: `/file/${fileId}` },
        timeoutMs: transferTimeoutMs(opts.baseTimeoutMs, opts.expectedBytes),
      },
      (piece) => {
        received += piece.length;
        sink.write(piece);
        opts.onProgress?.(received, Math.max(received, opts.expectedBytes));
      },
      opts.signal,
    );
    checkCode(reply, 'file');
  });
}
