/**
 * Assembles one Session network connection: pool, paths, transport, swarms, storage RPC, failure
 * policy, clock and pollers, over the caller's state store. Nothing else in the layer wires parts
 * together; the parts know each other only through the interfaces they are given here.
 */
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { ready } from '../crypto/sodium';
import { silentLogger, type Logger } from '../log';
import { NetworkClock } from './clock';
import { DeadNodes } from './dead-nodes';
import { asNetworkError, NetworkError } from './errors';
import { FailurePolicy, type RetrySettings } from './failure-policy';
import { createKeepAliveAgent } from './https-client';
import { fileMethods } from './network-files';
import { shuffle } from './path-select';
import { PathManager } from './paths';
import { drain, SwarmPoller, type PolledMessage, type PollDeps, type PollTarget } from './poller';
import { SnodePool } from './pool';
import { resolveOnsName } from './ons-resolve';
import { resolveProfile } from './profile';
import { cryptoRandom, type Random } from './random';
import { fetchFromSeeds } from './seed';
import { StatusEmitter } from './status';
import { StorageClient } from './storage-client';
import { storeSequence } from './store-sequence';
import { SwarmEdits } from './swarm-edits';
import { SwarmSequences } from './swarm-sequence';
import { SwarmCache } from './swarms';
import { OnionTransport } from './transport';
import type { NetworkTimeouts, OpenNetworkOptions, RetrieveArgs, SessionNetwork } from './types';

const DEFAULT_TIMEOUTS: NetworkTimeouts = {
  rpcMs: 10_000,
  fileMs: 30_000,
  probeMs: 10_000,
  offlineRetryMs: 5_000,
  seedMs: 5_000,
};
const DEFAULT_RETRY: RetrySettings = { maxAttempts: 6, backoffMs: 100, offlineWaitMs: 5 * 60_000 };
const FIRST_REFRESH_MS = 5 * 60_000;
const HOUR_MS = 60 * 60_000;
const PRUNE_MS = 10 * 60_000;
/** The first clock samples come from this many nodes at once: one node alone cannot set the time. */
const WARM_UP_CLOCK_NODES = 3;

/** What the parts share: built once per connection in `openNetwork`. */
interface Shared {
  readonly profile: ReturnType<typeof resolveProfile>;
  readonly logger: Logger;
  readonly random: Random;
  readonly timeouts: NetworkTimeouts;
  readonly settings: RetrySettings;
  readonly clock: NetworkClock;
  readonly status: StatusEmitter;
  readonly agent: ReturnType<typeof createKeepAliveAgent>;
  readonly dead: DeadNodes;
  readonly signal: AbortSignal;
}

