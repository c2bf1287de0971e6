import { createHash, X509Certificate } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { NetworkError } from './errors';

/**
 * One POST over node:http(s) with a hard overall deadline, a bounded reply and optional certificate
 * pinning. Service nodes use self-signed certificates, so verification is off: authenticity comes
 * from the onion encryption, or from the pin for seed nodes.
 */
export interface HttpReply {
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array;
}

export interface CertPin {
  readonly certSha256?: string;
  readonly spkiSha256?: string;
}

export interface PostOptions {
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A keep-alive agent; ignored when pinning (a pin must see a fresh handshake). */
  readonly agent?: https.Agent | http.Agent;
  readonly pin?: CertPin;
  readonly signal?: AbortSignal;
}

/** Desktop's outer headers (protocol reference §4.1): they make the traffic look like any other app. */
export const OUTER_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'User-Agent': 'WhatsApp',
  'Accept-Language': 'en-us',
});

export function createKeepAliveAgent(): https.Agent {
  return new https.Agent({
    keepAlive: true,
    maxSockets: 64,
    rejectUnauthorized: false,
    keepAliveMsecs: 10_000,
  });
}

function normFingerprint(s: string): string {
  return s.replace(/:/g, '').toUpperCase();
}

function checkPin(sock: TLSSocket, pin: CertPin): NetworkError | undefined {
  const cert = sock.getPeerCertificate(false);
  if (!cert || !cert.raw)
    return new NetworkError('pin-mismatch', 'The seed node presented no certificate.', { retryable: false });
  if (pin.certSha256 !== undefined) {
    const got = normFingerprint(createHash('sha256').update(cert.raw).digest('hex'));
    if (got !== normFingerprint(pin.certSha256)) {
      return new NetworkError(
        'pin-mismatch',
        `The seed node's certificate (SHA-256 ${got}) does not match its pin.`,
        {
          retryable: false,
        },
      );
    }
  }
  if (pin.spkiSha256 !== undefined) {
    const spki = new X509Certificate(cert.raw).publicKey.export({ type: 'spki', format: 'der' });
    const got = createHash('sha256').update(spki).digest('base64');
    if (got !== pin.spkiSha256) {
      return new NetworkError('pin-mismatch', "The seed node's public key does not match its pin.", {
        retryable: false,
      });
    }
  }
  return undefined;
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
]);

export function wrapSocketError(e: unknown, host: string): NetworkError {
  if (e instanceof NetworkError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return new NetworkError('unreachable', `${host} cannot be reached (${code}).`, { cause: e });
  }
  return new NetworkError('unreachable', `The connection to ${host} failed.`, { cause: e });
}

export function httpPost(url: string, body: Uint8Array, opts: PostOptions): Promise<HttpReply> {
  return new Promise<HttpReply>((resolve, reject) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch (cause) {
      reject(new NetworkError('bad-response', 'The request URL is malformed.', { cause, retryable: false }));
      return;
    }
    const secure = u.protocol === 'https:';
    const hostLabel = u.host;
    let settled = false;
    const finish = (err: NetworkError | undefined, reply?: HttpReply): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(reply!);
    };
    const reqOpts: https.RequestOptions = {
      method: 'POST',
      host: u.hostname,
      port: u.port === '' ? (secure ? 443 : 80) : Number(u.port),
      path: `${u.pathname}${u.search}`,
      headers: { ...opts.headers, 'Content-Length': String(body.length) },
      // Pinned requests need their own socket so the check sees this very handshake.
      agent: opts.pin ? false : opts.agent,
      rejectUnauthorized: false,
    };
    const req = secure ? https.request(reqOpts) : http.request(reqOpts);
    const timer = setTimeout(() => {
      const e = new NetworkError('timeout', `${hostLabel} did not answer within ${opts.timeoutMs} ms.`);
      req.destroy(e);
      finish(e);
    }, opts.timeoutMs);
    const onAbort = (): void => {
      const e = new NetworkError('closed');
      req.destroy(e);
      finish(e);
    };
    // Listening before any destroy: a request destroyed without a listener throws from the socket.
    req.on('error', (e) => finish(wrapSocketError(e, hostLabel)));
    if (opts.signal?.aborted) {
      onAbort();
      return;
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (c: Buffer) => {
        total += c.length;
        if (total > opts.maxReplyBytes) {
          const e = new NetworkError(
            'too-large',
            `${hostLabel} sent a reply larger than ${opts.maxReplyBytes} bytes.`,
          );
          req.destroy(e);
          finish(e);
          return;
        }
        chunks.push(c);
      });
      res.on('error', (e) => finish(wrapSocketError(e, hostLabel)));
      res.on('end', () => {
        const ct = res.headers['content-type'];
        finish(undefined, {
          status: res.statusCode ?? 0,
          contentType: typeof ct === 'string' ? ct : '',
          body: new Uint8Array(Buffer.concat(chunks)),
        });
      });
    });
    const pin = opts.pin;
    if (secure && pin) {
      // The body is written only after the peer's certificate matched the pin.
      req.on('socket', (sock) => {
        const tls = sock as TLSSocket;
        tls.once('secureConnect', () => {
          let err: NetworkError | undefined;
          try {
            err = checkPin(tls, pin);
          } catch (cause) {
            err = new NetworkError('pin-mismatch', 'The seed certificate could not be checked.', {
              cause,
              retryable: false,
            });
          }
          if (err) {
            req.destroy(err);
            finish(err);
          } else {
            req.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
          }
        });
      });
    } else {
      req.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    }
  });
}
