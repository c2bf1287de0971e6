import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { OnionCipher } from '../crypto/onion-cipher';
import type { Identity } from '../crypto/identity';
import { ready } from '../crypto/sodium';
import { silentLogger, type Logger } from '../log';
import type { V4Response } from '../protocol/onion-v4';
import { NetworkClock } from './clock';
import { asNetworkError, NetworkError } from './errors';
import {
  downloadFile,
  serverRequest,
  uploadFile,
  type ServerRequest,
  type UploadedFile,
} from './file-server';
import { createKeepAliveAgent } from './https-client';
import { shuffle, type Random } from './path-select';
import { PathManager } from './paths';
import { drain, SwarmPoller, type PolledMessage, type PollerOptions, type PollTarget } from './poller';
import { SnodePool } from './pool';
import { resolveProfile, type NetworkProfile } from './profile';
import type { RetrievedMessage } from './rpc-results';
import { fetchFromSeeds } from './seed';
import type { Snode } from './snode';
import { JsonFileStateStore, MemoryStateStore, type NetworkStateStore } from './state-store';
import { StatusEmitter, type NetworkEvents, type NetworkStatus } from './status';
import { StorageClient, type RetryPolicy } from './storage-client';
import { SwarmCache } from './swarms';
import { OnionTransport, type TransportTimeouts } from './transport';
import type { ExpireMode } from '../protocol/storage-signatures';

export { NetworkError, isNetworkError, type NetworkErrorCode } from './errors';
export { ProfileError, MAINNET, parseProfile, loadProfileFile, resolveProfile } from './profile';
export type { NetworkProfile, SeedNode, FileServerTarget } from './profile';
export type { Snode } from './snode';
export type { NetworkStateStore } from './state-store';
export { MemoryStateStore, JsonFileStateStore } from './state-store';
export type { NetworkStatus, NetworkState } from './status';
export type { PolledMessage, PollTarget, PollerOptions, SwarmPoller } from './poller';
export type { ServerRequest, UploadedFile } from './file-server';
export type { RetrievedMessage } from './rpc-results';

export interface NetworkTimeouts extends TransportTimeouts {
  /** Seed fetch (desktop 5 s). */
  readonly seedMs: number;
}

export interface OpenNetworkOptions {
  /** 'mainnet', a profile file path, or a profile object. */
  readonly profile: string | NetworkProfile;
  /** Keeps network state in `dataDir/network-state.json`; without it (and `state`) it lives in memory. */
  readonly dataDir?: string;
  readonly state?: NetworkStateStore;
  readonly logger?: Logger;
  /** The local clock (tests skew it); network time is derived from it. */
  readonly clock?: () => number;
  /** Hop encryption for onion layers (AES-GCM, like desktop, by default). */
  readonly cipher?: OnionCipher;
  readonly random?: Random;
  readonly timeouts?: Partial<NetworkTimeouts>;
  readonly retry?: Partial<RetryPolicy>;
  /** Seed fetch rounds and the backoff between them (desktop: 4 rounds from 1 s). */
  readonly seedAttempts?: number;
  readonly seedBackoffMs?: number;
  /** Default cadence of pollers (desktop 5 s). */
  readonly pollIntervalMs?: number | (() => number);
  /** Snode pool refresh by consensus: first after 5 minutes, then this often (desktop: hourly). */
  readonly poolRefreshMs?: number;
  /** Aborts a bootstrap in progress (the app locks while the seeds are still being asked). */
  readonly signal?: AbortSignal;
}

export interface StoreArgs {
  readonly pubkey: string;
  readonly namespace: number;
  readonly data: Uint8Array;
  readonly ttlMs: number;
  /** Signs the store (any namespace not divisible by 10 needs it). */
  readonly auth?: Identity;
}

