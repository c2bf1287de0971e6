import https from 'node:https';
import type { Socket } from 'node:net';
import type { TlsIdentity } from './certs';
import type { Directory } from './directory';
import { listenOn, readBody, sendReply, textReply } from './http';
import { stringifySorted, type JsonObject } from './rpc/json';

const MAX_SEED_BODY = 64 * 1024;

/**
 * A seed node: oxend's public JSON-RPC on HTTPS, answering `get_n_service_nodes` (and its alias
 * `get_service_nodes`) with every registered node, as `https://seedN.getsession.org:4443/` does.
 */
export class SeedServer {
  private server: https.Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly dir: Directory,
    readonly tls: TlsIdentity,
    readonly ip: string,
  ) {}

  get url(): string {
    return `https://${this.ip}:${this.port}/`;
  }

  async start(port = 0): Promise<void> {
    const server = https.createServer({ key: this.tls.key, cert: this.tls.cert }, (req, res) => {
      void (async () => {
        if (req.method !== 'POST' || req.url !== '/json_rpc') {
          sendReply(res, textReply(404, 'Not Found'));
          return;
        }
        const body = await readBody(req, MAX_SEED_BODY);
        let id: unknown = 0;
        let result: JsonObject | undefined;
        let error: JsonObject | undefined;
        try {
          const json = JSON.parse(body?.toString('utf8') ?? '') as {
            id?: unknown;
            method?: unknown;
            params?: unknown;
          };
          id = json.id ?? 0;
          if (json.method === 'get_n_service_nodes' || json.method === 'get_service_nodes') {
            result = this.dir.serviceNodes(json.params);
          } else {
            error = { code: -32601, message: 'Method not found' };
          }
        } catch {
          error = { code: -32700, message: 'Parse error' };
        }
        const reply: JsonObject = { jsonrpc: '2.0', id: (id ?? 0) as JsonObject[string] };
        if (result) reply['result'] = result;
        if (error) reply['error'] = error;
        sendReply(res, { status: 200, contentType: 'application/json', body: stringifySorted(reply) });
      })();
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    server.on('tlsClientError', () => undefined);
    this.port = await listenOn(server, this.ip, port, true);
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}
