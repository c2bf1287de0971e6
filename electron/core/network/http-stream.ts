import http from 'node:http';
import https from 'node:https';
import { NetworkError } from './errors';
import { wrapSocketError, type HttpReply } from './https-client';

/**
 * One POST whose body is written piece by piece (honouring the socket's backpressure) and whose
 * 200 reply is handed to `onBody` piece by piece: what file transfers through onion paths need so a
 * 10 MB file is never held whole. Other replies are collected (bounded) for the caller to judge.
 * Same deadline, abort and error mapping as httpPost; no certificate pinning (guards only).
 */
export interface StreamPostOptions {
  readonly timeoutMs: number;
  /** Upper bound of the whole reply, 200 or not. */
  readonly maxReplyBytes: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly agent?: https.Agent | http.Agent;
  readonly signal?: AbortSignal;
  /** Bytes of the request body written so far (upload progress). */
  readonly onSent?: (bytes: number) => void;
}

const MAX_ERROR_REPLY = 64 * 1024;

export function httpPostStream(
  url: string,
  body: { readonly size: number; chunks(): AsyncIterable<Uint8Array> },
  onBody: (piece: Uint8Array) => void,
  opts: StreamPostOptions,
): Promise<HttpReply> {
  return new Promise<HttpReply>((resolve, reject) => {
    const u = new URL(url);
    const secure = u.protocol === 'https:';
    const host = u.host;
    let settled = false;
    const finish = (err: NetworkError | undefined, reply?: HttpReply): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(reply!);
    };
    const req = (secure ? https : http).request({
      method: 'POST',
      host: u.hostname,
      port: u.port === '' ? (secure ? 443 : 80) : Number(u.port),
      path: `${u.pathname}${u.search}`,
      headers: { ...opts.headers, 'Content-Length': String(body.size) },
      agent: opts.agent,
      rejectUnauthorized: false,
    });
    const fail = (e: NetworkError): void => {
      req.destroy(e);
      finish(e);
    };
    const timer = setTimeout(
      () => fail(new NetworkError('timeout', `${host} did not answer within ${opts.timeoutMs} ms.`)),
      opts.timeoutMs,
    );
    const onAbort = (): void => fail(new NetworkError('closed'));
    // Listening before any destroy: a request destroyed without a listener throws from the socket.
    req.on('error', (e) => finish(wrapSocketError(e, host)));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const kept: Buffer[] = [];
      let total = 0;
      res.on('data', (c: Buffer) => {
        total += c.length;
        const cap = status === 200 ? opts.maxReplyBytes : MAX_ERROR_REPLY;
        if (total > cap)
          return fail(new NetworkError('too-large', `${host} sent a reply larger than ${cap} bytes.`));
        if (status !== 200) return void kept.push(c);
        try {
          onBody(new Uint8Array(c.buffer, c.byteOffset, c.byteLength));
        } catch (e) {
          fail(
            e instanceof NetworkError
              ? e
              : new NetworkError('bad-response', 'The reply could not be read.', { cause: e }),
          );
        }
      });
      res.on('error', (e) => finish(wrapSocketError(e, host)));
      res.on('end', () => {
        const ct = res.headers['content-type'];
        const kept1 = Buffer.concat(kept);
        finish(undefined, {
          status,
          contentType: typeof ct === 'string' ? ct : '',
          body: new Uint8Array(kept1.buffer, kept1.byteOffset, kept1.byteLength),
        });
      });
    });
    void writeBody(req, body, opts.onSent).then(
      () => req.end(),
      (e: unknown) =>
        fail(e instanceof NetworkError ? e : new NetworkError('closed', 'The upload stopped.', { cause: e })),
    );
  });
}

async function writeBody(
  req: http.ClientRequest,
  body: { chunks(): AsyncIterable<Uint8Array> },
  onSent: ((bytes: number) => void) | undefined,
): Promise<void> {
  let sent = 0;
  for await (const piece of body.chunks()) {
    if (req.destroyed) return;
    if (piece.length === 0) continue;
    sent += piece.length;
    if (!req.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          req.off('drain', done);
          req.off('close', done);
          resolve();
        };
        req.once('drain', done);
        req.once('close', done);
      });
    }
    onSent?.(sent);
  }
}