export interface SessionNetwork {
  readonly profile: NetworkProfile;
  /** Stores a message in the pubkey's swarm; the hash is the same on every retry. */
  store(args: StoreArgs): Promise<{ hash: string }>;
  /** Messages new since the previous call for this identity and namespace (follows `more`). */
  retrieve(args: { identity: Identity; namespace: number; pubkey?: string }): Promise<RetrievedMessage[]>;
  swarmFor(pubkey: string): Promise<Snode[]>;
  /** Network time in ms (§11.1). */
  now(): number;
  status(): NetworkStatus;
  on<K extends keyof NetworkEvents>(event: K, fn: (...args: NetworkEvents[K]) => void): () => void;
  /** A poller for one swarm and namespace set; call `start()` on it. */
  createPoller(target: PollTarget, opts: PollerOptions): SwarmPoller;
  /** A v4 onion request to the file server (or `req.server`). */
  fileRequest(req: ServerRequest): Promise<V4Response>;
  uploadFile(data: Uint8Array, opts?: { ttlSeconds?: number }): Promise<UploadedFile>;
  /** Downloads by file id or by a `…/file/<id>` URL of the profile's file server. */
  downloadFile(idOrUrl: string): Promise<Uint8Array>;
  deleteMessages(identity: Identity, hashes: readonly string[], pubkey?: string): Promise<string[]>;
  expireMessages(
    identity: Identity,
    hashes: readonly string[],
    expiryMs: number,
    mode?: ExpireMode,
    pubkey?: string,
  ): Promise<string[]>;
  getExpiries(
    identity: Identity,
    hashes: readonly string[],
    pubkey?: string,
  ): Promise<Record<string, number>>;
  /** The hourly consensus refresh, on demand. */
  refreshPool(): Promise<'consensus' | 'seed'>;
  /** Milliseconds the last path build took (guard probes included). */
  readonly lastPathBuildMs: number;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUTS: NetworkTimeouts = {
  rpcMs: 10_000,
  fileMs: 30_000,
  probeMs: 10_000,
  offlineRetryMs: 5_000,
  seedMs: 5_000,
};
const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, backoffMs: 100, offlineWaitMs: 5 * 60_000 };
const FIRST_REFRESH_MS = 5 * 60_000;
const HOUR_MS = 60 * 60_000;
const PRUNE_MS = 10 * 60_000;

