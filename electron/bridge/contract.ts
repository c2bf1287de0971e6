/**
 * The one bridge contract. Method and event names, parameter and result schemas (checked at the
 * core's door, both ways), declared error codes and per-method policy are all derived from the
 * tables below; every side (core dispatcher, lock gate, preload, WebSocket client, renderer, CLI)
 * takes its types and rules from here, so a method that is not in this file does not exist.
 */
import type { z } from 'zod';
import { isTransportCode, type ErrorCode, type TransportCode } from './errors';
import { accountEvents, accountMethods } from './methods/account';
import { appEvents, appMethods } from './methods/app';
import { attachmentEvents, attachmentMethods } from './methods/attachments';
import { contactMethods } from './methods/contacts';
import { conversationEvents, conversationMethods } from './methods/conversations';
import { groupEvents, groupMethods } from './methods/groups';
import { dataMethods } from './methods/data';
import { messageEvents, messageMethods } from './methods/messages';
import { profileMethods } from './methods/profile';
import { backupEvents, backupMethods } from './methods/backup';
import { searchMethods } from './methods/search';
import { settingsEvents, settingsMethods } from './methods/settings';
import { syncEvents, syncMethods } from './methods/sync';
import type { BridgeResult } from './result';

export type MethodSpec = {
  readonly params: z.ZodType;
  readonly result: z.ZodType;
  /** Slow methods (password KDF, backups, network waits) get more than the default 15 s. */
  readonly timeoutMs?: number;
  /** Domain error codes this method may answer with; transport codes are always possible. */
  readonly errors: readonly ErrorCode[];
  /** Answered while the app is locked (the lock gate reads this); default false. */
  readonly whileLocked?: boolean;
  /** Parameter names that carry secrets: never logged; the CLI refuses them as arguments (stdin only). */
  readonly secret?: readonly string[];
  /** Not user activity: does not reset the core's auto-lock idle timer (status polls, pings). */
  readonly passive?: boolean;
};

export const methods = {
  ...appMethods,
  ...accountMethods,
  ...settingsMethods,
  ...conversationMethods,
  ...messageMethods,
  ...groupMethods,
  ...attachmentMethods,
  ...profileMethods,
  ...contactMethods,
  ...syncMethods,
  ...searchMethods,
  ...backupMethods,
  ...dataMethods,
} as const satisfies Record<string, MethodSpec>;

export const events = {
  ...appEvents,
  ...accountEvents,
  ...settingsEvents,
  ...conversationEvents,
  ...messageEvents,
  ...groupEvents,
  ...attachmentEvents,
  ...syncEvents,
  ...backupEvents,
} as const satisfies Record<string, z.ZodType>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Params<M extends MethodName> = z.input<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;
/** The codes a call of M can answer with: its declared ones and the transport's. */
export type MethodError<M extends MethodName> = Methods[M]['errors'][number] | TransportCode;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

export function methodSpec(method: MethodName): MethodSpec {
  return methods[method];
}

export function methodTimeout(method: MethodName): number {
  return methodSpec(method).timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
}

/** True when `code` is a transport code or one M declares. */
export function isDeclaredError(method: MethodName, code: string): code is ErrorCode {
  return isTransportCode(code) || (methodSpec(method).errors as readonly string[]).includes(code);
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** What `window.shallot` is, whichever host provides it. */
export interface ShallotBridge {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<BridgeResult<Result<M>, MethodError<M>>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

export type { BridgeError, BridgeResult } from './result';
export type { ErrorCode } from './errors';
