/**
 * The calling side of a bridge transport, free of Node and DOM APIs so the same code runs in the
 * Electron main process (towards the core worker), in the browser (towards the web host) and in
 * tests. It encodes calls with the bridge codec (refusing one over the frame cap with `too-large`
 * before it is sent), numbers them, times each one out, and answers every pending call when the
 * transport goes away, so no caller ever waits forever.
 */
import { CodecError, decodeWire, encodeWire } from './codec';
import {
  isEventName,
  isMethodName,
  methodTimeout,
  type EventName,
  type EventPayload,
  type MethodError,
  type MethodName,
  type Params,
  type Result,
  type ShallotBridge,
} from './contract';
import type { ErrorCode, TransportCode } from './errors';
import { CoreFrame } from './frames';
import { fail, type BridgeResult } from './result';

type Pending = {
  resolve: (r: BridgeResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
};

export interface RpcClient extends ShallotBridge {
  /** Feed every message the transport receives (wire text). Malformed frames are ignored. */
  receive(text: unknown): void;
  /** Feed a frame that was decoded already (a transport that routes its own frames first). */
  receiveFrame(frame: unknown): void;
  /** Answer all pending calls with `code` and refuse new ones until `reopen()`. */
  drain(code: ErrorCode, message: string): void;
  reopen(): void;
  pendingCount(): number;
}

export type RpcClientOptions = {
  /** By default the method's own timeout plus a margin, so the core's answer normally wins the race. */
  timeoutMs?: (method: MethodName) => number;
};

export function createRpcClient(send: (text: string) => void, options: RpcClientOptions = {}): RpcClient {
  const timeoutOf = options.timeoutMs ?? ((m: MethodName) => methodTimeout(m) + 2_000);
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let closed: { code: ErrorCode; message: string } | undefined;

  const settle = (id: number, result: BridgeResult<unknown>): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(result);
  };

  const encodeCall = (
    id: number,
    method: MethodName,
    params: unknown,
  ): string | BridgeResult<never, TransportCode> => {
    try {
      return encodeWire({ type: 'call', id, method, params });
    } catch (e) {
      return e instanceof CodecError && e.problem === 'too-large'
        ? fail('too-large', 'The call is larger than a bridge frame; send large data in chunks.')
        : fail('invalid-params', `The parameters of ${method} cannot be sent`);
    }
  };

  const receiveFrame = (value: unknown): void => {
    const parsed = CoreFrame.safeParse(value);
    if (!parsed.success) return;
    const f = parsed.data;
    if (f.type === 'result') {
      settle(f.id, f.result as BridgeResult<unknown>);
      return;
    }
    if (!isEventName(f.event)) return;
    for (const h of listeners.get(f.event) ?? []) {
      try {
        h(f.payload);
      } catch {
        // A faulty listener must not stop the others from hearing the event.
      }
    }
  };

  return {
    call<M extends MethodName>(
      method: M,
      params: Params<M>,
    ): Promise<BridgeResult<Result<M>, MethodError<M>>> {
      type Answer = BridgeResult<Result<M>, MethodError<M>>;
      if (closed) return Promise.resolve(fail(closed.code, closed.message) as Answer);
      if (typeof method !== 'string' || !isMethodName(method)) {
        return Promise.resolve(fail('unknown-method', 'No such method'));
      }
      const id = nextId++;
      const text = encodeCall(id, method, params);
      if (typeof text !== 'string') return Promise.resolve(text);
      return new Promise((resolve) => {
        const timer = setTimeout(
          () => settle(id, fail('timeout', `${method} did not answer in time`)),
          timeoutOf(method),
        );
        pending.set(id, { resolve: resolve as Pending['resolve'], timer });
        try {
          send(text);
        } catch {
          settle(id, fail('disconnected', 'The connection to the core is closed'));
        }
      });
    },

    on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const h = handler as (payload: unknown) => void;
      set.add(h);
      return () => {
        set.delete(h);
      };
    },

    receive(text: unknown): void {
      const decoded = decodeWire(text);
      if (decoded.ok) receiveFrame(decoded.value);
    },

    receiveFrame,

    drain(code: ErrorCode, message: string): void {
      closed = { code, message };
      for (const id of [...pending.keys()]) settle(id, fail(code, message));
    },

    reopen(): void {
      closed = undefined;
    },

    pendingCount: () => pending.size,
  };
}
