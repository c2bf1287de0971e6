import type https from 'node:https';
import type { OnionCipher } from '../crypto/onion-cipher';
import type { Logger } from '../log';
import { encodeV4Request, type V4RequestMeta, type V4Response } from '../protocol/onion-v4';
import type { NetworkClock, RequestTiming } from './clock';
import { NetworkError, asNetworkError } from './errors';
import { httpPostStream } from './http-stream';
import { httpPost, OUTER_HEADERS, type HttpReply } from './https-client';
import {
  buildStreamedServerOnion,
  V4ReplyReader,
  type ChunkSource,
  type StreamedV4Response,
} from './onion-stream';
import {
  buildOnionRequest,
  classifyGuardReply,
  decodeServerReply,
  decodeSnodeReply,
  MAX_ONION_REPLY,
  postToGuard,
  rpcPayload,
  type BuiltOnion,
  type OnionDestination,
  type SnodeReply,
} from './onion-request';
import { shuffle } from './path-select';
import type { Random } from './random';
import type { OnionPath, PathManager } from './paths';
import type { SnodePool } from './pool';
import { snodeLabel, type Snode } from './snode';
import type { StatusEmitter } from './status';

export interface TransportTimeouts {
  /** Snode RPC through a path (desktop 10 s). */
  readonly rpcMs: number;
  /** File uploads and downloads (desktop 30 s). */
  readonly fileMs: number;
  /** Direct guard probe (desktop 10 s). */
  readonly probeMs: number;
  /** While offline, how often to look for the network again. */
  readonly offlineRetryMs: number;
}

export interface TransportDeps {
  readonly pool: SnodePool;
  readonly paths: PathManager;
  readonly clock: NetworkClock;
  readonly status: StatusEmitter;
  readonly logger: Logger;
  readonly random: Random;
  readonly agent: https.Agent;
  readonly cipher: OnionCipher;
  readonly timeouts: TransportTimeouts;
  readonly signal: AbortSignal;
  /** Any 05-prefixed pubkey for the guard probe's get_swarm. */
  readonly probePubkey: string;
}

/** A failure that says which node caused it, so retry loops can blame the right one. */
export class OnionRequestError extends NetworkError {
  constructor(
    base: NetworkError,
    readonly blame: 'path' | 'destination' | 'both' | 'none',
  ) {
    super(base.code, base.message, { cause: base.cause, retryable: base.retryable, status: base.status });
  }
}

const MAX_PROBE_REPLY = 1024 * 1024;

/** A service node's reply, with when it was asked and answered (for the network clock). */
export interface TimedSnodeReply extends SnodeReply {
  readonly timing: RequestTiming;
}

/**
 * Sends onion requests over the current paths and keeps the books: path and node failures,
 * "Next node not found", online/offline detection. One call is one attempt; callers retry.
 */
export class OnionTransport {
  private offline = false;
  private failedGuards = new Set<string>();
  private recovering: Promise<void> | undefined;
  private checkingOffline: Promise<boolean> | undefined;

  constructor(private readonly deps: TransportDeps) {}

  get isOffline(): boolean {
    return this.offline;
  }

  /** Direct (non-onion) get_swarm, used to test guards and to look for the network while offline. */
  async probe(node: Snode): Promise<boolean> {
    try {
      const reply = await httpPost(
        `https://${node.ip}:${node.port}/storage_rpc/v1`,
        rpcPayload('get_swarm', { pubkey: this.deps.probePubkey }),
        {
          timeoutMs: this.deps.timeouts.probeMs,
          maxReplyBytes: MAX_PROBE_REPLY,
          headers: { ...OUTER_HEADERS, 'Content-Type': 'application/json' },
          agent: this.deps.agent,
          signal: this.deps.signal,
        },
      );
      return reply.status >= 200 && reply.status < 300;
    } catch {
      return false;
    }
  }

