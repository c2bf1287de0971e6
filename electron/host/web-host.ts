/**
 * The web host: serves the built renderer and the bridge on 127.0.0.1 only. A browser tab becomes
 * the app's window; `window.shallot` there is a WebSocket client (shallot-bridge.js) instead of the
 * Electron preload. Strangers are refused: the WebSocket needs this launch's random token and the
 * host's own Origin, and every HTTP request must name the host itself (no DNS rebinding). No
 * request, however broken, and no TCP reset can take the process down (issue 11, finding 1).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConnectableCore } from '../core/api/connection';
import { bridgeServer } from './web-bridge';
import { staticHandler, type Site } from './web-static';

export type WebHostOptions = {
  core: ConnectableCore;
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
/** Open TCP connections of any kind (HTTP keep-alive and bridge sockets); beyond it, new ones are dropped. */
export const MAX_CONNECTIONS = 128;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const logger = options.core.context.logger.child('web-host');
  // Known once the port is: the checks read it per request.
  let site: Site = { origin: '', hostHeader: '' };
  const current = (): Site => site;
  const serveStatic = staticHandler(options.staticDir, current);
  const bridge = bridgeServer(options.core, token, current, logger);

  const server = createServer((req, res) => {
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  // First thing on every socket: an error (a reset, a write after the peer left) ends that socket,
  // never the process. Node's own listener is added only for HTTP parsing, not after an upgrade.
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
  server.on('clientError', (_err, socket) => socket.destroy());
  server.on('upgrade', (req, socket, head) => bridge.handleUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  site = { hostHeader: `${LOOPBACK}:${port}`, origin: `http://${LOOPBACK}:${port}` };

  return {
    url: `${site.origin}/#token=${token}`,
    origin: site.origin,
    port,
    token,
    async close() {
      bridge.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle keep-alive sockets open; closing must not wait for them.
      server.closeAllConnections();
      await closed;
    },
  };
}
