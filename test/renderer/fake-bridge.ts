/**
 * A ShallotBridge for renderer tests (typed as the renderer sees it, messaging methods included): each method answers from a table the test fills (a value, a
 * BridgeResult, or a function of the parameters), records every call, and lets the test emit
 * events. A call the table does not answer fails loudly with `internal`, so a test notices it.
 */
import type { ErrorCode } from '../../electron/bridge/errors';
import type {
  BridgeResult,
  EventName,
  EventPayload,
  MethodName,
  Params,
  Result,
  ShallotBridge,
} from '../../src/bridge/bridge';

type Answer<M extends MethodName> =
  | BridgeResult<Result<M>>
  | ((params: Params<M>) => BridgeResult<Result<M>> | Promise<BridgeResult<Result<M>>>);
export type Answers = { [M in MethodName]?: Answer<M> };

export interface FakeBridge extends ShallotBridge {
  readonly calls: { method: MethodName; params: unknown }[];
  answer<M extends MethodName>(method: M, answer: Answer<M>): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  callsOf(method: MethodName): unknown[];
}

export const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message = ''): BridgeResult<never> => ({
  ok: false,
  error: { code, message },
});

/** A promise the test settles when it chooses (for answers that overtake each other). */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function fakeBridge(initial: Answers = {}): FakeBridge {
  const answers: Answers = { ...initial };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { method: MethodName; params: unknown }[] = [];
  return {
    calls,
    answer(method, answer) {
      (answers as Record<string, unknown>)[method] = answer;
    },
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.params),
    async call(method, params) {
      calls.push({ method, params });
      const a = answers[method];
      if (!a) return err('internal', `the fake bridge has no answer for ${method}`) as never;
      return (typeof a === 'function' ? await a(params) : a) as never;
    },
    on(event, handler) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const h = handler as (payload: unknown) => void;
      set.add(h);
      return () => set.delete(h);
    },
    emit(event, payload) {
      for (const h of listeners.get(event) ?? []) h(payload);
    },
  };
}

export const SESSION_ID = `05${'ab'.repeat(32)}`;
export const PHRASE = 'one two three four five six seven eight nine ten eleven twelve thirteen';
export const READY = { state: 'ready', sessionId: SESSION_ID, displayName: 'Ada', vault: 'keyfile' } as const;
/** A new account's settings, as the core answers them. */
export const SETTINGS: Result<'settings.get'> = {
  theme: 'system',
  autoLockMinutes: 0,
  readReceipts: false,
  typingIndicators: false,
  linkPreviews: false,
  notifications: true,
  notificationContent: 'name-and-message',
  autoDownload: false,
  startInTray: false,
  openAtLogin: false,
};
export const LOCKED = { state: 'locked', vault: 'password' } as const;
export const NO_ACCOUNT = { state: 'no-account', vault: 'none' } as const;
export const INFO = {
  name: 'Shallot',
  version: '0.1.0',
  dataDir: '/d',
  network: 'offline',
  host: 'web',
  uptimeMs: 5,
  crypto: 'native',
} as const;
