import type { Logger } from '../log';
import { NetworkError, asNetworkError } from './errors';
import type { FailurePolicy } from './failure-policy';
import { shuffle } from './path-select';
import type { Random } from './random';
import type { RetrievedMessage } from './rpc-results';
import type { Snode } from './snode';
import type { BatchCursor, NetworkStateStore } from './state-store';
import type { KeepAlive, LastHashLookup, NamespaceMessages, StorageClient } from './storage-client';
import type { SwarmAuth, SwarmPubkey } from './swarm-auth';
import type { SwarmCache } from './swarms';
import { sleep, type OnionTransport } from './transport';

/** Desktop polls 2 random swarm members per round and merges their answers (§5.3, §11.7). */
export const MEMBERS_PER_POLL = 2;
export const DEFAULT_POLL_INTERVAL_MS = 5_000;
/** Rounds in a row followed for `more: true` before yielding to the normal cadence. */
const MAX_MORE_ROUNDS = 50;
/**
 * After the first member answered, how long a round still waits for the second: as long again as
 * the first took, within these bounds. Both usually answer close together and their answers merge;
 * a member that is dead or stuck (a real relay holds a request to a dead node for ~30 s) costs at
 * most this much, not its timeout — the next round asks again anyway.
 */
export const MERGE_WINDOW_MIN_MS = 100;
export const MERGE_WINDOW_MAX_MS = 2_000;

export interface PollTarget {
  /** The swarm owner: an 05 Session ID or an 03 group ID. */
  readonly pubkey: SwarmPubkey;
  readonly namespaces: readonly number[];
  /** Signs the retrieves; omitted only for namespaces that need no auth. */
  readonly auth?: SwarmAuth;
  /** `max_count` per namespace and node (desktop sends none; tests and bulk catch-up may). */
  readonly maxCount?: number;
  /** Messages to keep alive: each round's batch also sets their expiry (config hashes, §10). */
  readonly keepAlive?: KeepAlive;
}

export interface PolledMessage extends RetrievedMessage {
  readonly pubkey: SwarmPubkey;
  readonly namespace: number;
}

/**
 * One batch of new messages for a consumer. `commit(tx)` advances the batch's cursor (last hashes,
 * seen hashes) and must be called inside the transaction that stores what the batch did, so rows
 * and cursor land together: a crash redelivers the whole batch or none of it.
 */
export interface PollBatch<Tx> {
  /** New (never seen) messages, oldest first. */
  readonly messages: readonly PolledMessage[];
  readonly commit: (tx: Tx) => void;
}

export interface RoundResult {
  readonly messages: PolledMessage[];
  readonly more: boolean;
  readonly cursor: BatchCursor;
}

export interface PollDeps<Tx> {
  readonly storage: StorageClient;
  readonly swarms: SwarmCache;
  readonly policy: FailurePolicy;
  readonly transport: Pick<OnionTransport, 'isOffline' | 'waitOnline'>;
  readonly state: NetworkStateStore<Tx>;
  readonly logger: Logger;
  readonly random: Random;
}

type Reply = { node: Snode; results: NamespaceMessages[] };

/**
 * One poll of a swarm: 2 members asked at once (a failed one replaced from the rest), the round
 * ending at the first good answer plus the merge window; the answers in by then are merged and
 * de-duplicated. `waitOffline`: wait for an unreachable network instead of failing the round.
 */
export async function pollRound<Tx>(
  deps: PollDeps<Tx>,
  target: PollTarget,
  opts: { waitOffline?: boolean } = {},
): Promise<RoundResult> {
  const swarm = await deps.swarms.get(target.pubkey);
  const order = shuffle(swarm, deps.random);
  const attempts = deps.policy.attempt({
    waitOffline: opts.waitOffline ?? false,
    maxAttempts: Math.max(deps.policy.settings.maxAttempts, order.length),
  });
  const replies: Reply[] = [];
  let next = 0;
  let lastError: NetworkError | undefined;
  let over = false;
  const started = Date.now();
  let firstReply: () => void = () => undefined;
  const lastHash: LastHashLookup = (n, pk, ns) => deps.state.getLastHash(n, pk, ns);

  const ask = async (node: Snode): Promise<boolean> => {
    for (;;) {
      try {
        await attempts.ready();
        const results = await deps.storage.retrieveFrom(
          node,
          target.pubkey,
          target.namespaces,
          target.auth,
          lastHash,
          target.maxCount,
          target.keepAlive,
        );
        attempts.succeeded();
        if (!over) replies.push({ node, results });
        firstReply();
        return true;
      } catch (e) {
        if ((await attempts.onFailure(e, { node, pubkey: target.pubkey })) !== 'clock-resynced') return false;
      }
    }
  };
  const worker = async (): Promise<void> => {
    try {
      while (next < order.length && !over) if (await ask(order[next++]!)) return;
    } catch (e) {
      // The policy ended this worker (final error, budget spent, network gone).
      lastError = asNetworkError(e);
    }
  };

  const workers = Array.from({ length: Math.min(MEMBERS_PER_POLL, order.length) }, worker);
  await new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const end = (): void => {
      clearTimeout(timer);
      resolve();
    };
    firstReply = () => {
      firstReply = () => undefined;
      const window = Math.min(MERGE_WINDOW_MAX_MS, Math.max(MERGE_WINDOW_MIN_MS, Date.now() - started));
      timer = setTimeout(end, window);
      timer.unref();
    };
    void Promise.all(workers).then(end);
  });
  over = true;
  if (replies.length === 0)
    throw lastError ?? new NetworkError('wrong-swarm', 'The swarm has no members to poll.');
  return merge(deps, target, replies);
}

