/**
 * The one bridge contract. Method and event names, parameter schemas (checked at the core's door),
 * result and payload types are all derived from the tables below; every side (core dispatcher,
 * preload, WebSocket client, renderer hooks, CLI) takes its types from here, so a method that is
 * not in this file does not exist.
 */
import type { z } from 'zod';
import { accountEvents, accountMethods } from './methods/account';
import { appEvents, appMethods } from './methods/app';
import { settingsEvents, settingsMethods } from './methods/settings';
import type { BridgeResult } from './result';

export type MethodSpec = {
  readonly params: z.ZodType;
  readonly result: z.ZodType;
  /** Slow methods (password KDF, backups) get more than the default. */
  readonly timeoutMs?: number;
};

export const methods = {
  ...appMethods,
  ...accountMethods,
  ...settingsMethods,
} as const satisfies Record<string, MethodSpec>;

export const events = {
  ...appEvents,
  ...accountEvents,
  ...settingsEvents,
} as const satisfies Record<string, z.ZodType>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Params<M extends MethodName> = z.input<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

export function methodTimeout(method: MethodName): number {
  const spec: MethodSpec = methods[method];
  return spec.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** What `window.shallot` is, whichever host provides it. */
export interface ShallotBridge {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<BridgeResult<Result<M>>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

export type { BridgeError, BridgeResult } from './result';
