/**
 * App facts and liveness: open while locked, and not user activity; and the one call that is
 * nothing but user activity.
 */
import { z } from 'zod';

export const AppInfo = z.object({
  name: z.string().max(64),
  version: z.string().max(64),
  dataDir: z.string().max(4096),
  network: z.string().max(256),
  host: z.enum(['electron', 'web', 'cli', 'test']),
  uptimeMs: z.number(),
  /** Which libsodium build the core runs: N-API (sodium-native) or the wasm fallback. */
  crypto: z.enum(['native', 'wasm']),
});

export const appMethods = {
  'app.info': { params: z.strictObject({}), result: AppInfo, errors: [], whileLocked: true, passive: true },
  'app.ping': {
    params: z.strictObject({ echo: z.string().max(1024) }),
    result: z.object({ echo: z.string().max(1024), coreTimeMs: z.number() }),
    errors: [],
    whileLocked: true,
    passive: true,
  },
  /**
   * The user is using this window (keys, pointer, wheel), told at most every few seconds: the
   * core's idle lock follows real use, not only the calls that reading and scrolling make.
   */
  'app.activity': { params: z.strictObject({}), result: z.object({}), errors: [] },
} as const;

export const AppStatus = z.object({
  uptimeMs: z.number(),
  network: z.string().max(256),
  /** 'off' while there is no open account (nothing to connect for) or the network is 'offline'. */
  connection: z.enum(['off', 'offline', 'connecting', 'online', 'clock-skew']),
  /** Onion paths built. */
  paths: z.number().int().nonnegative(),
});

export const appEvents = {
  'app.ready': z.object({ version: z.string().max(64), startedAt: z.number() }),
  /** Sent every few seconds so a client can tell a live core from a dead one. */
  'app.status': AppStatus,
} as const;
