import http from 'node:http';
import https from 'node:https';
import type { Server } from 'node:net';

/** Plain bytes of an HTTP reply, headers lower-cased as Node gives them. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly timeout: boolean,
  ) {
    super(message);
  }
}

// Nodes present self-signed certificates; authenticity comes from onion keys and MACed peer
// requests, as on the real network. The pools are shared by every network in the process; a closed
// network's servers destroy their sockets, which empties the pools of them.
const httpsAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 64,
  timeout: 60_000,
  rejectUnauthorized: false,
});
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function post(
  target: { protocol: 'http' | 'https'; host: string; port: number; path: string },
  body: Uint8Array,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const mod = target.protocol === 'https' ? https : http;
    const req = mod.request(
      {
        host: target.host,
        port: target.port,
        path: target.path,
        method: 'POST',
        agent: target.protocol === 'https' ? httpsAgent : httpAgent,
        headers: { ...headers, 'Content-Length': String(body.length) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h[k] = v;
          resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
        });
        res.on('error', (e) => reject(new RequestFailed(e.message, false)));
      },
    );
    req.on('timeout', () => req.destroy(new RequestFailed('Request time out', true)));
    req.on('error', (e) => reject(e instanceof RequestFailed ? e : new RequestFailed(e.message, false)));
    req.end(body);
  });
}

/** Reads a request body, giving up (undefined) past `max` bytes so no sender can exhaust memory. */
export function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        resolve(undefined);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', () => {
      if (!done) resolve(undefined);
      done = true;
    });
  });
}

export interface Reply {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export const textReply = (status: number, body: string): Reply => ({
  status,
  contentType: 'text/plain',
  body,
});

export function sendReply(res: http.ServerResponse, r: Reply): void {
  const body =
    typeof r.body === 'string'
      ? Buffer.from(r.body, 'utf8')
      : Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength);
  res.writeHead(r.status, {
    ...r.headers,
    'Content-Type': r.contentType,
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/**
 * Listens on `port` (0 = any); when a remembered port is taken, falls back to any free one.
 * Resolves to the port actually bound.
 */
export async function listenOn(server: Server, ip: string, port: number, fallback: boolean): Promise<number> {
  const attempt = (p: number) =>
    new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      server.once('error', onError);
      server.listen(p, ip, () => {
        server.off('error', onError);
        resolve();
      });
    });
  try {
    await attempt(port);
  } catch (e) {
    if (!fallback || port === 0) throw e;
    await attempt(0);
  }
  const addr = server.address();
  return addr && typeof addr === 'object' ? addr.port : port;
}
