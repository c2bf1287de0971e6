/**
 * Keeps the app connected to its Session network while the account is open: opens the network
 * (onion paths, pool) over the encrypted store's state when the store opens, closes it when the
 * account locks, and retries with backoff while the network cannot be reached at all. Its view is
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
  tuning?: Omit<OpenNetworkOptions, 'profile' | 'state' | 'logger'>;
  retryMinMs?: number;
  retryMaxMs?: number;
};

export class NetworkService {
  private network: SessionNetwork | undefined;
  private generation = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private current: NetworkView = { connection: 'off', paths: 0 };

  constructor(private readonly opts: NetworkServiceOptions) {}

  view(): NetworkView {
    return this.current;
  }

  /** The open network, for services that send and poll; undefined while offline or locked. */
  get session(): SessionNetwork | undefined {
    return this.network;
  }

  /** Follows the account's store: connect when it opens, disconnect when it closes. */
  attach(store: Store | undefined): void {
    this.stop();
    if (store && this.opts.profile)
      void this.connect(store, ++this.generation, this.opts.retryMinMs ?? 2_000);
  }

  async close(): Promise<void> {
    this.stop();
    this.set({ connection: 'off', paths: 0 });
    await Promise.resolve();
  }

  private set(view: NetworkView): void {
    if (view.connection === this.current.connection && view.paths === this.current.paths) return;
    this.current = view;
    this.opts.onChange(view);
  }

  private stop(): void {
    this.generation++;
    clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const net = this.network;
    this.network = undefined;
    if (net) void net.close();
  }

  private async connect(store: Store, generation: number, backoffMs: number): Promise<void> {
    const profile = this.opts.profile;
    if (!profile) return;
    this.set({ connection: 'connecting', paths: 0 });
    try {
      const net = await openNetwork({
        ...this.opts.tuning,
        profile,
        state: new StoreNetworkState(store),
        logger: this.opts.logger,
      });
      if (generation !== this.generation) {
        await net.close();
        return;
      }
      this.network = net;
      const show = (): void => {
        const s = net.status();
        this.set({ connection: s.state, paths: s.paths.length });
      };
      this.unsubscribe = net.on('status', show);
      show();
    } catch (e) {
      if (generation !== this.generation) return;
      const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : 'unknown';
      this.opts.logger.warn('network unreachable; will retry', { code, retryMs: backoffMs });
      this.set({ connection: 'offline', paths: 0 });
      const next = Math.min(backoffMs * 2, this.opts.retryMaxMs ?? 60_000);
      this.retryTimer = setTimeout(() => void this.connect(store, generation, next), backoffMs);
      this.retryTimer.unref();
    }
  }
}
