import { cryptoBackendInfo } from '../../crypto/sodium';
import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../context';

export function appHandlers(ctx: CoreContext): Pick<Handlers, 'app.info' | 'app.ping' | 'app.activity'> {
  return {
    'app.info': () => ({
      name: ctx.appName,
      version: ctx.version,
      dataDir: ctx.dataDir,
      network: ctx.networkName,
      host: ctx.host,
      uptimeMs: ctx.uptimeMs(),
      crypto: cryptoBackendInfo().backend,
    }),
    'app.ping': ({ echo }) => ({ echo, coreTimeMs: Date.now() }),
    // The dispatch itself restarts the idle clock (core.ts): there is nothing else to do.
    'app.activity': () => ({}),
  };
}
