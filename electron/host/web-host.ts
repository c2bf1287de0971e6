/**
 * The web host: serves the built renderer and the bridge on 127.0.0.1 only. A browser tab becomes
 * the app's window; `window.shallot` there is a WebSocket client (shallot-bridge.js) instead of the
 * Electron preload. Strangers are refused: the WebSocket needs this launch's random token and the
 * host's own Origin, and every HTTP request must name the host itself (no DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/api/core';
import { connectToCore } from '../core/api/transport';
import { RENDERER_CSP_HEADER } from './csp';
import { resolveStaticPath } from './static-path';

export type WebHostOptions = {
  core: Core;
  /** Folder with the built renderer (index.html) and shallot-bridge.js. */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
};

export interface WebHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const MAX_FRAME_BYTES = 32 * 1024 * 1024;
const BRIDGE_SCRIPT = '<script src="/shallot-bridge.js"></script>';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = normalize(options.staticDir);
  const indexFile = join(root, 'index.html');
  let origin = '';
  let hostHeader = '';

  const securityHeaders = (res: ServerResponse): void => {
    res.setHeader('Content-Security-Policy', RENDERER_CSP_HEADER);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    res.setHeader('Cache-Control', 'no-store');
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    securityHeaders(res);
    if (req.headers.host !== hostHeader) {
      res.writeHead(421).end('Misdirected request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticPath(root, new URL(req.url ?? '/', origin).pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body: Buffer = await readFile(file);
      if (file === indexFile) {
        // The bridge client must define window.shallot before the app's module script runs.
        body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${BRIDGE_SCRIPT}`));
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  };

  const server = createServer((req, res) => {
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, text: string): void => {
      // Destroyed once written: a refused client must not hold the socket (and the host's close) open.
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
        socket.destroy(),
      );
    };
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname !== '/bridge') return refuse(404, 'Not Found');
    if (req.headers.host !== hostHeader) return refuse(421, 'Misdirected Request');
    if (req.headers.origin !== origin) return refuse(403, 'Forbidden');
    const given = url.searchParams.get('token') ?? '';
    if (!sameSecret(given, token)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  const attach = (ws: WebSocket): void => {
    const conn = connectToCore(options.core, (frame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return;
      }
      conn.receive(parsed);
    });
    ws.on('close', () => conn.close());
    ws.on('error', () => conn.close());
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hostHeader = `${LOOPBACK}:${port}`;
  origin = `http://${hostHeader}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle keep-alive sockets open; closing must not wait for them.
      server.closeAllConnections();
      await closed;
    },
  };
}
