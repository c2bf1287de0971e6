/**
 * One poller per swarm we read, shared by every feature that reads a namespace of it. A feature
 * registers its namespace with a consumer; every round asks all registered namespaces in ONE
 * batch request, and applies what each namespace brought — in registration priority order — in
 * ONE transaction together with the swarm's cursor (last hashes, seen hashes). So a crash never
 * applies half a round, and adding a namespace never adds a request.
 *
 *   own swarm (messaging):   inbox.registerNamespace(0, messagesConsumer)
 *   config sync:             inbox.registerNamespace(2, userProfile, { priority: 4 }) … 5, and
 *                            inbox.keepAlive(() => active config hashes)
 *   groups:                  new SwarmInbox(session, { pubkey: groupId, auth }) with 11, 12–14, −11
 *
 * A consumer's `prepare` does the CPU work (open, verify, decode, merge preparation) outside the
 * transaction; `apply` writes through the batch's `tx` only; `committed` runs after the commit
 * (events to the UI, waking the outbox). A consumer that throws in `prepare` fails the round:
 * nothing is committed and the same messages come again next round.
 */
import { errorCode } from '../../errors';
import {
  NetworkError,
  type PollBatch,
  type PolledMessage,
  type PollTarget,
  type SwarmAuth,
  type SwarmPubkey,
} from '../../network';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';
import { pollInto, type InboxSource } from './source';

export interface KeepAliveHashes {
  readonly hashes: readonly string[];
  readonly expiryMs: number;
}

export interface NamespaceConsumer<P = unknown, R = unknown> {
  prepare(messages: readonly PolledMessage[]): P | Promise<P>;
  /** Inside the round's transaction; what it returns goes to `committed`. */
  apply(tx: WriteDb, prepared: P): R;
  committed?(applied: R): void;
}

interface Registered {
  readonly namespace: number;
  readonly priority: number;
  readonly consumer: NamespaceConsumer;
}

export interface SwarmInboxOptions {
  readonly pubkey: SwarmPubkey;
  readonly auth?: SwarmAuth;
  /** Milliseconds between rounds (desktop: 5 s for the own swarm), or a function read each round. */
  readonly intervalMs?: number | (() => number);
  readonly maxCount?: number;
}

export class SwarmInbox {
  private readonly registered: Registered[] = [];
  private byPriority: Registered[] = [];
  private readonly keepAlives: (() => KeepAliveHashes | undefined)[] = [];
  private source: InboxSource | undefined;

  constructor(
    private readonly session: AccountSession,
    private readonly opts: SwarmInboxOptions,
  ) {}

  /**
   * Adds a namespace to this swarm's rounds. Higher `priority` is applied first within a round
   * (configs before messages, as libsession does; default 0). Takes effect at the next round.
   */
  registerNamespace<P, R>(
    namespace: number,
    consumer: NamespaceConsumer<P, R>,
    opts: { priority?: number } = {},
  ): void {
    if (this.registered.some((r) => r.namespace === namespace)) {
      throw new Error(`Namespace ${namespace} of this swarm is registered already.`);
    }
    this.registered.push({
      namespace,
      priority: opts.priority ?? 0,
      consumer: consumer,
    });
    // Requests go in registration order (desktop's [0, 2, 3, 5, 4]); rounds apply by priority.
    this.byPriority = [...this.registered].sort((a, b) => b.priority - a.priority);
  }

  /** The namespaces in the order a round applies them (highest priority first). */
  namespaces(): number[] {
    return this.byPriority.map((r) => r.namespace);
  }

  /**
   * Messages each round keeps alive: the round's batch also sets their expiry (desktop bumps its
   * config hashes with every poll). Sources are asked each round; their hashes are joined.
   */
  keepAlive(source: () => KeepAliveHashes | undefined): void {
    this.keepAlives.push(source);
  }

  /** Starts polling once the network is open (at once if it is). */
  start(): void {
    if (this.source || this.registered.length === 0) return;
    const registered = this.registered;
    const target: PollTarget = {
      pubkey: this.opts.pubkey,
      ...(this.opts.auth ? { auth: this.opts.auth } : {}),
      ...(this.opts.maxCount !== undefined ? { maxCount: this.opts.maxCount } : {}),
      // Read each round, so a namespace registered later joins the next batch request; asked in
      // registration order.
      get namespaces() {
        return registered.map((r) => r.namespace);
      },
      keepAlive: () => this.keepAliveHashes(),
    };
    this.source = pollInto(this.session, target, (batch) => this.consume(batch), {
      ...(this.opts.intervalMs !== undefined ? { intervalMs: this.opts.intervalMs } : {}),
    });
  }

  /** Polls now instead of at the next tick (after a send, when the window gains focus). */
  pollNow(): void {
    this.source?.pollNow();
  }

  /**
   * One whole round now — every namespace, every `more` page, applied — waiting for the network to
   * open if needed; rejects with the round's NetworkError, or `closed` when `signal` aborts.
   */
  pollOnce(signal: AbortSignal): Promise<void> {
    if (!this.source) return Promise.reject(new NetworkError('closed', 'This swarm inbox is not polling.'));
    return this.source.pollOnce(signal);
  }

  private keepAliveHashes(): KeepAliveHashes | undefined {
    const hashes = new Set<string>();
    let expiryMs = 0;
    for (const source of this.keepAlives) {
      const k = source();
      if (!k) continue;
      for (const h of k.hashes) hashes.add(h);
      expiryMs = Math.max(expiryMs, k.expiryMs);
    }
    return hashes.size > 0 ? { hashes: [...hashes], expiryMs } : undefined;
  }

  async stop(): Promise<void> {
    const s = this.source;
    this.source = undefined;
    await s?.stop();
  }

  /**
   * Applies one batch as a poll round would (the poller's consumer). Public for imports, benches
   * and tests that bring messages by another way than a poll: pass a `commit` that records nothing.
   */
  async deliver(batch: PollBatch<WriteDb>): Promise<void> {
    await this.consume(batch);
  }

  private async consume(batch: PollBatch<WriteDb>): Promise<void> {
    const parts: { r: Registered; prepared: unknown }[] = [];
    for (const r of this.byPriority) {
      const mine = batch.messages.filter((m) => m.namespace === r.namespace);
      if (mine.length > 0) parts.push({ r, prepared: await r.consumer.prepare(mine) });
    }
    const applied = this.session.store.write((tx) => {
      const results = parts.map(({ r, prepared }) => ({ r, result: r.consumer.apply(tx, prepared) }));
      batch.commit(tx);
      return results;
    });
    for (const { r, result } of applied) {
      try {
        r.consumer.committed?.(result);
      } catch (e) {
        this.session.logger.warn('inbox consumer after-commit failed', {
          namespace: r.namespace,
          code: errorCode(e),
        });
      }
    }
  }
}
