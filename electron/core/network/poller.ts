import type { Identity } from '../crypto/identity';
import type { Logger } from '../log';
import { NetworkError, asNetworkError } from './errors';
import { shuffle, type Random } from './path-select';
import type { SnodePool } from './pool';
import type { RetrievedMessage } from './rpc-results';
import type { Snode } from './snode';
import type { NetworkStateStore } from './state-store';
import type { NamespaceMessages, StorageClient } from './storage-client';
import type { SwarmCache } from './swarms';
import { OnionRequestError, sleep, type OnionTransport } from './transport';

/** Desktop polls 2 random swarm members per round and merges their answers (§5.3, §11.7). */
export const MEMBERS_PER_POLL = 2;
export const DEFAULT_POLL_INTERVAL_MS = 5_000;
/** Rounds in a row followed for `more: true` before yielding to the normal cadence. */
const MAX_MORE_ROUNDS = 50;

export interface PollTarget {
  /** The swarm owner: an 05 Session ID or an 03 group ID. */
  readonly pubkey: string;
  readonly namespaces: readonly number[];
  /** Signs the retrieves; omitted only for namespaces that need no auth. */
  readonly auth?: Identity;
  /** `max_count` per namespace and node (desktop sends none; tests and bulk catch-up may). */
  readonly maxCount?: number;
}

export interface PolledMessage extends RetrievedMessage {
  readonly pubkey: string;
  readonly namespace: number;
}

export interface RoundResult {
  /** New (never seen) messages, oldest first. */
  readonly messages: PolledMessage[];
  readonly more: boolean;
  /** Records last hashes and seen hashes; call only after the messages are safely handled. */
  commit(): void;
}

export interface PollDeps {
  readonly storage: StorageClient;
  readonly swarms: SwarmCache;
  readonly pool: SnodePool;
  readonly transport: OnionTransport;
  readonly state: NetworkStateStore;
  readonly logger: Logger;
  readonly random: Random;
}

/** One poll of a swarm: 2 members (replacing failed ones from the rest), merged and de-duplicated. */
export async function pollRound(deps: PollDeps, target: PollTarget): Promise<RoundResult> {
  const swarm = await deps.swarms.get(target.pubkey);
  const order = shuffle(swarm, deps.random);
  const replies: { node: Snode; results: NamespaceMessages[] }[] = [];
  let next = 0;
  let lastError: NetworkError | undefined;
  let clockResynced = false;
  const lastHash = (n: string, pk: string, ns: number): string | undefined =>
    deps.state.getLastHash(n, pk, ns);
  const worker = async (): Promise<void> => {
    while (next < order.length) {
      const node = order[next++]!;
      try {
        const results = await deps.storage.retrieveFrom(
          node,
          target.pubkey,
          target.namespaces,
          target.auth,
          lastHash,
          target.maxCount,
        );
        replies.push({ node, results });
        return;
      } catch (e) {
        const err = asNetworkError(e);
        if (err.code === 'clock-out-of-sync' && !clockResynced) {
          clockResynced = true;
          if (await deps.storage.resyncClock(node)) {
            next--;
            continue;
          }
        }
        if (!err.retryable) throw err;
        lastError = err;
        if (e instanceof OnionRequestError && e.blame === 'both') deps.pool.recordFailure(node.ed25519);
        if (e instanceof OnionRequestError && e.blame === 'destination')
          deps.swarms.remove(target.pubkey, node.ed25519);
        if (deps.transport.isOffline) return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(MEMBERS_PER_POLL, order.length) }, worker));
  if (replies.length === 0)
    throw lastError ?? new NetworkError('wrong-swarm', 'The swarm has no members to poll.');

  const byHash = new Map<string, PolledMessage>();
  const lastHashes: { node: string; namespace: number; hash: string; expiresMs: number }[] = [];
  let more = false;
  for (const { node, results } of replies) {
    for (const r of results) {
      more ||= r.more;
      const last = r.messages[r.messages.length - 1];
      if (last)
        lastHashes.push({
          node: node.ed25519,
          namespace: r.namespace,
          hash: last.hash,
          expiresMs: last.expiresMs,
        });
      for (const m of r.messages) {
        if (!byHash.has(m.hash)) byHash.set(m.hash, { ...m, pubkey: target.pubkey, namespace: r.namespace });
      }
    }
  }
  const unseen = new Set(deps.state.filterUnseen([...byHash.keys()]));
  const messages = [...byHash.values()]
    .filter((m) => unseen.has(m.hash))
    .sort((a, b) => a.timestampMs - b.timestampMs);
  return {
    messages,
    more,
    commit: () => {
      deps.state.markSeen([...byHash.values()].map((m) => ({ hash: m.hash, expiresMs: m.expiresMs })));
      for (const h of lastHashes)
        deps.state.setLastHash(h.node, target.pubkey, h.namespace, h.hash, h.expiresMs);
    },
  };
}

