/**
 * Keeps the app connected to its Session network while the account is open: opens the network
 * (onion paths, pool) over the encrypted store's state when the session starts, closes it before
 * the store closes, and retries with backoff while the network cannot be reached at all. It is the
 * session's `NetworkHandle` — modules queue work whether or not it is open yet — and its view is
 * what the UI's status line shows.
 */
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import {
  NetworkError,
  openNetwork,
  type NetworkProfile,
  type OpenNetworkOptions,
  type SessionNetwork,
} from '../../network';
import type { NetworkState } from '../../network/status';
import type { Store, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { NetworkHandle } from '../session/account-session';
import { StoreNetworkState } from './store-network-state';

export type ConnectionView = 'off' | NetworkState;

export type NetworkView = {
  readonly connection: ConnectionView;
  readonly paths: number;
};

declare module '../events' {
  interface DomainEvents {
    'network.changed': NetworkView;
  }
}

export type NetworkServiceOptions = {
  /** undefined = stay offline (tests, `--network offline`). */
  profile: NetworkProfile | undefined;
  logger: Logger;
  events: DomainEventBus;
  /** Extra options for openNetwork (tests shorten timeouts). */
  tuning?: Omit<OpenNetworkOptions, 'profile' | 'state' | 'logger' | 'signal'>;
  retryMinMs?: number;
  retryMaxMs?: number;
};

const OFF: NetworkView = { connection: 'off', paths: 0 };

/** One connection attempt's life: everything `stop()` must cancel and wait for. */
type Attempt = {
  readonly abort: AbortController;
  network?: SessionNetwork<WriteDb>;
  retryTimer?: NodeJS.Timeout;
  unsubscribe?: () => void;
  /** The attempt in flight, if any; awaited before the store may close. */
  pending?: Promise<void>;
};

export class NetworkService implements NetworkHandle {
  private attempt: Attempt | undefined;
  private currentView: NetworkView = OFF;
  private readonly opened = new Set<(net: SessionNetwork<WriteDb>) => void>();
  private readonly onlineListeners = new Set<() => void>();
  /** `local − network` as last known, so network time stays right while the network is away. */
  private lastOffsetMs = 0;

  constructor(private readonly opts: NetworkServiceOptions) {}

  get enabled(): boolean {
    return this.opts.profile !== undefined;
  }

  view(): NetworkView {
    return this.currentView;
  }

  current(): SessionNetwork<WriteDb> | undefined {
    return this.attempt?.network;
  }

  whenOpen(signal: AbortSignal): Promise<SessionNetwork<WriteDb>> {
    const net = this.current();
    if (net) return Promise.resolve(net);
    return new Promise((resolve, reject) => {
      const done = (n: SessionNetwork<WriteDb>): void => {
        signal.removeEventListener('abort', aborted);
        this.opened.delete(done);
        resolve(n);
      };
      const aborted = (): void => {
        this.opened.delete(done);
        reject(new NetworkError('closed'));
      };
      if (signal.aborted) return aborted();
      this.opened.add(done);
      signal.addEventListener('abort', aborted, { once: true });
    });
  }

  onOnline(fn: () => void): () => void {
    this.onlineListeners.add(fn);
    return () => this.onlineListeners.delete(fn);
  }

  /** Network time; the local clock with the last known offset while no network is open. */
  now(): number {
    const net = this.current();
    if (!net) return Date.now() - this.lastOffsetMs;
    const t = net.now();
    this.lastOffsetMs = Date.now() - t;
    return t;
  }

  /**
   * Follows the account's store: connect when it opens; when it closes, stop and wait until no
   * request can touch the store any more.
   */
  async attach(store: Store | undefined): Promise<void> {
    await this.stop();
    if (!store || !this.opts.profile) return;
    const attempt: Attempt = { abort: new AbortController() };
    this.attempt = attempt;
    attempt.pending = this.connect(store, attempt, this.opts.retryMinMs ?? 2_000);
  }

  close(): Promise<void> {
    return this.stop();
  }

  private set(view: NetworkView): void {
    if (view.connection === this.currentView.connection && view.paths === this.currentView.paths) return;
    const wasOnline = this.currentView.connection === 'online';
    this.currentView = view;
    this.opts.events.emit('network.changed', view);
    if (view.connection === 'online' && !wasOnline) {
      for (const fn of [...this.onlineListeners]) {
        try {
          fn();
        } catch (e) {
          this.opts.logger.warn('network-online listener failed', { code: errorCode(e) });
        }
      }
    }
  }

  private async stop(): Promise<void> {
    const attempt = this.attempt;
    this.attempt = undefined;
    if (attempt) {
      attempt.abort.abort();
      clearTimeout(attempt.retryTimer);
      attempt.unsubscribe?.();
      await attempt.pending;
      await attempt.network?.close();
    }
    this.set(OFF);
  }

  private async connect(store: Store, attempt: Attempt, backoffMs: number): Promise<void> {
    const profile = this.opts.profile;
    if (!profile || attempt.abort.signal.aborted) return;
    this.set({ connection: 'connecting', paths: 0 });
    try {
      const net = await openNetwork({
        ...this.opts.tuning,
        profile,
        state: new StoreNetworkState(store),
        logger: this.opts.logger,
        signal: attempt.abort.signal,
      });
      if (attempt.abort.signal.aborted) {
        await net.close();
        return;
      }
      attempt.network = net;
      const show = (): void => {
        const s = net.status();
        this.set({ connection: s.state, paths: s.paths.length });
      };
      attempt.unsubscribe = net.on('status', show);
      for (const fn of [...this.opened]) fn(net);
      show();
    } catch (e) {
      if (attempt.abort.signal.aborted) return;
      this.opts.logger.warn('network unreachable; will retry', { code: errorCode(e), retryMs: backoffMs });
      this.set({ connection: 'offline', paths: 0 });
      const next = Math.min(backoffMs * 2, this.opts.retryMaxMs ?? 60_000);
      attempt.retryTimer = setTimeout(() => {
        attempt.pending = this.connect(store, attempt, next);
      }, backoffMs);
      attempt.retryTimer.unref();
    }
  }
}
