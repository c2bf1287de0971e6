/**
 * An account session over a real store for tests of what runs on it (outbox, inbox, modules),
 * with a network handle the test drives: `goOnline()` plays the network coming (back).
 */
import { randomBytes } from 'node:crypto';
import { identityFromSeed } from '../../electron/core/crypto/identity';
import { silentLogger } from '../../electron/core/log';
import type { SessionNetwork } from '../../electron/core/network';
import { NetworkError } from '../../electron/core/network/errors';
import { DomainEventBus } from '../../electron/core/services/events';
import type {
  AccountSession,
  NetworkHandle,
  OutboxQueue,
} from '../../electron/core/services/session/account-session';
import { AccountIdentity } from '../../electron/core/services/session/identity';
import type { Store, WriteDb } from '../../electron/core/store';

export class TestNetworkHandle implements NetworkHandle {
  readonly enabled = true;
  private readonly listeners = new Set<() => void>();
  private net: SessionNetwork<WriteDb> | undefined;
  private waiting: ((n: SessionNetwork<WriteDb>) => void)[] = [];

  current(): SessionNetwork<WriteDb> | undefined {
    return this.net;
  }

  whenOpen(signal: AbortSignal): Promise<SessionNetwork<WriteDb>> {
    if (this.net) return Promise.resolve(this.net);
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new NetworkError('closed'));
      signal.addEventListener('abort', () => reject(new NetworkError('closed')), { once: true });
      this.waiting.push(resolve);
    });
  }

  onOnline(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The network opens (or comes back): waiters get it, online listeners run. */
  goOnline(net?: SessionNetwork<WriteDb>): void {
    if (net) {
      this.net = net;
      for (const w of this.waiting.splice(0)) w(net);
    }
    for (const fn of [...this.listeners]) fn();
  }
}

export function testSession(
  store: Store,
  opts: { outbox?: OutboxQueue; network?: NetworkHandle; now?: () => number } = {},
): AccountSession & { close(): void; network: NetworkHandle } {
  const seed = new Uint8Array(randomBytes(16));
  if (!store.accounts.exists(store.read)) {
    store.write((tx) =>
      store.accounts.create(tx, {
        sessionId: identityFromSeed(seed).sessionId,
        seed,
        displayName: 'T',
        createdAt: 1,
      }),
    );
  }
  const identity = new AccountIdentity(seed);
  const abort = new AbortController();
  return {
    store,
    identity,
    network: opts.network ?? new TestNetworkHandle(),
    now: opts.now ?? Date.now,
    events: new DomainEventBus(),
    outbox: opts.outbox ?? {
      enqueue: (tx, job) => store.outbox.enqueue(tx, { ...job, now: job.now ?? Date.now() }),
    },
    logger: silentLogger,
    signal: abort.signal,
    close: () => {
      abort.abort();
      identity.close();
    },
  };
}