/** Polls until no member says `more`, handing each round to `consume` before committing it. */
export async function drain(
  deps: PollDeps,
  target: PollTarget,
  consume: (messages: PolledMessage[]) => Promise<void>,
  shouldContinue: () => boolean = () => true,
): Promise<void> {
  for (let round = 0; round < MAX_MORE_ROUNDS && shouldContinue(); round++) {
    const r = await pollRound(deps, target);
    if (r.messages.length > 0) await consume(r.messages);
    r.commit();
    if (!r.more) return;
  }
}

export interface PollerOptions {
  /** Milliseconds between rounds, or a function read before each wait (settings may change it). */
  readonly intervalMs?: number | (() => number);
  /** Receives each batch of new messages; the poller waits for it before polling again. */
  readonly consumer: (messages: PolledMessage[]) => Promise<void>;
  readonly onError?: (error: NetworkError) => void;
}

/**
 * Polls one swarm for a set of namespaces on a cadence. Backpressure and no-loss: the next round
 * starts only after the consumer resolved, and last hashes advance only then, so a crash or a
 * failing consumer means the same messages come again rather than never.
 */
export class SwarmPoller {
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wake: AbortController | undefined;
  private readonly stopper = new AbortController();

  constructor(
    private readonly deps: PollDeps,
    readonly target: PollTarget,
    private readonly opts: PollerOptions,
    private readonly closed: AbortSignal,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Polls at once instead of waiting for the next tick. */
  pollNow(): void {
    this.wake?.abort();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopper.abort();
    this.wake?.abort();
    await this.loopDone;
  }

  private interval(): number {
    const i = this.opts.intervalMs;
    return typeof i === 'function' ? i() : (i ?? DEFAULT_POLL_INTERVAL_MS);
  }

  private alive = (): boolean => this.running && !this.closed.aborted;

  private async loop(): Promise<void> {
    while (this.alive()) {
      try {
        await drain(this.deps, this.target, this.opts.consumer, this.alive);
      } catch (e) {
        const err = asNetworkError(e);
        if (err.code !== 'closed') {
          this.deps.logger.warn('poll failed', { code: err.code });
          this.opts.onError?.(err);
        }
      }
      if (!this.alive()) break;
      try {
        if (this.deps.transport.isOffline) await this.interruptible(this.deps.transport.waitOnline());
        this.wake = new AbortController();
        await sleep(this.interval(), AbortSignal.any([this.wake.signal, this.stopper.signal, this.closed]));
      } catch {
        // Woken early (pollNow/stop/close): the loop condition decides what happens next.
      }
    }
  }

  private interruptible(p: Promise<void>): Promise<void> {
    return Promise.race([
      p,
      new Promise<void>((_, reject) => {
        const fail = (): void => reject(new NetworkError('closed'));
        if (this.stopper.signal.aborted) fail();
        this.stopper.signal.addEventListener('abort', fail, { once: true });
      }),
    ]);
  }
}
