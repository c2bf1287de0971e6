import { toBase64, toHex } from '../crypto/bytes';
import type { Identity } from '../crypto/identity';
import type { Logger } from '../log';
import { storageHash } from '../protocol/storage-hash';
import {
  deleteSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
  retrieveSigMessage,
  signStorageRequest,
  storeSigMessage,
  type ExpireMode,
} from '../protocol/storage-signatures';
import type { NetworkClock } from './clock';
import { NetworkError, asNetworkError } from './errors';
import { shuffle, type Random } from './path-select';
import type { SnodePool } from './pool';
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
import type { StatusEmitter } from './status';
import type { SwarmCache } from './swarms';
import { OnionRequestError, sleep, type OnionTransport } from './transport';

export interface RetryPolicy {
  /** Attempts on different members/paths before giving up (offline waits do not count). */
  readonly maxAttempts: number;
  /** Pause before the n-th retry: n × backoffMs. */
  readonly backoffMs: number;
  /** How long one operation waits for the network to come back before failing 'unreachable'. */
  readonly offlineWaitMs: number;
}

export interface StorageDeps {
  readonly transport: OnionTransport;
  readonly swarms: SwarmCache;
  readonly pool: SnodePool;
  readonly clock: NetworkClock;
  readonly status: StatusEmitter;
  readonly logger: Logger;
  readonly random: Random;
  readonly signal: AbortSignal;
  readonly retry: RetryPolicy;
}

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

/**
 * Auth fields for a signed storage request. An 05 account proves its Ed25519 key converts to the
 * pubkey; for an 03 group the pubkey is the Ed25519 key, so `pubkey_ed25519` must not be sent.
 */
export function authParams(auth: Identity, pubkey: string, message: Uint8Array): Record<string, unknown> {
  const params: Record<string, unknown> = { signature: signStorageRequest(auth.ed25519.secretKey, message) };
  if (pubkey.startsWith('05')) params['pubkey_ed25519'] = toHex(auth.ed25519.publicKey);
  return params;
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms)) return p;
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new NetworkError('unreachable')), Math.max(0, ms));
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(asNetworkError(e));
      },
    );
  });
}

/** The storage RPC client (protocol reference §4) over onion requests, with §4.5's error rules. */
export class StorageClient {
  constructor(private readonly deps: StorageDeps) {}