/** The parts of one connection, wired to each other. */
function assemble<Tx>(opts: OpenNetworkOptions<Tx>, shared: Shared) {
  const { profile, logger, random, timeouts, settings, clock, status, agent, dead, signal } = shared;
  const state = opts.state;
  const pool = new SnodePool({
    state,
    logger,
    random,
    dead,
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
  // cache and the policy ask the storage client. These cycles are closed through `late`.
  const late: { transport?: OnionTransport; storage?: StorageClient; policy?: FailurePolicy } = {};
  const paths = new PathManager({
    pool,
    state,
    logger,
    random,
    subnetDiversity: profile.subnetDiversity,
    probe: (n) => late.transport!.probe(n),
    probeVia: (hops, dest) => late.transport!.probeVia(hops, dest),
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
    dead,
    fetchSwarm: (via, pk) => late.storage!.getSwarm(via, pk),
  });
  const rpc = new StorageClient({
    transport: tx,
    swarms,
    pool,
    clock,
    logger,
    random,
    policy: () => late.policy!,
  });
  late.storage = rpc;
  const policy = new FailurePolicy({
    settings,
    reachability: tx,
    swarms,
    status,
    resyncClock: (node) => rpc.resyncClock(node),
    logger,
    signal,
  });
  late.policy = policy;
  return { pool, paths, tx, swarms, rpc, policy };
}

/**
 * Paths and first clock samples before anything is signed; an unreachable network is a status,
 * not a failure: queued work waits for it.
 */
async function warmUp(p: {
  paths: PathManager;
  pool: SnodePool;
  rpc: StorageClient;
  tx: OnionTransport;
  random: Random;
  logger: Logger;
}): Promise<void> {
  const { paths, pool, rpc, tx, random, logger } = p;
  try {
    await paths.ensure();
    const askers = shuffle(pool.list(), random).slice(0, WARM_UP_CLOCK_NODES);
    const answered = await Promise.all(
      askers.map((via) =>
        rpc.syncClock(via).then(
          () => true,
          (e: unknown) => {
            if (asNetworkError(e).code === 'closed') throw e;
            return false;
          },
        ),
      ),
    );
    if (!answered.some(Boolean)) logger.warn('no clock sample at start');
  } catch (e) {
    const code = asNetworkError(e).code;
    logger.warn('network warm-up failed', { code });
    if (code === 'unreachable') tx.goOffline();
  }
}

/** Runs `fn` after `firstMs`, then every `everyMs` until the connection closes; failures are logged. */
function repeat(
  ctx: { signal: AbortSignal; timers: NodeJS.Timeout[]; logger: Logger },
  fn: () => Promise<unknown> | void,
  firstMs: number,
  everyMs: number,
): void {
  const run = (delay: number): void => {
    const t = setTimeout(() => {
      void Promise.resolve()
        .then(fn)
        .catch((e: unknown) => ctx.logger.warn('background task failed', { code: asNetworkError(e).code }))
        .finally(() => {
          if (!ctx.signal.aborted) run(everyMs);
        });
    }, delay);
    t.unref();
    ctx.timers.push(t);
  };
  run(firstMs);
}

/** Every message a swarm holds for one namespace, committed round by round like a poller's. */
async function retrieveAll<Tx>(pollDeps: PollDeps<Tx>, args: RetrieveArgs): Promise<PolledMessage[]> {
  const { state } = pollDeps;
  const target: PollTarget = {
    pubkey: args.auth ? args.auth.pubkey : args.pubkey,
    namespaces: [args.namespace],
    ...(args.auth ? { auth: args.auth } : {}),
  };
  const out: PolledMessage[] = [];
  try {
    await drain(
      pollDeps,
      target,
      (batch) => {
        state.transaction((t) => batch.commit(t));
        out.push(...batch.messages);
        return Promise.resolve();
      },
      { waitOffline: true },
    );
  } catch (e) {
    // Rounds already committed must reach the caller: report them rather than the error.
    if (out.length === 0) throw asNetworkError(e);
  }
  return out;
}

export async function openNetwork<Tx>(opts: OpenNetworkOptions<Tx>): Promise<SessionNetwork<Tx>> {
  await ready();
  const closer = new AbortController();
  const signal = closer.signal;
  if (opts.signal?.aborted) throw new NetworkError('closed');
  opts.signal?.addEventListener('abort', () => closer.abort(), { once: true });
  // Every in-flight request listens for close(); dozens at once are normal, not a leak.
  setMaxListeners(0, signal);
  const shared: Shared = {
    profile: resolveProfile(opts.profile),
    logger: (opts.logger ?? silentLogger).child('network'),
    random: opts.random ?? cryptoRandom,
    timeouts: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
    settings: { ...DEFAULT_RETRY, ...opts.retry },
    clock: new NetworkClock(opts.clock ?? Date.now, { maxRttMs: opts.clockMaxRttMs }),
    status: new StatusEmitter(),
    agent: createKeepAliveAgent(),
    dead: new DeadNodes({ ttlMs: opts.deadNodeMemoryMs }),
    signal,
  };
  const { profile, logger, random, timeouts, clock, status, agent } = shared;
  const state = opts.state;
  const { pool, paths, tx, swarms, rpc, policy } = assemble(opts, shared);
  const edits = new SwarmEdits(rpc, clock);
  const sequences = new SwarmSequences(rpc, clock);
  const pollDeps: PollDeps<Tx> = { storage: rpc, swarms, policy, transport: tx, state, logger, random };
  const pollers = new Set<SwarmPoller<Tx>>();
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

  await warmUp({ paths, pool, rpc, tx, random, logger });
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
  const schedule = (fn: () => Promise<unknown> | void, firstMs: number, everyMs: number): void =>
    repeat({ signal, timers, logger }, fn, firstMs, everyMs);
  schedule(refreshPool, opts.poolRefreshMs ?? FIRST_REFRESH_MS, opts.poolRefreshMs ?? HOUR_MS);
  schedule(() => state.prune(clock.now()), PRUNE_MS, PRUNE_MS);

  return {
    profile,
    store: async (args) => ({ hash: (await rpc.store(args)).hash }),
    storeSequence: (auth, stores, deleteHashes) => storeSequence(rpc, clock, auth, stores, deleteHashes),
    retrieve: async (args) =>
      (await retrieveAll(pollDeps, args)).map((m) => ({
        hash: m.hash,
        data: m.data,
        timestampMs: m.timestampMs,
        expiresMs: m.expiresMs,
      })),
    swarmFor: (pubkey) => swarms.get(pubkey),
    resolveOns: (name) => resolveOnsName({ transport: tx, pool, random }, name),
    now: () => clock.now(),
    status: () => status.status,
    on: (event, fn) => status.on(event, fn),
    createPoller: (target, popts) => {
      const p = new SwarmPoller(pollDeps, target, { intervalMs: opts.pollIntervalMs, ...popts }, signal);
      pollers.add(p);
      return p;
    },
    ...fileMethods(tx, profile.fileServer, signal, timeouts.fileMs),
    deleteMessages: (auth, hashes) => edits.deleteMessages(auth, hashes),
    expireMessages: (auth, hashes, expiryMs, mode) => edits.expire(auth, hashes, expiryMs, mode),
    getExpiries: (auth, hashes) => edits.getExpiries(auth, hashes),
    revokeSubaccounts: (auth, tokens, o) => edits.revokeSubaccounts(auth, tokens, o?.unrevoke ?? false),
    sequence: (auth, ops) => sequences.run(auth, ops),
    refreshPool,
    get lastPathBuildMs() {
      return paths.lastBuildMs;
    },
    close: async () => {
      if (signal.aborted) return;
      closer.abort();
      await Promise.all([...pollers].map((p) => p.stop()));
      await paths.settled();
      teardown();
      status.removeAll();
    },
  };
}