  async snodeRequest(
    dest: Snode,
    method: string,
    params: unknown,
    timeoutMs = this.deps.timeouts.rpcMs,
  ): Promise<TimedSnodeReply> {
    const path = await this.pathFor(dest.ed25519);
    const built = buildOnionRequest(
      path.hops,
      { kind: 'snode', node: dest },
      rpcPayload(method, params),
      this.deps.cipher,
    );
    const sentAt = this.deps.clock.localNow();
    const reply = await this.send(path, built, timeoutMs, dest.ed25519);
    const timing = { sentAt, receivedAt: this.deps.clock.localNow() };
    let decoded: SnodeReply;
    try {
      decoded = decodeSnodeReply(reply, built);
    } catch (e) {
      this.pathFailed(path, dest.ed25519);
      throw new OnionRequestError(asNetworkError(e), 'both');
    }
    this.succeeded(path);
    const body = decoded.body;
    if (typeof body === 'object' && body !== null) {
      this.deps.clock.record((body as { t?: unknown }).t, timing, dest.ed25519);
    }
    return { ...decoded, timing };
  }

  /**
   * Whether `dest` answers an onion request over exactly `hops` (no path bookkeeping): how a
   * suspect path is taken apart hop by hop to find the one that failed.
   */
  async probeVia(hops: readonly Snode[], dest: Snode): Promise<boolean> {
    if (this.deps.signal.aborted || hops.length === 0) return false;
    const built = buildOnionRequest(
      hops,
      { kind: 'snode', node: dest },
      rpcPayload('info', {}),
      this.deps.cipher,
    );
    try {
      const reply = await postToGuard(hops[0]!, built, {
        timeoutMs: this.deps.timeouts.probeMs,
        agent: this.deps.agent,
        signal: this.deps.signal,
      });
      return reply.status === 200 && decodeSnodeReply(reply, built).status === 200;
    } catch {
      return false;
    }
  }

  async serverRequest(
    dest: Extract<OnionDestination, { kind: 'server' }>,
    v4Request: Uint8Array,
    timeoutMs = this.deps.timeouts.fileMs,
  ): Promise<V4Response> {
    const path = await this.pathFor(undefined);
    const built = buildOnionRequest(path.hops, dest, v4Request, this.deps.cipher);
    const reply = await this.send(path, built, timeoutMs, undefined);
    try {
      const decoded = decodeServerReply(reply, built);
      this.succeeded(path);
      return decoded;
    } catch (e) {
      this.pathFailed(path);
      throw new OnionRequestError(asNetworkError(e), 'path');
    }
  }

  private async pathFor(destination: string | undefined): Promise<OnionPath> {
    if (this.deps.signal.aborted) throw new NetworkError('closed');
    if (this.offline) throw new OnionRequestError(new NetworkError('unreachable'), 'none');
    try {
      const p = await this.deps.paths.pathFor(destination);
      this.publishPaths();
      return p;
    } catch (e) {
      const err = asNetworkError(e, 'unreachable');
      if (err.code === 'unreachable' || err.code === 'seed') await this.checkOffline();
      throw new OnionRequestError(err, 'none');
    }
  }

  private send(
    path: OnionPath,
    built: BuiltOnion,
    timeoutMs: number,
    destination: string | undefined,
  ): Promise<HttpReply> {
    const opts = { timeoutMs, agent: this.deps.agent, signal: this.deps.signal };
    return this.sendWith(path, () => postToGuard(path.hops[0]!, built, opts), destination);
  }

