/**
 * The calling side of a bridge transport, free of Node and DOM APIs so the same code runs in the
 * Electron main process (towards the core worker), in the browser (towards the web host) and in
 * tests. It numbers calls, times each one out, and answers every pending call when the transport
 * goes away, so no caller ever waits forever.
 */
import {
  isEventName,
  isMethodName,
  methodTimeout,
  type EventName,
  type EventPayload,
  type MethodName,
  type Params,
  type Result,
  type ShallotBridge,
} from './contract';
import type { CallFrame, CoreFrame } from './frames';
import { fail, TRANSPORT_ERRORS, type BridgeResult } from './result';

type Pending = {
  resolve: (r: BridgeResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
};

export interface RpcClient extends ShallotBridge {
  /** Feed every frame the transport receives. Malformed frames are ignored. */
  receive(frame: unknown): void;
  /** Answer all pending calls with `code` and refuse new ones until `reopen()`. */
  drain(code: string, message: string): void;
  reopen(): void;
  pendingCount(): number;
}

export type RpcClientOptions = {
  /** By default the method's own timeout plus a margin, so the core's answer normally wins the race. */
  timeoutMs?: (method: MethodName) => number;
};

export function createRpcClient(send: (frame: CallFrame) => void, options: RpcClientOptions = {}): RpcClient {
  const timeoutOf = options.timeoutMs ?? ((m: MethodName) => methodTimeout(m) + 2_000);
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let closed: { code: string; message: string } | undefined;

  const settle = (id: number, result: BridgeResult<unknown>): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(result);
  };

  return {
    call<M extends MethodName>(method: M, params: Params<M>): Promise<BridgeResult<Result<M>>> {
      if (closed) return Promise.resolve(fail(closed.code, closed.message));
      if (typeof method !== 'string' || !isMethodName(method)) {
        return Promise.resolve(fail(TRANSPORT_ERRORS.unknownMethod, 'No such method'));
      }
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(
          () => settle(id, fail(TRANSPORT_ERRORS.timeout, `${method} did not answer in time`)),
          timeoutOf(method),
        );
        pending.set(id, { resolve: resolve as Pending['resolve'], timer });
        try {
          send({ type: 'call', id, method, params });
        } catch {
          settle(id, fail(TRANSPORT_ERRORS.disconnected, 'The connection to the core is closed'));
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

    receive(frame: unknown): void {
      if (typeof frame !== 'object' || frame === null) return;
      const f = frame as Partial<CoreFrame>;
      if (
        f.type === 'result' &&
        typeof f.id === 'number' &&
        typeof f.result === 'object' &&
        f.result !== null
      ) {
        settle(f.id, f.result);
      } else if (f.type === 'event' && typeof f.event === 'string' && isEventName(f.event)) {
        for (const h of listeners.get(f.event) ?? []) {
          try {
            h(f.payload);
          } catch {
            // A faulty listener must not stop the others from hearing the event.
          }
        }
      }
    },

    drain(code: string, message: string): void {
      closed = { code, message };
      for (const id of [...pending.keys()]) settle(id, fail(code, message));
    },

    reopen(): void {
      closed = undefined;
    },

    pendingCount: () => pending.size,
  };
}
