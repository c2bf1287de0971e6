import type { Logger } from '../log';
import { storageHash } from '../protocol/storage-hash';
import { expireSigMessage, retrieveSigMessage } from '../protocol/storage-signatures';
import type { NetworkClock } from './clock';
import { NetworkError, asNetworkError } from './errors';
import type { FailurePolicy } from './failure-policy';
import { shuffle } from './path-select';
import type { SnodePool } from './pool';
import type { Random } from './random';
import {
  MAX_SUBREQUESTS,
  isRecord,
  parseBatchResults,
  parseRetrieveBody,
  statusError,
  type RetrievedMessage,
  type SubRequest,
  type SubResult,
} from './rpc-results';
import { parseServiceNodeStates, parseSwarmSnodes, type Snode } from './snode';
import { storeParams } from './store-sequence';
import { authParams, checkAuthFor, type SwarmAuth, type SwarmPubkey } from './swarm-auth';
import type { SwarmCache } from './swarms';
import { OnionRequestError, type OnionTransport } from './transport';

export interface StorageDeps {
  readonly transport: OnionTransport;
  readonly swarms: SwarmCache;
  readonly pool: SnodePool;
  readonly clock: NetworkClock;
  readonly logger: Logger;
  readonly random: Random;
  /** Set once the client exists (the policy resynchronises the clock through it). */
  readonly policy: () => FailurePolicy;
}

/** How many nodes a clock resynchronisation asks at once: a majority outvotes one liar. */
const RESYNC_NODES = 3;

export interface NamespaceMessages {
  readonly namespace: number;
  readonly messages: RetrievedMessage[];
  readonly more: boolean;
}

const SNODE_FIELDS = {
  public_ip: true,
  storage_port: true,
  pubkey_x25519: true,
  pubkey_ed25519: true,
} as const;

/** Namespaces a client may read without signing (§4.2: legacy groups and public outboxes). */
function retrieveNeedsAuth(ns: number): boolean {
  return !(ns === -10 || (ns < 0 && -ns % 20 === 1));
}

/** The storage RPC client (protocol reference §4) over onion requests, with §4.5's error rules. */
export class StorageClient {
  constructor(private readonly deps: StorageDeps) {}

  /** One batch (or sequence) to one node. 421 updates the swarm before it is thrown. */
  async requestNode(
    node: Snode,
    pubkey: SwarmPubkey | undefined,
    requests: readonly SubRequest[],
    kind: 'batch' | 'sequence' = 'batch',
  ): Promise<SubResult[]> {
    if (requests.length === 0 || requests.length > MAX_SUBREQUESTS) {
      throw new NetworkError('too-large', `A batch holds 1 to ${MAX_SUBREQUESTS} subrequests.`, {
        retryable: false,
      });
    }
    const reply = await this.deps.transport.snodeRequest(node, kind, { requests });
    if (reply.status !== 200) {
      this.checkStatus(reply.status, reply.text, reply.body, node, pubkey);
      this.deps.pool.recordFailure(node.ed25519);
      throw new OnionRequestError(
        new NetworkError('rejected', `The service node answered ${reply.status}.`, {
          status: reply.status,
          retryable: true,
        }),
        'none',
      );
    }
    const results = parseBatchResults(reply, requests.length);
    for (const r of results) {
      if (isRecord(r.body)) this.deps.clock.record(r.body['t'], reply.timing, node.ed25519);
      this.checkStatus(r.code, typeof r.body === 'string' ? r.body : '', r.body, node, pubkey);
    }
    this.deps.pool.recordSuccess(node.ed25519);
    return results;
  }

  /** §4.5: throws for 401/406/421/"Oxen Server error", doing the 421 bookkeeping first. */
  private checkStatus(
    status: number,
    text: string,
    body: unknown,
    node: Snode,
    pubkey: SwarmPubkey | undefined,
  ): void {
    const err = statusError(status, text);
    if (!err) return;
    if (err.code === 'wrong-swarm' && pubkey !== undefined) {
      let replacement: Snode[];
      try {
        replacement = parseSwarmSnodes(typeof body === 'string' ? JSON.parse(body) : body);
      } catch {
        // A 421 without a readable node list still means "not here".
        replacement = [];
      }
      if (replacement.length > 0) this.deps.swarms.set(pubkey, replacement);
      else this.deps.swarms.remove(pubkey, node.ed25519);
      this.deps.pool.recordFailure(node.ed25519);
    }
    throw err;
  }

