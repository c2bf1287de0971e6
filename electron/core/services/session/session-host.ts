/**
 * Opens and closes the account session around the account's store: on open, the keys are derived
 * from the stored seed, the network starts connecting (in the background), the modules start in
 * order and the outbox resumes; on close the outbox stops first, then the modules in reverse, the
 * network, and the keys are zeroed — before the store itself closes.
 */
import type { Logger } from '../../log';
import type { Store } from '../../store';
import type { SessionLifecycle } from '../account/account-store';
import type { DomainEventBus } from '../events';
import type { NetworkService } from '../network/network-service';
import type { OutboxKinds } from '../outbox/kinds';
import { OutboxWorker, type OutboxWorkerOptions } from '../outbox/worker';
import type { AccountSession } from './account-session';
import { AccountIdentity } from './identity';
import type { ModuleRegistry } from './module';
import type { Timers } from './timers';

export interface SessionHostOptions {
  readonly modules: ModuleRegistry;
  readonly network: NetworkService;
  readonly events: DomainEventBus;
  readonly outboxKinds: OutboxKinds;
  readonly logger: Logger;
  readonly timers?: Timers;
  /** Outbox tuning (tests shorten backoffs). */
  readonly outbox?: Omit<OutboxWorkerOptions, 'store' | 'kinds' | 'logger' | 'timers'>;
}

type Open = { session: AccountSession; worker: OutboxWorker; abort: AbortController };

export class SessionHost implements SessionLifecycle {
  private active: Open | undefined;

  constructor(private readonly opts: SessionHostOptions) {}

  /** The session while the account is open. */
  current(): AccountSession | undefined {
    return this.active?.session;
  }

  async open(store: Store): Promise<void> {
    await this.close();
    const account = store.accounts.get(store.read);
    if (!account) throw new Error('The store holds no account.');
    let identity: AccountIdentity;
    try {
      identity = new AccountIdentity(account.seed);
    } finally {
      account.seed.fill(0);
    }
    const logger = this.opts.logger.child('session');
    const worker = new OutboxWorker({
      ...this.opts.outbox,
      store,
      kinds: this.opts.outboxKinds,
      logger,
      ...(this.opts.timers ? { timers: this.opts.timers } : {}),
    });
    const abort = new AbortController();
    const network = this.opts.network;
    const session: AccountSession = {
      store,
      identity,
      network,
      now: () => network.now(),
      events: this.opts.events,
      outbox: worker,
      logger,
      signal: abort.signal,
    };
    this.active = { session, worker, abort };
    await network.attach(store);
    await this.opts.modules.startAll(session);
    worker.start(session);
  }

  async close(): Promise<void> {
    const open = this.active;
    if (!open) return;
    this.active = undefined;
    await open.worker.stop();
    await this.opts.modules.stopAll();
    open.abort.abort();
    await this.opts.network.attach(undefined);
    open.session.identity.close();
  }
}
