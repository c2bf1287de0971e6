/**
 * The web host's `/bridge` WebSocket: the upgrade checks (path, Host, Origin, launch token, client
 * cap) and one core connection per accepted socket. Nothing a stranger sends may throw out of the
 * upgrade handler: the target is parsed defensively and the whole handler is guarded, and every raw
 * socket already has an error listener (web-host.ts), so a reset never becomes an uncaught error.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { MAX_FRAME_BYTES } from '../bridge/codec';
import { connectToCore, type ConnectableCore } from '../core/api/connection';
import type { Logger } from '../core/log';
import { targetUrl, type Site } from './web-static';

/** Several tabs and a test or two; more is a flood. */
export const MAX_BRIDGE_CLIENTS = 32;
/**
 * Frames over MAX_FRAME_BYTES are answered `too-large` by the connection without being parsed;
 * beyond this the socket library closes the connection (1009) before reading the frame at all.
 */
const HARD_FRAME_BYTES = 4 * MAX_FRAME_BYTES;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(socket: Duplex, status: number, text: string): void {
  // Destroyed once written: a refused client must not hold the socket (and the host's close) open.
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
}

function text(data: RawData): string {
  const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return buf.toString('utf8');
}

export interface BridgeServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function bridgeServer(
  core: ConnectableCore,
  token: string,
  site: () => Site,
  logger: Logger,
): BridgeServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_BYTES });

  const attach = (ws: WebSocket): void => {
    const conn = connectToCore(core, (frame) => {
      if (ws.readyState === ws.OPEN) ws.send(frame);
    });
    ws.on('message', (data, isBinary) => conn.receive(isBinary ? undefined : text(data)));
    ws.on('close', () => conn.close());
    ws.on('error', () => {
      conn.close();
      ws.terminate();
    });
  };

  const check = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const { origin, hostHeader } = site();
    const url = targetUrl(req.url, origin);
    if (!url) return refuse(socket, 400, 'Bad Request');
    if (url.pathname !== '/bridge') return refuse(socket, 404, 'Not Found');
    if (req.headers.host !== hostHeader) return refuse(socket, 421, 'Misdirected Request');
    if (req.headers.origin !== origin) return refuse(socket, 403, 'Forbidden');
    if (!sameSecret(url.searchParams.get('token') ?? '', token)) return refuse(socket, 401, 'Unauthorized');
    if (wss.clients.size >= MAX_BRIDGE_CLIENTS) return refuse(socket, 503, 'Service Unavailable');
    wss.handleUpgrade(req, socket, head, attach);
  };

  return {
    handleUpgrade(req, socket, head) {
      try {
        check(req, socket, head);
      } catch {
        logger.warn('refused a broken upgrade request');
        socket.destroy();
      }
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
