/**
 * Assembles the core: context, modules, the account and its session, handlers, dispatcher and the
 * event stream. Hosts (Electron worker, web host, CLI, tests) call `startCore` and talk to the
 * result; nothing here knows which host it runs in.
 */
import { mkdirSync } from 'node:fs';
import { methods, type MethodName } from '../../bridge/contract';
import { ready as sodiumReady } from '../crypto/sodium';
import { createLogger, type Logger } from '../log';
import { resolveProfile } from '../network';
import { AccountService } from '../services/account/account-service';
import type { KeyVault } from '../services/account/key-vault';
import { createStoreKeyVault, type KeychainBackend } from '../services/account/store-key-vault';
import { configSyncModule } from '../services/config-sync/config-sync-service';
import { DomainEventBus } from '../services/events';
import { InboxKinds } from '../services/inbox/kinds';
import { groupsModule, type GroupsService } from '../services/groups/groups-service';
import { messagingModule, type MessagingService } from '../services/messaging/messaging-service';
import { attachmentsModule } from '../services/attachments/attachments-service';
import { CORE_MODULES } from '../services/modules';
import { NetworkService } from '../services/network/network-service';
import { OutboxKinds } from '../services/outbox/kinds';
import { ModuleRegistry, type ModuleDefinition } from '../services/session/module';
import { SessionHost } from '../services/session/session-host';
import { realTimers, type Timers } from '../services/session/timers';
import { searchModule } from '../services/search/search-service';
import { settingsModule } from '../services/settings/settings-service';
import { APP_NAME, APP_VERSION } from '../version';
import type { CoreContext, HostKind } from './context';
import { createDispatcher, type Dispatcher, type Handlers } from './dispatcher';
import { EventBus, type CoreEventListener } from './events';
import { accountHandlers } from './handlers/account';
import { attachmentHandlers, wireAttachments } from './handlers/attachments';
import { backupHandlers, wireBackup } from './handlers/backup';
import { searchHandlers } from './handlers/search';
import { appHandlers } from './handlers/app';
import { conversationHandlers } from './handlers/conversations';
import { groupRoutes } from './handlers/group-routes';
import { groupHandlers } from './handlers/groups';
import { messageHandlers } from './handlers/messages';
import { settingsHandlers } from './handlers/settings';
import { forwardGroupEvents } from './group-events';
import { syncHandlers } from './handlers/sync';
import { forwardMessagingEvents } from './messaging-events';
import { lockGate } from './lock-gate';
import { forwardSyncEvents, profileSyncOf } from './sync-events';

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
  /** The clock and timers of auto-lock and the outbox (tests move time by hand). */
  timers?: Timers;
  /** Replaces the module list (tests of the seam); the app runs CORE_MODULES. */
  modules?: readonly ModuleDefinition[];
};

export interface Core {
  readonly context: CoreContext;
  readonly account: AccountService;
  readonly modules: ModuleRegistry;
  /** The account session while the account is open (modules' handlers reach the store through it). */
  readonly sessions: SessionHost;
  dispatch: Dispatcher['dispatch'];
  subscribe(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

/** Whether a call counts as user activity for auto-lock (the contract marks status polls `passive`). */
function isActivity(method: string): boolean {
  if (!Object.hasOwn(methods, method)) return false;
  // `passive` arrives with the contract's MethodSpec; until a method has it, every call is activity.
  const spec: object = methods[method as MethodName];
  return !('passive' in spec && spec.passive === true);
}

/** One-to-one and group chats share the conversation and message methods; group ids are routed. */
function chatHandlers(messaging: () => MessagingService, groups: () => GroupsService) {
  const oneToOne = { ...conversationHandlers(messaging), ...messageHandlers(messaging) };
  return { ...oneToOne, ...groupRoutes(oneToOne, messaging, groups), ...groupHandlers(groups) };
}

/** The `app.status` event's payload: uptime and the network's state. */
function appStatus(context: CoreContext, network: NetworkService) {
  const view = network.view();
  return {
    uptimeMs: context.uptimeMs(),
    network: context.networkName,
    connection: view.connection,
    paths: view.paths,
  };
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const startedAt = Date.now();
  const cryptoBackend = await sodiumReady();
  const logger = options.logger ?? createLogger('core');
  // A fallback to wasm is worth a warning: unlocks and message handling run 2–3× slower.
  logger[cryptoBackend.fallback ? 'warn' : 'info']('crypto backend', { ...cryptoBackend });
  const profile = options.network === 'offline' ? undefined : resolveProfile(options.network);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const events = new EventBus(logger);
  const domain = new DomainEventBus();
  const timers = options.timers ?? realTimers;
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
  const outboxKinds = new OutboxKinds();
  const modules = new ModuleRegistry(
    options.modules ?? CORE_MODULES,
    { logger, events: domain, timers, outbox: outboxKinds, inbox: new InboxKinds() },
    logger,
  );
  const settings = modules.get(settingsModule);
  const network = new NetworkService({ profile, logger, events: domain });
  const status = () => appStatus(context, network);
  const sessions = new SessionHost({ modules, network, events: domain, outboxKinds, logger, timers });
  const account = new AccountService({
    dataDir: options.dataDir,
    vault,
    logger,
    sessions,
    timers,
    autoLockMinutes: () => settings.get().autoLockMinutes,
    onChange: (view) => domain.emit('account.changed', view),
    profileSync: profileSyncOf(modules),
  });

  // Domain events that the bridge carries (each a view of no secret).
  domain.on('account.changed', (view) => events.emit('account.changed', view));
  domain.on('settings.changed', (s) => {
    events.emit('settings.changed', s);
    account.autoLockChanged();
  });
  domain.on('network.changed', () => events.emit('app.status', status()));
  forwardSyncEvents(domain, events, () => account.view());
  const messaging = () => modules.get(messagingModule);
  const groups = () => modules.get(groupsModule);
  forwardMessagingEvents(domain, events, messaging);
  forwardGroupEvents(domain, events, groups);
  wireAttachments(modules, domain, events);
  await account.start();

  const handlers: Handlers = {
    ...appHandlers(context),
    ...accountHandlers(account),
    ...settingsHandlers(settings),
    ...chatHandlers(messaging, groups),
    ...attachmentHandlers(() => modules.get(attachmentsModule)),
    ...syncHandlers(() => modules.get(configSyncModule), domain),
    ...searchHandlers(() => modules.get(searchModule)),
    ...backupHandlers(wireBackup(modules, domain, events, options.kdfLimits), account, options.dataDir),
  };
  const dispatcher = createDispatcher(handlers, logger, {
    gate: lockGate(() => account.isLocked()),
  });

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
    modules,
    sessions,
    dispatch: (method, params) => {
      // Every call through the door is a client's; only those not marked passive are activity.
      if (isActivity(method)) account.touch();
      return dispatcher.dispatch(method, params);
    },
    subscribe: (l) => events.subscribe(l),
    async close() {
      if (heartbeat) clearInterval(heartbeat);
      dispatcher.close();
      await account.close();
      await network.close();
    },
  };
}