  /**
   * Sends `build()` to a random swarm member of `pubkey`, moving to another member or path on
   * retryable failures (the failure policy decides). `build` runs per attempt (fresh signature
   * timestamps); `onClockReset` lets the caller drop timestamps it fixed, after a 406 made us
   * resynchronise the clock.
   */
  async toSwarm<T>(
    pubkey: SwarmPubkey,
    build: () => SubRequest[],
    accept: (results: SubResult[], node: Snode) => T,
    opts: { kind?: 'batch' | 'sequence'; onClockReset?: () => void } = {},
  ): Promise<T> {
    const tried = new Set<string>();
    const attempts = this.deps.policy().attempt();
    for (;;) {
      await attempts.ready();
      let node: Snode | undefined;
      try {
        const swarm = await this.deps.swarms.get(pubkey);
        const fresh = swarm.filter((n) => !tried.has(n.ed25519));
        node = shuffle(fresh.length > 0 ? fresh : swarm, this.deps.random)[0];
        if (!node) throw new NetworkError('wrong-swarm', 'No member of the swarm is left to ask.');
        tried.add(node.ed25519);
        const value = accept(await this.requestNode(node, pubkey, build(), opts.kind), node);
        attempts.succeeded();
        return value;
      } catch (e) {
        if ((await attempts.onFailure(e, { node, pubkey })) === 'clock-resynced') opts.onClockReset?.();
      }
    }
  }

  /**
   * After a 406: forget every offset and sample the node that complained together with two other
   * pool nodes, so one node answering 406 cannot make its own clock the app's.
   */
  async resyncClock(node: Snode): Promise<boolean> {
    const before = this.deps.clock.samples;
    this.deps.clock.reset();
    const others = shuffle(
      this.deps.pool.list().filter((n) => n.ed25519 !== node.ed25519),
      this.deps.random,
    ).slice(0, RESYNC_NODES - 1);
    await Promise.all([node, ...others].map((n) => this.syncClock(n).catch(() => undefined)));
    if (this.deps.clock.samples === 0) this.deps.logger.warn('clock resync failed', { before });
    return this.deps.clock.samples > 0;
  }

  /** One clock sample from `via` (an `info` request; its reply's `t` is recorded on the way). */
  async syncClock(via: Snode): Promise<void> {
    const reply = await this.deps.transport.snodeRequest(via, 'info', {});
    if (reply.status !== 200)
      throw new NetworkError('bad-response', 'The service node refused the info request.');
  }

  async store(args: {
    pubkey: SwarmPubkey;
    namespace: number;
    data: Uint8Array;
    ttlMs: number;
    auth?: SwarmAuth;
  }): Promise<{ hash: string; timestampMs: number }> {
    const { pubkey, namespace, data, ttlMs, auth } = args;
    checkAuthFor(auth, pubkey);
    const expected = storageHash(pubkey, namespace, data);
    // One timestamp for every retry: the same message, the same hash, wherever it lands.
    let timestamp: number | undefined;
    return this.toSwarm(
      pubkey,
      () => {
        timestamp ??= this.deps.clock.now();
        const now = this.deps.clock.now();
        const sigTs = now - timestamp > 30_000 ? now : timestamp;
        const params = storeParams(pubkey, { namespace, data, ttlMs }, timestamp, auth, sigTs);
        return [{ method: 'store', params }];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw subFailure(r, 'store');
        const hash = isRecord(r.body) ? r.body['hash'] : undefined;
        if (typeof hash === 'string' && hash !== expected) {
          throw new NetworkError('bad-response', 'The service node reported a different message hash.', {
            retryable: false,
          });
        }
        return { hash: expected, timestampMs: timestamp! };
      },
      { onClockReset: () => (timestamp = undefined) },
    );
  }

