/**
 * Assembles the core: context, services, handlers, dispatcher and the event stream. Hosts (Electron
 * worker, web host, CLI, tests) call `startCore` and talk to the result; nothing here knows which
 * host it runs in.
 */
import { mkdirSync } from 'node:fs';
import { ready as sodiumReady } from '../crypto/sodium';
import { createLogger, type Logger } from '../log';
import { APP_NAME, APP_VERSION } from '../version';
import type { CoreContext, HostKind } from './context';
import { createDispatcher, type Dispatcher, type Handlers } from './dispatcher';
import { EventBus, type CoreEventListener } from './events';
import { appHandlers } from './handlers/app';

export type CoreOptions = {
  dataDir: string;
  host: HostKind;
  networkName?: string;
  logger?: Logger;
  /** How often `app.status` is emitted; 0 turns the heartbeat off. */
  heartbeatMs?: number;
};

export interface Core {
  readonly context: CoreContext;
  dispatch: Dispatcher['dispatch'];
  subscribe(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const startedAt = Date.now();
  await sodiumReady();
  const logger = options.logger ?? createLogger('core');
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const events = new EventBus();
  const context: CoreContext = {
    appName: APP_NAME,
    version: APP_VERSION,
    dataDir: options.dataDir,
    networkName: options.networkName ?? 'mainnet',
    host: options.host,
    logger,
    events,
    uptimeMs: () => Date.now() - startedAt,
  };

  const handlers: Handlers = {
    ...appHandlers(context),
  };
  const dispatcher = createDispatcher(handlers, logger);

  const status = () => ({
    uptimeMs: context.uptimeMs(),
    network: context.networkName,
    connection: 'offline' as const,
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
    dispatch: (method, params) => dispatcher.dispatch(method, params),
    subscribe: (l) => events.subscribe(l),
    close() {
      if (heartbeat) clearInterval(heartbeat);
      dispatcher.close();
      return Promise.resolve();
    },
  };
}
