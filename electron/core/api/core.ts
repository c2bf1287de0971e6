/**
 * Assembles the core: context, services, handlers, dispatcher and the event stream. Hosts (Electron
 * worker, web host, CLI, tests) call `startCore` and talk to the result; nothing here knows which
 * host it runs in.
 */
import { mkdirSync } from 'node:fs';
import { ready as sodiumReady } from '../crypto/sodium';
import { createLogger, type Logger } from '../log';
import { AccountService } from '../services/account/account-service';
import type { KeyVault } from '../services/account/key-vault';
import { createStoreKeyVault, type KeychainBackend } from '../services/account/store-key-vault';
import { resolveProfile } from '../network';
import { NetworkService } from '../services/network/network-service';
import { SettingsService } from '../services/settings/settings-service';
import { APP_NAME, APP_VERSION } from '../version';
import type { CoreContext, HostKind } from './context';
import { createDispatcher, type Dispatcher, type Handlers } from './dispatcher';
import { EventBus, type CoreEventListener } from './events';
import { accountHandlers } from './handlers/account';
import { appHandlers } from './handlers/app';
import { settingsHandlers } from './handlers/settings';
import { lockGate } from './lock-gate';

export type CoreOptions = {
  dataDir: string;
  host: HostKind;
  /**
   * Which Session network: 'mainnet', a profile file path, or 'offline' (never connect). Unset means
   * the SHALLOT_NETWORK environment variable, else mainnet. A bad profile file fails start-up with a
   * typed ProfileError the host prints.
   */
  network?: string;
  logger?: Logger;
  /** How often `app.status` is emitted; 0 turns the heartbeat off. */
  heartbeatMs?: number;
  /**
   * The OS keychain (Electron's safeStorage, relayed from the main process). Without one the
   * database key is kept in a plain key file (warned about) unless an app password is set.
   */
  keychain?: KeychainBackend;
  /** Replaces the store's vaults (tests). */
  vault?: KeyVault;
  /** Argon2id cost for new password wraps (tests lower it). */
  kdfLimits?: { opslimit: number; memlimit: number };
};

export interface Core {
  readonly context: CoreContext;
  readonly account: AccountService;
  dispatch: Dispatcher['dispatch'];
  subscribe(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const startedAt = Date.now();
  await sodiumReady();
  const logger = options.logger ?? createLogger('core');
  const profile = options.network === 'offline' ? undefined : resolveProfile(options.network);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const events = new EventBus(logger);
  const context: CoreContext = {
    appName: APP_NAME,
    version: APP_VERSION,
    dataDir: options.dataDir,
    networkName: profile?.name ?? 'offline',
    host: options.host,
    logger,
    events,
    uptimeMs: () => Date.now() - startedAt,
  };

  const vault =
    options.vault ??
    (await createStoreKeyVault({
      dataDir: options.dataDir,
      keychain: options.keychain,
      logger,
      ...(options.kdfLimits ? { kdfLimits: options.kdfLimits } : {}),
    }));
  const settings = new SettingsService((s) => events.emit('settings.changed', s));
  const network = new NetworkService({
    profile,
    logger,
    onChange: () => events.emit('app.status', status()),
  });
  const account = new AccountService({
    dataDir: options.dataDir,
    vault,
    logger,
    onChange: (view) => events.emit('account.changed', view),
    onStore: (store) => {
      settings.attach(store);
      return network.attach(store);
    },
  });
  await account.start();

  const handlers: Handlers = {
    ...appHandlers(context),
    ...accountHandlers(account),
    ...settingsHandlers(settings),
  };
  const dispatcher = createDispatcher(handlers, logger, {
    gate: lockGate(() => account.isLocked()),
  });

  function status() {
    const view = network.view();
    return {
      uptimeMs: context.uptimeMs(),
      network: context.networkName,
      connection: view.connection,
      paths: view.paths,
    };
  }
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const heartbeat =
    heartbeatMs > 0 ? setInterval(() => events.emit('app.status', status()), heartbeatMs) : undefined;
  heartbeat?.unref();

  // A subscriber that joins late still learns the core is up: hosts re-send `app.ready` per client.
  events.emit('app.ready', { version: APP_VERSION, startedAt });
  logger.info('core started', { host: options.host, network: context.networkName });

  return {
    context,
    account,
    dispatch: (method, params) => dispatcher.dispatch(method, params),
    subscribe: (l) => events.subscribe(l),
    async close() {
      if (heartbeat) clearInterval(heartbeat);
      dispatcher.close();
      await network.close();
      await account.close();
    },
  };
}