  /** Signed retrieve subrequests for each namespace, each with this node's last hash. */
  retrieveRequests(
    node: Snode,
    pubkey: SwarmPubkey,
    namespaces: readonly number[],
    auth: SwarmAuth | undefined,
    lastHash: LastHashLookup,
    maxCount?: number,
    keepAlive?: KeepAlive,
  ): SubRequest[] {
    checkAuthFor(auth, pubkey);
    const now = this.deps.clock.now();
    const requests: SubRequest[] = namespaces.map((namespace) => {
      const params: Record<string, unknown> = {
        pubkey,
        namespace,
        last_hash: lastHash(node.ed25519, pubkey, namespace) ?? '',
        timestamp: now,
      };
      // Desktop's size split when several namespaces share one batch: messages first, configs after.
      if (namespaces.length > 1) params['max_size'] = namespace === 0 ? -2 : -8;
      if (maxCount !== undefined) params['max_count'] = maxCount;
      if (auth && retrieveNeedsAuth(namespace))
        Object.assign(params, authParams(auth, retrieveSigMessage(namespace, now)));
      return { method: 'retrieve', params };
    });
    const bump = auth && keepAlive?.();
    if (bump && bump.hashes.length > 0 && requests.length < MAX_SUBREQUESTS) {
      // Desktop's keep-alive: the same batch sets the expiry of the messages still in use (§4.4).
      const messages = [...bump.hashes];
      requests.push({
        method: 'expire',
        params: {
          pubkey,
          messages,
          expiry: bump.expiryMs,
          ...authParams(auth, expireSigMessage('', bump.expiryMs, messages)),
        },
      });
    }
    return requests;
  }

  async retrieveFrom(
    node: Snode,
    pubkey: SwarmPubkey,
    namespaces: readonly number[],
    auth: SwarmAuth | undefined,
    lastHash: LastHashLookup,
    maxCount?: number,
    keepAlive?: KeepAlive,
  ): Promise<NamespaceMessages[]> {
    const requests = this.retrieveRequests(node, pubkey, namespaces, auth, lastHash, maxCount, keepAlive);
    const results = await this.requestNode(node, pubkey, requests);
    return namespaces.map((namespace, i) => {
      const r = results[i];
      if (!r) throw new NetworkError('bad-response', 'The batch reply is missing a retrieve result.');
      if (r.code !== 200) throw subFailure(r, 'retrieve');
      return { namespace, ...parseRetrieveBody(r.body) };
    });
  }

  async getSwarm(via: Snode, pubkey: SwarmPubkey): Promise<Snode[]> {
    // Desktop sends these extra keys (the server ignores them); keeping them keeps our bytes alike.
    const reply = await this.deps.transport.snodeRequest(via, 'get_swarm', {
      pubkey,
      params: { active_only: true, fields: SNODE_FIELDS },
    });
    if (reply.status !== 200) {
      this.deps.pool.recordFailure(via.ed25519);
      throw new NetworkError('rejected', `get_swarm failed with ${reply.status}.`, {
        status: reply.status,
        retryable: true,
      });
    }
    try {
      return parseSwarmSnodes(reply.body);
    } catch (e) {
      throw asNetworkError(e);
    }
  }

  async getServiceNodes(via: Snode): Promise<Snode[]> {
    const reply = await this.deps.transport.snodeRequest(via, 'oxend_request', {
      endpoint: 'get_service_nodes',
      params: { active_only: true, fields: SNODE_FIELDS },
    });
    if (reply.status !== 200) {
      throw new NetworkError('rejected', `get_service_nodes failed with ${reply.status}.`, {
        retryable: true,
      });
    }
    return parseServiceNodeStates(reply.body);
  }
}

export type LastHashLookup = (node: string, pubkey: SwarmPubkey, ns: number) => string | undefined;

/** Messages whose expiry each poll round sets (to `expiryMs`), or undefined for none this round. */
export type KeepAlive = () => { readonly hashes: readonly string[]; readonly expiryMs: number } | undefined;

/** A failed subrequest: server errors are worth another node, client errors are not. */
export function subFailure(r: SubResult, what: string): NetworkError {
  const text = typeof r.body === 'string' ? r.body.slice(0, 200) : '';
  if (r.code === 404) return new NetworkError('not-found', undefined, { status: 404, retryable: false });
  if (r.code === 413) return new NetworkError('too-large', undefined, { status: 413, retryable: false });
  return new NetworkError(
    'rejected',
    `The ${what} request failed with ${r.code}${text ? `: ${text}` : ''}.`,
    {
      status: r.code,
      retryable: r.code >= 500 || r.code === 0,
    },
  );
}
