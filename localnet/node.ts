import type http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { NodeStore, type StoredMessage } from './db';
import type { Directory, NodeRecord } from './directory';
import { noFaults, wait, type FaultRandom, type NetworkStats, type NodeFaults } from './faults';
import { listenOn, readBody, sendReply, textReply, type Reply } from './http';
import type { NodeKeys } from './keys';
import { handleOnionRequest, type OnionHost } from './onion';
import { peerPost, peerPostText, verifyPeer } from './peer';
import { PeerBatcher, parseBatchReply, type BatchReply, type Forwarded } from './peer-batch';
import { MAX_REQUEST_BODY, STORAGE_SERVER_VERSION } from './rpc/constants';
import type { PeerReply, RpcContext } from './rpc/context';
import { processClientJson, processForwarded } from './rpc/dispatch';
import { bodyText, type JsonObject, type RpcResponse } from './rpc/json';
import type { Params, UserPubkey } from './rpc/params';

const FORWARD_TIMEOUT_MS = 5_000;
const SYNC_TIMEOUT_MS = 10_000;
const SWEEP_INTERVAL_MS = 10_000;

/** Lookups an oxend would answer; the network supplies them. */
export interface Oxend {
  call(endpoint: string, params: unknown): RpcResponse;
}

interface SyncPayload {
  messages: Array<{
    hash: string;
    owner: string;
    namespace: number;
    timestamp: number;
    expiry: number;
    data: string;
  }>;
  revoked: Array<{ owner: string; token: string; added: number }>;
}