  /**
   * A request to a server whose body streams from `body` and whose 200 reply body streams into
   * `sink` (file transfers: onion-stream.ts); the path is charged and blamed like any request.
   * Only AES-GCM layers stream (node:crypto has no streaming XChaCha20-Poly1305): on XChaCha20
   * the body is gathered and sent the ordinary way.
   */
  async serverStream(
    dest: Extract<OnionDestination, { kind: 'server' }>,
    req: { meta: V4RequestMeta; body?: ChunkSource; timeoutMs?: number; onSent?: (bytes: number) => void },
    sink: (piece: Uint8Array) => void,
    signal?: AbortSignal,
  ): Promise<StreamedV4Response> {
    if (this.deps.cipher !== 'aes-gcm') return this.serverGathered(dest, req, sink);
    const path = await this.pathFor(undefined);
    const built = buildStreamedServerOnion(path.hops, dest, req.meta, req.body);
    const reader = new V4ReplyReader(built.key, sink);
    const opts = {
      timeoutMs: req.timeoutMs ?? this.deps.timeouts.fileMs,
      maxReplyBytes: MAX_ONION_REPLY,
      headers: OUTER_HEADERS,
      agent: this.deps.agent,
      signal: signal ? AbortSignal.any([signal, this.deps.signal]) : this.deps.signal,
      ...(req.onSent ? { onSent: req.onSent } : {}),
    };
    const url = `https://${path.hops[0]!.ip}:${path.hops[0]!.port}/onion_req/v2`;
    await this.sendWith(path, () => httpPostStream(url, built, (p) => reader.update(p), opts), undefined);
    try {
      const decoded = reader.finish();
      this.succeeded(path);
      return decoded;
    } catch (e) {
      this.pathFailed(path);
      throw new OnionRequestError(asNetworkError(e), 'path');
    }
  }

  private async serverGathered(
    dest: Extract<OnionDestination, { kind: 'server' }>,
    req: { meta: V4RequestMeta; body?: ChunkSource; timeoutMs?: number },
    sink: (piece: Uint8Array) => void,
  ): Promise<StreamedV4Response> {
    const pieces: Uint8Array[] = [];
    if (req.body) for await (const p of req.body.chunks()) pieces.push(p);
    const body = req.body ? new Uint8Array(Buffer.concat(pieces)) : undefined;
    const reply = await this.serverRequest(dest, encodeV4Request(req.meta, body), req.timeoutMs);
    if (reply.code !== 200) return reply;
    sink(reply.body);
    return { ...reply, body: new Uint8Array(0) };
  }

  private async sendWith(
    path: OnionPath,
    post: () => Promise<HttpReply>,
    destination: string | undefined,
  ): Promise<HttpReply> {
    const guard = path.hops[0]!;
    let reply: HttpReply;
    try {
      reply = await post();
    } catch (e) {
      const err = asNetworkError(e, 'unreachable');
      if (err.code === 'closed') throw err;
      // A refused connection is the guard's fault alone; a timeout may be any hop or the destination.
      if (err.code === 'unreachable') {
        this.failedGuards.add(guard.ed25519);
        if (await this.checkOffline(true)) throw new OnionRequestError(err, 'none');
        // The network answers but this guard does not: if a direct probe fails too, the guard is
        // gone and waiting for two more failures would only delay the rebuild.
        if (this.offline) throw new OnionRequestError(err, 'none');
        if (await this.probe(guard)) this.pathFailed(path);
        else if (this.deps.paths.dropGuard(path)) this.publishPaths();
        throw new OnionRequestError(err, 'path');
      }
      // A timeout may be any hop's or the destination's: the path is charged, and taken apart once
      // it reaches its threshold to learn which.
      this.pathFailed(path, destination);
      throw new OnionRequestError(err, destination ? 'both' : 'path');
    }
    const failure = classifyGuardReply(reply);
    if (!failure) return reply;
    if (failure.kind === 'node-not-found') {
      // Desktop drops the node at once; the pool tells the paths and swarms to forget it.
      this.deps.logger.warn('next node not found', { isDestination: failure.ed25519 === destination });
      this.deps.pool.drop(failure.ed25519);
      if (failure.ed25519 !== destination) this.deps.paths.forgetNode(failure.ed25519);
      this.publishPaths();
      throw new OnionRequestError(
        new NetworkError('path', 'A node on the onion path is unknown to its predecessor.', { status: 502 }),
        failure.ed25519 === destination ? 'destination' : 'none',
      );
    }
    if (destination === undefined && (failure.status === 502 || failure.status === 504)) {
      // The exit could not reach the server (desktop: ENETUNREACH). A server being down says
      // nothing about our path, so the path is not charged.
      throw new OnionRequestError(
        new NetworkError('unreachable', 'The server did not answer through the onion path.', {
          status: failure.status,
        }),
        'none',
      );
    }
    this.pathFailed(path, destination);
    throw new OnionRequestError(
      new NetworkError('path', `The onion path failed (HTTP ${failure.status}).`, { status: failure.status }),
      destination ? 'both' : 'path',
    );
  }

