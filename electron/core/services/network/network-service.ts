/**
 * Keeps the app connected to its Session network while the account is open: opens the network
 * (onion paths, pool) over the encrypted store's state when the store opens, closes it before the
 * store closes, and retries with backoff while the network cannot be reached at all. Its view is
 * what the UI's status line shows.
 */
import {
  openNetwork,
  type NetworkProfile,
  type OpenNetworkOptions,
  type SessionNetwork,
} from '../../network';
import type { NetworkState } from '../../network/status';
import type { Logger } from '../../log';
import type { Store } from '../../store';
import { StoreNetworkState } from './store-network-state';

export type ConnectionView = 'off' | NetworkState;

export type NetworkView = {
  readonly connection: ConnectionView;
  readonly paths: number;
};

export type NetworkServiceOptions = {
  /** undefined = stay offline (tests, `--network offline`). */
  profile: NetworkProfile | undefined;
  logger: Logger;
  onChange: (view: NetworkView) => void;
  /** Extra options for openNetwork (tests shorten timeouts). */
  tuning?: Omit<OpenNetworkOptions, 'profile' | 'state' | 'logger' | 'signal'>;
  retryMinMs?: number;
  retryMaxMs?: number;
};

const OFF: NetworkView = { connection: 'off', paths: 0 };

/** One connection attempt's life: everything `stop()` must cancel and wait for. */
type Session = {
  readonly abort: AbortController;
  network?: SessionNetwork;
  retryTimer?: NodeJS.Timeout;
  unsubscribe?: () => void;
  /** The attempt in flight, if any; awaited before the store may close. */
  pending?: Promise<void>;
};

export class NetworkService {
  private session: Session | undefined;
  private current: NetworkView = OFF;

  constructor(private readonly opts: NetworkServiceOptions) {}

  view(): NetworkView {
    return this.current;
  }

  /**
   * Follows the account's store: connect when it opens; when it closes, stop and wait until no
   * request can touch the store any more.
   */
  async attach(store: Store | undefined): Promise<void> {
    await this.stop();
    if (!store || !this.opts.profile) return;
    const session: Session = { abort: new AbortController() };
    this.session = session;
    session.pending = this.connect(store, session, this.opts.retryMinMs ?? 2_000);
  }

  close(): Promise<void> {
    return this.stop();
  }

  private set(view: NetworkView): void {
    if (view.connection === this.current.connection && view.paths === this.current.paths) return;
    this.current = view;
    this.opts.onChange(view);
  }

  private async stop(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session) {
      session.abort.abort();
      clearTimeout(session.retryTimer);
      session.unsubscribe?.();
      await session.pending;
      await session.network?.close();
    }
    this.set(OFF);
  }

  private async connect(store: Store, session: Session, backoffMs: number): Promise<void> {
    const profile = this.opts.profile;
    if (!profile || session.abort.signal.aborted) return;
    this.set({ connection: 'connecting', paths: 0 });
    try {
      const net = await openNetwork({
        ...this.opts.tuning,
        profile,
        state: new StoreNetworkState(store),
        logger: this.opts.logger,
        signal: session.abort.signal,
      });
      if (session.abort.signal.aborted) {
        await net.close();
        return;
      }
      session.network = net;
      const show = (): void => {
        const s = net.status();
        this.set({ connection: s.state, paths: s.paths.length });
      };
      session.unsubscribe = net.on('status', show);
      show();
    } catch (e) {
      if (session.abort.signal.aborted) return;
      const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : 'unknown';
      this.opts.logger.warn('network unreachable; will retry', { code, retryMs: backoffMs });
      this.set({ connection: 'offline', paths: 0 });
      const next = Math.min(backoffMs * 2, this.opts.retryMaxMs ?? 60_000);
      session.retryTimer = setTimeout(() => {
        session.pending = this.connect(store, session, next);
      }, backoffMs);
      session.retryTimer.unref();
    }
  }
}
