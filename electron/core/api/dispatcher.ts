/**
 * The core's door. Every call is checked against the contract's schema before any service sees it,
 * runs under the method's timeout, and is answered with a BridgeResult whatever happens. Pending
 * calls are answered with `shutdown` when the core closes.
 */
import {
  isMethodName,
  methods,
  methodTimeout,
  type MethodName,
  type Params,
  type Result,
} from '../../bridge/contract';
import { fail, ok, TRANSPORT_ERRORS, type BridgeResult } from '../../bridge/result';
import { isShallotError } from '../errors';
import type { Logger } from '../log';

export type Handler<M extends MethodName> = (params: Params<M>) => Promise<Result<M>> | Result<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Lets a host refuse some methods in some states (e.g. everything but unlock while locked). */
export type Gate = (method: MethodName) => BridgeResult<never> | undefined;

export interface Dispatcher {
  dispatch(method: string, params: unknown): Promise<BridgeResult<unknown>>;
  /** Answer every in-flight call with `shutdown` and refuse new ones. */
  close(): void;
  inFlight(): number;
}

export type DispatcherOptions = {
  gate?: Gate;
  /** Defaults to the contract's per-method timeout; tests shorten it. */
  timeoutMs?: (method: MethodName) => number;
};

export function createDispatcher(
  handlers: Handlers,
  logger: Logger,
  options: DispatcherOptions = {},
): Dispatcher {
  const gate = options.gate ?? (() => undefined);
  const timeoutOf = options.timeoutMs ?? methodTimeout;
  const inFlight = new Set<(r: BridgeResult<unknown>) => void>();
  let closed = false;

  async function run(method: MethodName, params: unknown): Promise<BridgeResult<unknown>> {
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return fail(TRANSPORT_ERRORS.invalidParams, `Invalid parameters for ${method}${where}`);
    }
    const refused = gate(method);
    if (refused) return refused;
    const handler = handlers[method] as (p: unknown) => unknown;
    try {
      return ok(await handler(parsed.data));
    } catch (e) {
      if (isShallotError(e)) return fail(e.code, e.message);
      logger.error('handler failed', {
        method,
        error: e instanceof Error ? e.name : typeof e,
      });
      return fail(TRANSPORT_ERRORS.internal, 'Something went wrong inside Shallot');
    }
  }

  return {
    dispatch(method, params) {
      if (closed) return Promise.resolve(fail(TRANSPORT_ERRORS.shutdown, 'Shallot is shutting down'));
      if (!isMethodName(method)) {
        return Promise.resolve(
          fail(TRANSPORT_ERRORS.unknownMethod, `No such method: ${method.slice(0, 64)}`),
        );
      }
      return new Promise((resolve) => {
        let done = false;
        const finish = (r: BridgeResult<unknown>): void => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          inFlight.delete(finish);
          resolve(r);
        };
        const timer = setTimeout(
          () => finish(fail(TRANSPORT_ERRORS.timeout, `${method} did not finish in time`)),
          timeoutOf(method),
        );
        inFlight.add(finish);
        void run(method, params).then(finish);
      });
    },
    close() {
      closed = true;
      for (const finish of [...inFlight]) {
        finish(fail(TRANSPORT_ERRORS.shutdown, 'Shallot is shutting down'));
      }
    },
    inFlight: () => inFlight.size,
  };
}