  /** One batch (or sequence) to one node. 421 updates the swarm before it is thrown. */
  async requestNode(
    node: Snode,
    pubkey: string | undefined,
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
      if (isRecord(r.body)) this.deps.clock.record(r.body['t']);
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
    pubkey: string | undefined,
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
   * retryable failures. `build` runs per attempt (fresh signature timestamps); `onClockReset` lets
   * the caller drop timestamps it fixed, after a 406 made us resynchronise the clock.
   */
  async toSwarm<T>(
    pubkey: string,
    build: () => SubRequest[],
    accept: (results: SubResult[], node: Snode) => T,
    opts: { kind?: 'batch' | 'sequence'; onClockReset?: () => void } = {},
  ): Promise<T> {
    const tried = new Set<string>();
    let failures = 0;
    let clockResynced = false;
    const offlineDeadline = Date.now() + this.deps.retry.offlineWaitMs;
    for (;;) {
      if (this.deps.signal.aborted) throw new NetworkError('closed');
      if (this.deps.transport.isOffline) {
        await withDeadline(this.deps.transport.waitOnline(), offlineDeadline - Date.now());
      }
      let node: Snode | undefined;
      try {
        const swarm = await this.deps.swarms.get(pubkey);
        const fresh = swarm.filter((n) => !tried.has(n.ed25519));
        node = shuffle(fresh.length > 0 ? fresh : swarm, this.deps.random)[0];
        if (!node) throw new NetworkError('wrong-swarm', 'No member of the swarm is left to ask.');
        tried.add(node.ed25519);
        const results = await this.requestNode(node, pubkey, build(), opts.kind);
        const value = accept(results, node);
        if (this.deps.status.status.state === 'clock-skew') this.deps.status.update({ state: 'online' });
        return value;
      } catch (e) {
        const err = asNetworkError(e);
        if (err.code === 'clock-out-of-sync' && !clockResynced && node) {
          clockResynced = true;
          if (await this.resyncClock(node)) {
            opts.onClockReset?.();
            continue;
          }
        }
        if (err.code === 'clock-out-of-sync') this.deps.status.update({ state: 'clock-skew' });
        if (!err.retryable || err.code === 'closed') throw err;
        if (node && e instanceof OnionRequestError) {
          if (e.blame === 'destination') this.deps.swarms.remove(pubkey, node.ed25519);
          if (e.blame === 'both') this.deps.pool.recordFailure(node.ed25519);
        }
        if (this.deps.transport.isOffline && Date.now() < offlineDeadline) continue;
        failures++;
        if (failures >= this.deps.retry.maxAttempts) throw err;
        this.deps.logger.debug('storage request retry', { code: err.code, failures });
        if (this.deps.retry.backoffMs > 0)
          await sleep(this.deps.retry.backoffMs * failures, this.deps.signal);
      }
    }
  }

  /** After a 406: forget the offsets and take a fresh sample from the node that complained. */
  async resyncClock(node: Snode): Promise<boolean> {
    const before = this.deps.clock.samples;
    this.deps.clock.reset();
    try {
      const reply = await this.deps.transport.snodeRequest(node, 'info', {});
      return reply.status === 200 && this.deps.clock.samples > 0;
    } catch {
      this.deps.logger.warn('clock resync failed', { before });
      return false;
    }
  }

  /** One clock sample from any pool node (the first thing a fresh client does). */
  async syncClock(via: Snode): Promise<void> {
    const reply = await this.deps.transport.snodeRequest(via, 'info', {});
    if (reply.status !== 200)
      throw new NetworkError('bad-response', 'The service node refused the info request.');
  }

  async store(args: {
    pubkey: string;
    namespace: number;
    data: Uint8Array;
    ttlMs: number;
    auth?: Identity;
  }): Promise<{ hash: string; timestampMs: number }> {
    const { pubkey, namespace, data, ttlMs, auth } = args;
    const expected = storageHash(pubkey, namespace, data);
    const payload = toBase64(data);
    // One timestamp for every retry: the same message, the same hash, wherever it lands.
    let timestamp: number | undefined;
    return this.toSwarm(
      pubkey,
      () => {
        timestamp ??= this.deps.clock.now();
        const params: Record<string, unknown> = { pubkey, namespace, ttl: ttlMs, timestamp, data: payload };
        if (auth) {
          const sigTs = this.deps.clock.now();
          // A retry long after the first try signs a fresh time; the server prefers sig_timestamp.
          if (sigTs - timestamp > 30_000) {
            params['sig_timestamp'] = sigTs;
            Object.assign(params, authParams(auth, pubkey, storeSigMessage(namespace, sigTs)));
          } else {
            Object.assign(params, authParams(auth, pubkey, storeSigMessage(namespace, timestamp)));
          }
        }
        return [{ method: 'store', params }];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw this.subFailure(r, 'store');
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

  /** A failed subrequest: server errors are worth another node, client errors are not. */
  private subFailure(r: SubResult, what: string): NetworkError {
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

  /** Signed retrieve subrequests for each namespace, each with this node's last hash. */
  retrieveRequests(
    node: Snode,
    pubkey: string,
    namespaces: readonly number[],
    auth: Identity | undefined,
    lastHash: (node: string, pubkey: string, ns: number) => string | undefined,
    maxCount?: number,
  ): SubRequest[] {
    const now = this.deps.clock.now();
    return namespaces.map((namespace) => {
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
        Object.assign(params, authParams(auth, pubkey, retrieveSigMessage(namespace, now)));
      return { method: 'retrieve', params };
    });
  }

  async retrieveFrom(
    node: Snode,
    pubkey: string,
    namespaces: readonly number[],
    auth: Identity | undefined,
    lastHash: (node: string, pubkey: string, ns: number) => string | undefined,
    maxCount?: number,
  ): Promise<NamespaceMessages[]> {
    const requests = this.retrieveRequests(node, pubkey, namespaces, auth, lastHash, maxCount);
    const results = await this.requestNode(node, pubkey, requests);
    return namespaces.map((namespace, i) => {
      const r = results[i];
      if (!r) throw new NetworkError('bad-response', 'The batch reply is missing a retrieve result.');
      if (r.code !== 200) throw this.subFailure(r, 'retrieve');
      return { namespace, ...parseRetrieveBody(r.body) };
    });
  }

  async getSwarm(via: Snode, pubkey: string): Promise<Snode[]> {
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

  async deleteMessages(
    auth: Identity,
    hashes: readonly string[],
    pubkey: string = auth.sessionId,
  ): Promise<string[]> {
    return this.toSwarm(
      pubkey,
      () => [
        {
          method: 'delete',
          params: { pubkey, messages: [...hashes], ...authParams(auth, pubkey, deleteSigMessage(hashes)) },
        },
      ],
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw this.subFailure(r, 'delete');
        return collectSwarmLists(r.body, 'deleted');
      },
    );
  }

  async expire(
    auth: Identity,
    hashes: readonly string[],
    expiryMs: number,
    mode: ExpireMode = '',
    pubkey: string = auth.sessionId,
  ): Promise<string[]> {
    return this.toSwarm(
      pubkey,
      () => {
        const params: Record<string, unknown> = {
          pubkey,
          messages: [...hashes],
          expiry: expiryMs,
          ...authParams(auth, pubkey, expireSigMessage(mode, expiryMs, hashes)),
        };
        if (mode === 'shorten') params['shorten'] = true;
        if (mode === 'extend') params['extend'] = true;
        return [{ method: 'expire', params }];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw this.subFailure(r, 'expire');
        return collectSwarmLists(r.body, 'updated');
      },
    );
  }

  async getExpiries(
    auth: Identity,
    hashes: readonly string[],
    pubkey: string = auth.sessionId,
  ): Promise<Record<string, number>> {
    return this.toSwarm(
      pubkey,
      () => {
        const timestamp = this.deps.clock.now();
        return [
          {
            method: 'get_expiries',
            params: {
              pubkey,
              messages: [...hashes],
              timestamp,
              ...authParams(auth, pubkey, getExpiriesSigMessage(timestamp, hashes)),
            },
          },
        ];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw this.subFailure(r, 'get_expiries');
        const exp = isRecord(r.body) ? r.body['expiries'] : undefined;
        const out: Record<string, number> = {};
        if (isRecord(exp)) for (const [h, v] of Object.entries(exp)) if (typeof v === 'number') out[h] = v;
        return out;
      },
    );
  }
}

/** delete/expire replies list, per swarm member, what that member changed; the union is the answer. */
function collectSwarmLists(body: unknown, key: string): string[] {
  const swarm = isRecord(body) ? body['swarm'] : undefined;
  const out = new Set<string>();
  if (isRecord(swarm)) {
    for (const member of Object.values(swarm)) {
      const list = isRecord(member) ? member[key] : undefined;
      if (Array.isArray(list)) for (const h of list) if (typeof h === 'string') out.add(h);
      // Per-namespace form: {deleted: {ns: [hashes]}}
      if (isRecord(list))
        for (const l of Object.values(list))
          if (Array.isArray(l)) for (const h of l) if (typeof h === 'string') out.add(h);
    }
  }
  return [...out];
}
