import { encodeV4Request, type V4Response } from '../protocol/onion-v4';
import { NetworkError, asNetworkError } from './errors';
import type { OnionDestination } from './onion-request';
import type { FileServerTarget } from './profile';
import { OnionRequestError, sleep, type OnionTransport } from './transport';

/** v4 requests to the file server (or any onion-reachable server), protocol reference §6.4, §8.3. */
export interface ServerRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query, starting with '/'. */
  readonly endpoint: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array;
  readonly timeoutMs?: number;
  /** Defaults to the profile's file server. */
  readonly server?: FileServerTarget;
}

/** Desktop retries non-snode onion requests 3 times; a 404 is an answer, not a failure. */
const SERVER_ATTEMPTS = 3;
const SERVER_BACKOFF_MS = 100;

export function serverDestination(server: FileServerTarget): Extract<OnionDestination, { kind: 'server' }> {
  const u = new URL(server.url);
  const protocol = u.protocol === 'http:' ? 'http' : 'https';
  const port = u.port === '' ? (protocol === 'http' ? 80 : 443) : Number(u.port);
  return { kind: 'server', host: u.hostname, port, protocol, x25519: server.x25519 };
}

export async function serverRequest(
  transport: OnionTransport,
  defaultServer: FileServerTarget,
  req: ServerRequest,
  signal: AbortSignal,
): Promise<V4Response> {
  if (!req.endpoint.startsWith('/')) {
    throw new NetworkError('rejected', 'A server endpoint starts with "/".', { retryable: false });
  }
  const dest = serverDestination(req.server ?? defaultServer);
  const headers = { ...req.headers };
  if (req.body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/octet-stream';
  }
  const payload = encodeV4Request(
    { method: req.method, endpoint: req.endpoint, headers },
    req.method === 'POST' || req.method === 'PUT' ? (req.body ?? new Uint8Array(0)) : undefined,
  );
  let last: NetworkError | undefined;
  for (let attempt = 0; attempt < SERVER_ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(SERVER_BACKOFF_MS * attempt, signal);
    if (transport.isOffline) await transport.waitOnline();
    try {
      return await transport.serverRequest(dest, payload, req.timeoutMs);
    } catch (e) {
      last = asNetworkError(e);
      if (!last.retryable) throw last;
      if (!(e instanceof OnionRequestError)) throw last;
    }
  }
  throw last ?? new NetworkError('unreachable');
}

export function jsonBody(r: V4Response): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(Buffer.from(r.body).toString('utf8'));
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new NetworkError('bad-response', 'The file server sent an unreadable JSON reply.', {
    retryable: false,
  });
}

export function checkCode(r: V4Response, what: string): void {
  if (r.code === 200) return;
  if (r.code === 404)
    throw new NetworkError('not-found', `The file server has no such ${what}.`, { status: 404 });
  if (r.code === 413)
    throw new NetworkError('too-large', 'The file is larger than the file server accepts.', { status: 413 });
  throw new NetworkError('rejected', `The file server answered ${r.code}.`, {
    status: r.code,
    retryable: false,
  });
}

export interface UploadedFile {
  readonly id: string;
  /** Unix ms, from the server's `expires` (seconds). */
  readonly expiresMs: number;
  /** The pointer URL other clients download from (`#p=` names a non-default server's key). */
  readonly url: string;
}

export async function uploadFile(
  transport: OnionTransport,
  server: FileServerTarget,
  data: Uint8Array,
  signal: AbortSignal,
  opts: { ttlSeconds?: number; timeoutMs?: number; isDefaultServer?: boolean } = {},
): Promise<UploadedFile> {
  const headers: Record<string, string> = {};
  if (opts.ttlSeconds !== undefined) headers['X-FS-TTL'] = String(Math.floor(opts.ttlSeconds));
  const r = await serverRequest(
    transport,
    server,
    { method: 'POST', endpoint: '/file', headers, body: data, timeoutMs: opts.timeoutMs },
    signal,
  );
  return uploadedFile(r, server, opts.isDefaultServer !== false);
}

/** The upload's answer read as desktop reads it; `#p=` names a non-default server's Ed25519 key. */
export function uploadedFile(
  r: V4Response,
  server: FileServerTarget,
  isDefaultServer: boolean,
): UploadedFile {
  checkCode(r, 'file');
  const body = jsonBody(r);
  const id = body['id'];
  const expires = body['expires'];
  if ((typeof id !== 'string' && typeof id !== 'number') || String(id).length === 0) {
    throw new NetworkError('bad-response', 'The file server did not return a file id.', { retryable: false });
  }
  const base = server.url.replace(/\/+$/, '');
  const url = `${base}/file/${String(id)}${isDefaultServer ? '' : `#p=${server.ed25519}`}`;
  return { id: String(id), expiresMs: typeof expires === 'number' ? Math.round(expires * 1000) : 0, url };
}

export async function downloadFile(
  transport: OnionTransport,
  server: FileServerTarget,
  id: string,
  signal: AbortSignal,
  timeoutMs?: number,
): Promise<Uint8Array> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw new NetworkError('not-found', 'That is not a file id.', { retryable: false });
  const r = await serverRequest(
    transport,
    server,
    { method: 'GET', endpoint: `/file/${id}`, timeoutMs },
    signal,
  );
  checkCode(r, 'file');
  return r.body;
}