/** One storage server: HTTPS listener, SQLite store, swarm replication, onion hop, faults. */
export class StorageNode implements RpcContext, OnionHost {
  readonly keys: NodeKeys;
  readonly store: NodeStore;
  faults: NodeFaults = noFaults();
  private server: https.Server | undefined;
  private readonly sockets = new Set<Socket>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(
    readonly record: NodeRecord,
    readonly dir: Directory,
    private readonly oxendApi: Oxend,
    private readonly random: FaultRandom,
    dbPath: string,
    readonly stats: NetworkStats,
  ) {
    this.keys = record.keys;
    this.store = new NodeStore(dbPath);
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  now(): number {
    return Date.now() + this.faults.clockSkewMs;
  }

  isForUs(pubkey: UserPubkey): boolean {
    if (this.faults.force421) return false;
    try {
      return this.dir.swarmIdFor(pubkey.hex) === this.record.swarmId;
    } catch {
      return false;
    }
  }

  swarmJson(pubkey: UserPubkey): JsonObject {
    return this.dir.swarmJson(pubkey.hex);
  }

  swarmPeers(): string[] {
    return (this.dir.swarms.get(this.record.swarmId) ?? [])
      .filter((n) => n !== this.record)
      .map((n) => n.keys.ed25519Hex);
  }

  private readonly batcher = new PeerBatcher(
    async (peerHex, json) => {
      const peer = this.dir.byEd.get(peerHex);
      if (!peer) return { ok: false };
      try {
        const r = await peerPostText(this.keys, peer, '/localnet/storage_cc', json, FORWARD_TIMEOUT_MS);
        return { ok: true, status: r.status, body: r.body.toString('utf8') };
      } catch {
        await wait(this.faults.peerFailureDelayMs);
        return { ok: false };
      }
    },
    async (peerHex, json, count) => {
      const peer = this.dir.byEd.get(peerHex);
      const none = (): PeerReply[] => Array.from({ length: count }, () => ({ ok: false }) as const);
      if (!peer) return none();
      try {
        const r = await peerPostText(this.keys, peer, '/localnet/storage_cc', json, FORWARD_TIMEOUT_MS);
        return r.status === 200 ? parseBatchReply(r.body.toString('utf8'), count) : none();
      } catch {
        await wait(this.faults.peerFailureDelayMs);
        return none();
      }
    },
  );

  forward(peerHex: string, method: string, params: Params): Promise<PeerReply> {
    return this.batcher.forward(peerHex, { method, params });
  }

  /** A peer's forwarded request, or a batch of them applied in order. */
  private async forwarded(body: Buffer): Promise<Reply> {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const batch = (parsed as { batch?: unknown } | null)?.batch;
    if (Array.isArray(batch)) {
      const out: BatchReply = { replies: [] };
      for (const { method, params } of batch as Forwarded[]) {
        const r = await processForwarded(this, method, params);
        out.replies.push({ status: r.status, body: bodyText(r) });
      }
      return { status: 200, contentType: 'application/json', body: JSON.stringify(out) };
    }
    const { method, params } = parsed as Forwarded;
    const r = await processForwarded(this, method, params);
    return {
      status: r.status,
      contentType: typeof r.body === 'string' ? 'text/plain' : 'application/json',
      body: bodyText(r),
    };
  }

  oxend(endpoint: string, params: unknown): RpcResponse {
    return this.oxendApi.call(endpoint, params);
  }

  height(): number {
    return this.dir.height();
  }

  runRpc(body: string): Promise<RpcResponse> {
    return processClientJson(this, body);
  }

  /** Opens the listener (same address and port every time) after catching up with a swarm peer. */
  async start(catchUp: boolean): Promise<void> {
    if (this.server) return;
    if (catchUp) await this.catchUp();
    const server = https.createServer(
      { key: this.record.tls.key, cert: this.record.tls.cert, keepAlive: true },
      (req, res) => {
        void this.handle(req, res);
      },
    );
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    // Peers keep connections in a keep-alive pool; closing idle ones sooner than the pool drops
    // them would race with reuse and fail replication with spurious resets.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    // A client that speaks bad TLS must not take the process down.
    server.on('tlsClientError', () => undefined);
    // A restart after a stop must come back on the same port (clients know it); only the very first
    // start may move off a remembered port that something else took meanwhile.
    this.record.port = await listenOn(server, this.record.ip, this.record.port, !this.started);
    this.started = true;
    this.server = server;
    this.sweepTimer = setInterval(() => this.store.sweep(this.now()), SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  /** Closes the listener and every open connection; the database stays. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }

  async close(): Promise<void> {
    await this.stop();
    this.store.close();
  }

  private ownsPubkey = (owner: string): boolean => {
    try {
      return this.dir.swarmIdFor(owner) === this.record.swarmId;
    } catch {
      return false;
    }
  };

  /**
   * Asks running swarm peers, in turn, for their copy of the swarm's data and adopts the first
   * answer: what was stored, deleted or re-expired while this node was away.
   */
  async catchUp(): Promise<boolean> {
    for (const peerHex of this.swarmPeers()) {
      const peer = this.dir.byEd.get(peerHex)!;
      try {
        const r = await peerPost(this.keys, peer, '/localnet/sync', {}, SYNC_TIMEOUT_MS);
        if (r.status !== 200) continue;
        const payload = JSON.parse(r.body.toString('utf8')) as SyncPayload;
        const messages: StoredMessage[] = payload.messages.map((m) => ({
          ...m,
          data: new Uint8Array(Buffer.from(m.data, 'base64')),
        }));
        const revoked = payload.revoked.map((x) => ({
          ...x,
          token: new Uint8Array(Buffer.from(x.token, 'base64')),
        }));
        this.store.applySnapshot(this.ownsPubkey, messages, revoked);
        return true;
      } catch {
        // try the next peer
      }
    }
    return false;
  }

  private syncPayload(): SyncPayload {
    return {
      messages: this.store.snapshot(this.ownsPubkey, this.now()).map((m) => ({
        hash: m.hash,
        owner: m.owner,
        namespace: m.namespace,
        timestamp: m.timestamp,
        expiry: m.expiry,
        data: Buffer.from(m.data).toString('base64'),
      })),
      revoked: this.store
        .revocations(this.ownsPubkey)
        .map((r) => ({ ...r, token: Buffer.from(r.token).toString('base64') })),
    };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const post = req.method === 'POST';
    const clientFacing = post && (url === '/storage_rpc/v1' || url === '/onion_req/v2');
    if (clientFacing) {
      if (this.random.chance(this.faults.dropRequests)) {
        req.socket.destroy();
        return;
      }
      if (this.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, this.faults.latencyMs));
    }
    let reply: Reply;
    try {
      reply = await this.route(req, url, post);
    } catch {
      reply = textReply(500, 'Internal Server Error\n');
    }
    if (clientFacing && this.random.chance(this.faults.dropReplies)) {
      req.socket.destroy();
      return;
    }
    if (!res.destroyed) sendReply(res, reply);
  }

  private async route(req: http.IncomingMessage, url: string, post: boolean): Promise<Reply> {
    if (req.method === 'GET' && url === '/get_stats/v1') {
      return {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ version: STORAGE_SERVER_VERSION.join('.') }),
      };
    }
    if (post && url === '/ping_test/v1') return { status: 200, contentType: 'text/plain', body: '' };
    const known =
      post && ['/storage_rpc/v1', '/onion_req/v2', '/localnet/storage_cc', '/localnet/sync'].includes(url);
    if (!known) return textReply(404, `${req.method ?? ''} ${url} Not Found`);
    const body = await readBody(req, MAX_REQUEST_BODY);
    if (!body) return textReply(413, 'Request body too large');
    switch (url) {
      case '/storage_rpc/v1': {
        const r = await processClientJson(this, body.toString('utf8'));
        return {
          status: r.status,
          contentType: typeof r.body === 'string' ? 'text/plain' : 'application/json',
          body: bodyText(r),
        };
      }
      case '/onion_req/v2':
        return handleOnionRequest(this, body);
      case '/localnet/storage_cc': {
        if (!verifyPeer(this.dir, this.keys, req, url, body))
          return textReply(401, 'unknown or unauthenticated peer');
        return this.forwarded(body);
      }
      default: {
        if (!verifyPeer(this.dir, this.keys, req, url, body))
          return textReply(401, 'unknown or unauthenticated peer');
        return { status: 200, contentType: 'application/json', body: JSON.stringify(this.syncPayload()) };
      }
    }
  }
}