  private succeeded(path: OnionPath): void {
    this.deps.paths.recordSuccess(path);
    for (const hop of path.hops) this.deps.pool.recordSuccess(hop.ed25519);
    this.failedGuards.clear();
    if (this.deps.status.status.state !== 'clock-skew') this.deps.status.update({ state: 'online' });
    this.publishPaths();
  }

  private pathFailed(path: OnionPath, destination?: string): void {
    if (this.offline) return;
    if (this.deps.paths.recordFailure(path, destination)) this.publishPaths();
  }

  publishPaths(): void {
    this.deps.status.update({
      paths: this.deps.paths.paths().map((p) => p.hops.map(snodeLabel)),
      poolSize: this.deps.pool.size,
      clockOffsetMs: this.deps.clock.offsetMs,
    });
  }

  /**
   * Several guards refusing in a row may mean they died, or that we lost the network. Direct probes
   * of a few other pool nodes tell which: if none answers we are offline, and nobody is blamed.
   */
  private checkOffline(force = false): Promise<boolean> {
    if (this.offline) return Promise.resolve(true);
    const guards = this.deps.paths.guardKeys();
    const allGuardsFailed = guards.length === 0 || guards.every((g) => this.failedGuards.has(g));
    if (!force && !allGuardsFailed && this.failedGuards.size < 2) return Promise.resolve(false);
    this.checkingOffline ??= (async () => {
      try {
        const others = shuffle(
          this.deps.pool.list().filter((n) => !this.failedGuards.has(n.ed25519)),
          this.deps.random,
        ).slice(0, 3);
        const answers = await Promise.all(others.map((n) => this.probe(n)));
        if (others.length > 0 && answers.some(Boolean)) return false;
        this.goOffline();
        return true;
      } finally {
        this.checkingOffline = undefined;
      }
    })();
    return this.checkingOffline;
  }

  /** Marks the network unreachable (e.g. no guard answered at start); waitOnline() looks for it. */
  goOffline(): void {
    if (this.offline) return;
    this.offline = true;
    this.deps.logger.warn('network unreachable');
    this.deps.status.update({ state: 'offline' });
  }

  /**
   * Resolves once the network answers again (immediately when online). Waiters share one probe
   * loop; work queued behind it resumes by itself.
   */
  waitOnline(): Promise<void> {
    if (!this.offline) return Promise.resolve();
    this.recovering ??= (async () => {
      try {
        for (;;) {
          await sleep(this.deps.timeouts.offlineRetryMs, this.deps.signal);
          const candidates = [
            ...this.deps.paths.paths().map((p) => p.hops[0]!),
            ...shuffle(this.deps.pool.list(), this.deps.random).slice(0, 2),
          ];
          const answers = await Promise.all(candidates.map((n) => this.probe(n)));
          if (answers.some(Boolean)) break;
        }
        this.offline = false;
        this.failedGuards.clear();
        this.deps.logger.info('network reachable again');
        this.deps.status.update({ state: 'connecting' });
      } finally {
        this.recovering = undefined;
      }
    })();
    return this.recovering;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new NetworkError('closed'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new NetworkError('closed'));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