export async function openNetwork(opts: OpenNetworkOptions): Promise<SessionNetwork> {
  await ready();
  const profile = resolveProfile(opts.profile);
  const logger = (opts.logger ?? silentLogger).child('network');
  const state =
    opts.state ??
    (opts.dataDir !== undefined ? new JsonFileStateStore(opts.dataDir) : new MemoryStateStore());
  const random = opts.random ?? Math.random;
  const timeouts: NetworkTimeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const localClock = opts.clock ?? Date.now;
  const clock = new NetworkClock(localClock);
  const closer = new AbortController();
  const signal = closer.signal;
  if (opts.signal?.aborted) throw new NetworkError('closed');
  opts.signal?.addEventListener('abort', () => closer.abort(), { once: true });
  // Every in-flight request listens for close(); dozens at once are normal, not a leak.
  setMaxListeners(0, signal);
  const status = new StatusEmitter();
  const agent = createKeepAliveAgent();

  const pool = new SnodePool({
    state,
    logger,
    random,
    seedCooldownMs: 30_000,
    fetchSeed: () =>
      fetchFromSeeds(profile.seeds, {
        timeoutMs: timeouts.seedMs,
        attempts: opts.seedAttempts ?? 4,
        backoffMs: opts.seedBackoffMs ?? 1000,
        logger,
        signal,
      }),
  });
  // Paths probe guards through the transport and the transport routes over the paths; the swarm
  // cache asks the storage client. These cycles are closed through `late` once all exist.
  const late: { transport?: OnionTransport; storage?: StorageClient } = {};
  const paths = new PathManager({
    pool,
    state,
    logger,
    random,
    subnetDiversity: profile.subnetDiversity,
    probe: (n) => late.transport!.probe(n),
    onChange: () => late.transport?.publishPaths(),
  });
  const tx = new OnionTransport({
    pool,
    paths,
    clock,
    status,
    logger,
    random,
    agent,
    cipher: opts.cipher ?? 'aes-gcm',
    timeouts,
    signal,
    probePubkey: `05${randomBytes(32).toString('hex')}`,
  });
  late.transport = tx;
  const swarms = new SwarmCache({
    pool,
    state,
    logger,
    random,
    fetchSwarm: (via, pk) => late.storage!.getSwarm(via, pk),
  });
  const rpc = new StorageClient({
    transport: tx,
    swarms,
    pool,
    clock,
    status,
    logger,
    random,
    signal,
    retry,
  });
  late.storage = rpc;
  const pollDeps = { storage: rpc, swarms, pool, transport: tx, state, logger, random };
  const pollers = new Set<SwarmPoller>();
  const timers: NodeJS.Timeout[] = [];

  const teardown = (): void => {
    closer.abort();
    for (const t of timers) clearTimeout(t);
    agent.destroy();
  };

  if (pool.size === 0) {
    try {
      await pool.reseed();
    } catch (e) {
      teardown();
      throw asNetworkError(e, 'seed');
    }
  }

  // Paths and a first clock sample before anything is signed; an unreachable network is a status,
  // not a failure: queued work waits for it.
  try {
    await paths.ensure();
    for (const via of shuffle(pool.list(), random).slice(0, 3)) {
      try {
        await rpc.syncClock(via);
        break;
      } catch (e) {
        if (asNetworkError(e).code === 'closed') throw e;
      }
    }
  } catch (e) {
    const code = asNetworkError(e).code;
    logger.warn('network warm-up failed', { code });
    if (code === 'unreachable') tx.goOffline();
  }
  if (signal.aborted) {
    teardown();
    throw new NetworkError('closed');
  }
  tx.publishPaths();

  const refreshPool = async (): Promise<'consensus' | 'seed'> => {
    const how = await pool.refreshByConsensus((via) => rpc.getServiceNodes(via));
    swarms.pruneToPool();
    tx.publishPaths();
    return how;
  };
  const schedule = (fn: () => Promise<unknown> | void, firstMs: number, everyMs: number): void => {
    const run = (delay: number): void => {
      const t = setTimeout(() => {
        void Promise.resolve()
          .then(fn)
          .catch((e: unknown) => logger.warn('background task failed', { code: asNetworkError(e).code }))
          .finally(() => {
            if (!signal.aborted) run(everyMs);
          });
      }, delay);
      t.unref();
      timers.push(t);
    };
    run(firstMs);
  };
  schedule(
    refreshPool,
    opts.poolRefreshMs !== undefined ? opts.poolRefreshMs : FIRST_REFRESH_MS,
    opts.poolRefreshMs ?? HOUR_MS,
  );
  schedule(() => state.prune(clock.now()), PRUNE_MS, PRUNE_MS);

  const retrieve = async (args: {
    identity: Identity;
    namespace: number;
    pubkey?: string;
  }): Promise<RetrievedMessage[]> => {
    const target: PollTarget = {
      pubkey: args.pubkey ?? args.identity.sessionId,
      namespaces: [args.namespace],
      auth: args.identity,
    };
    const out: PolledMessage[] = [];
    let failures = 0;
    for (;;) {
      try {
        await drain(pollDeps, target, (m) => {
          out.push(...m);
          return Promise.resolve();
        });
        break;
      } catch (e) {
        const err = asNetworkError(e);
        // Rounds already committed must reach the caller: report them rather than the error.
        if (out.length > 0) break;
        if (!err.retryable || ++failures >= retry.maxAttempts) throw err;
        if (tx.isOffline) await tx.waitOnline();
      }
    }
    return out.map((m) => ({
      hash: m.hash,
      data: m.data,
      timestampMs: m.timestampMs,
      expiresMs: m.expiresMs,
    }));
  };

  const fileId = (idOrUrl: string): string => {
    const m = /\/file\/([^/?#]+)/.exec(idOrUrl);
    return m ? m[1]! : idOrUrl;
  };

  return {
    profile,
    store: async (args) => ({ hash: (await rpc.store(args)).hash }),
    retrieve,
    swarmFor: (pubkey) => swarms.get(pubkey),
    now: () => clock.now(),
    status: () => status.status,
    on: (event, fn) => status.on(event, fn),
    createPoller: (target, popts) => {
      const p = new SwarmPoller(pollDeps, target, { intervalMs: opts.pollIntervalMs, ...popts }, signal);
      pollers.add(p);
      return p;
    },
    fileRequest: (req) => serverRequest(tx, profile.fileServer, req, signal),
    uploadFile: (data, o) =>
      uploadFile(tx, profile.fileServer, data, signal, { ...o, isDefaultServer: true }),
    downloadFile: (idOrUrl) => downloadFile(tx, profile.fileServer, fileId(idOrUrl), signal),
    deleteMessages: (identity, hashes, pubkey) => rpc.deleteMessages(identity, hashes, pubkey),
    expireMessages: (identity, hashes, expiryMs, mode, pubkey) =>
      rpc.expire(identity, hashes, expiryMs, mode, pubkey),
    getExpiries: (identity, hashes, pubkey) => rpc.getExpiries(identity, hashes, pubkey),
    refreshPool,
    get lastPathBuildMs() {
      return paths.lastBuildMs;
    },
    close: async () => {
      if (signal.aborted) return;
      closer.abort();
      await Promise.all([...pollers].map((p) => p.stop()));
      teardown();
      state.flush();
      status.removeAll();
    },
  };
}