function merge<Tx>(deps: PollDeps<Tx>, target: PollTarget, replies: readonly Reply[]): RoundResult {
  const byHash = new Map<string, PolledMessage>();
  const lastHashes: BatchCursor['lastHashes'][number][] = [];
  let more = false;
  for (const { node, results } of replies) {
    for (const r of results) {
      more ||= r.more;
      const last = r.messages[r.messages.length - 1];
      if (last) {
        lastHashes.push({
          node: node.ed25519,
          namespace: r.namespace,
          hash: last.hash,
          expiresMs: last.expiresMs,
        });
      }
      for (const m of r.messages) {
        if (!byHash.has(m.hash)) byHash.set(m.hash, { ...m, pubkey: target.pubkey, namespace: r.namespace });
      }
    }
  }
  const unseen = new Set(deps.state.filterUnseen([...byHash.keys()]));
  const messages = [...byHash.values()]
    .filter((m) => unseen.has(m.hash))
    .sort((a, b) => a.timestampMs - b.timestampMs);
  const seen = [...byHash.values()].map((m) => ({ hash: m.hash, expiresMs: m.expiresMs }));
  return { messages, more, cursor: { pubkey: target.pubkey, lastHashes, seen } };
}

/**
 * Polls until no member says `more`. A round with new messages goes to `consume`, which must call
 * the batch's `commit` in its own transaction; a round without (only already-seen messages, or a
 * cursor to move) is committed here in a transaction of the state store.
 */
export async function drain<Tx>(
  deps: PollDeps<Tx>,
  target: PollTarget,
  consume: (batch: PollBatch<Tx>) => Promise<void>,
  opts: { shouldContinue?: () => boolean; waitOffline?: boolean } = {},
): Promise<void> {
  const shouldContinue = opts.shouldContinue ?? (() => true);
  for (let round = 0; round < MAX_MORE_ROUNDS && shouldContinue(); round++) {
    const r = await pollRound(deps, target, { waitOffline: opts.waitOffline ?? false });
    if (r.messages.length > 0) {
      let committed = false;
      await consume({
        messages: r.messages,
        commit: (tx) => {
          deps.state.commitBatch(tx, r.cursor);
          committed = true;
        },
      });
      if (!committed) {
        throw new NetworkError('rejected', 'The consumer did not commit its batch; it comes again.', {
          retryable: true,
        });
      }
    } else if (r.cursor.lastHashes.length > 0) {
      deps.state.transaction((tx) => deps.state.commitBatch(tx, r.cursor));
    }
    if (!r.more) return;
  }
}

export interface PollerOptions<Tx> {
  /** Milliseconds between rounds, or a function read before each wait (settings may change it). */
  readonly intervalMs?: number | (() => number);
  /**
   * Receives each batch of new messages and commits it inside its own transaction; the poller
   * waits for it before polling again.
   */
  readonly consumer: (batch: PollBatch<Tx>) => Promise<void>;
  readonly onError?: (error: NetworkError) => void;
}

/**
 * Polls one swarm for a set of namespaces on a cadence. Backpressure and no-loss: the next round
 * starts only after the consumer resolved, and the cursor advances only in the consumer's own
 * transaction, so a crash or a failing consumer means the same messages come again rather than never.
 */
export class SwarmPoller<Tx> {
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wake: AbortController | undefined;
  private readonly stopper = new AbortController();
  /** Callers of `pollOnce` waiting for the next whole round. */
  private waiters: ((error?: NetworkError) => void)[] = [];

  constructor(
    private readonly deps: PollDeps<Tx>,
    readonly target: PollTarget,
    private readonly opts: PollerOptions<Tx>,
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

  /**
   * Polls at once and resolves when a whole round that started after this call (every `more`
   * page, each consumed) is done; rejects with that round's error, or `closed` on stop.
   */
  pollOnce(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.alive()) return reject(new NetworkError('closed'));
      this.waiters.push((e) => (e ? reject(e) : resolve()));
      this.pollNow();
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopper.abort();
    this.wake?.abort();
    await this.loopDone;
    for (const w of this.waiters.splice(0)) w(new NetworkError('closed'));
  }

  private interval(): number {
    const i = this.opts.intervalMs;
    return typeof i === 'function' ? i() : (i ?? DEFAULT_POLL_INTERVAL_MS);
  }

  private alive = (): boolean => this.running && !this.closed.aborted;

  private async loop(): Promise<void> {
    while (this.alive()) {
      const waiting = this.waiters.splice(0);
      let failure: NetworkError | undefined;
      try {
        await drain(this.deps, this.target, this.opts.consumer, { shouldContinue: this.alive });
      } catch (e) {
        failure = asNetworkError(e);
        if (failure.code !== 'closed') {
          this.deps.logger.warn('poll failed', { code: failure.code });
          this.opts.onError?.(failure);
        }
      }
      for (const w of waiting) w(failure);
      if (!this.alive()) break;
      // Someone asked for a round while this one ran: it goes at once.
      if (this.waiters.length > 0) continue;
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
