/**
 * The core's door. Every call is checked against the contract's schema before any service sees it,
 * runs under the method's timeout with an AbortSignal its handler can honour, and is answered with
 * a BridgeResult whatever happens. What goes out is checked too: a result must match its schema
 * (unknown keys are stripped, so a stray secret field never crosses) and an error must carry a code
 * the method declares — anything else becomes `internal`, logged with the method and the code only.
 * Pending calls are answered with `shutdown` when the core closes.
 */
import type { z } from 'zod';
import {
  isDeclaredError,
  isMethodName,
  methodSpec,
  methodTimeout,
  type MethodName,
  type Methods,
  type Result,
} from '../../bridge/contract';
import type { ErrorCode } from '../../bridge/errors';
import { fail, ok, type BridgeResult } from '../../bridge/result';
import { isShallotError } from '../errors';
import type { Logger } from '../log';
import { wireCode } from './wire-errors';

/** What a handler gets besides its parameters. */
export type CallContext = {
  /** Aborted when the caller stops waiting (timeout) or the core shuts down. */
  readonly signal: AbortSignal;
};

/** Parameters as the handler sees them: after the schema's defaults and transforms. */
export type HandlerParams<M extends MethodName> = z.output<Methods[M]['params']>;
export type Handler<M extends MethodName> = (
  params: HandlerParams<M>,
  call: CallContext,
) => Promise<Result<M>> | Result<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Lets a host refuse some methods in some states (e.g. everything but unlock while locked). */
export type Gate = (method: MethodName) => BridgeResult<never> | undefined;

export interface Dispatcher {
  dispatch(method: string, params: unknown): Promise<BridgeResult<unknown>>;
  /** Answer every in-flight call with `shutdown`, abort its handler and refuse new ones. */
  close(): void;
  inFlight(): number;
}

export type DispatcherOptions = {
  gate?: Gate;
  /** Defaults to the contract's per-method timeout; tests shorten it. */
  timeoutMs?: (method: MethodName) => number;
  /** Told about every accepted call that is user activity (not `passive`): the idle timer's input. */
  onActivity?: (method: MethodName) => void;
};

const INTERNAL = 'Something went wrong inside Shallot';

export function createDispatcher(
  handlers: Handlers,
  logger: Logger,
  options: DispatcherOptions = {},
): Dispatcher {
  const gate = options.gate ?? (() => undefined);
  const timeoutOf = options.timeoutMs ?? methodTimeout;
  const inFlight = new Set<(r: BridgeResult<never>) => void>();
  let closed = false;

  const internal = (method: MethodName, why: string, fields: Record<string, string> = {}) => {
    logger.error(why, { method, ...fields });
    return fail('internal', INTERNAL);
  };

  const failure = (method: MethodName, e: unknown): BridgeResult<never> => {
    if (!isShallotError(e)) {
      return internal(method, 'handler failed', { error: e instanceof Error ? e.name : typeof e });
    }
    const code: ErrorCode | undefined = wireCode(e);
    if (code !== undefined && code !== 'internal' && isDeclaredError(method, code)) {
      return fail(code, e.message);
    }
    // The message may name a path or a detail; only the code is logged.
    return internal(method, 'undeclared error code', { code: e.code });
  };

  async function run(
    method: MethodName,
    params: unknown,
    signal: AbortSignal,
  ): Promise<BridgeResult<unknown>> {
    const spec = methodSpec(method);
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return fail('invalid-params', `Invalid parameters for ${method}${where}`);
    }
    const refused = gate(method);
    if (refused) return refused;
    if (!spec.passive) options.onActivity?.(method);
    const handler = handlers[method] as (p: unknown, call: CallContext) => unknown;
    let value: unknown;
    try {
      value = await handler(parsed.data, { signal });
    } catch (e) {
      // A handler that stopped because its caller left: the caller has its answer already.
      if (signal.aborted) return fail('timeout', `${method} was abandoned`);
      return failure(method, e);
    }
    const checked = spec.result.safeParse(value);
    if (!checked.success) return internal(method, 'result does not match its schema');
    return ok(checked.data);
  }

  return {
    dispatch(method, params) {
      if (closed) return Promise.resolve(fail('shutdown', 'Shallot is shutting down'));
      if (!isMethodName(method)) {
        return Promise.resolve(fail('unknown-method', `No such method: ${method.slice(0, 64)}`));
      }
      const abort = new AbortController();
      return new Promise((resolve) => {
        let done = false;
        const finish = (r: BridgeResult<unknown>): void => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          inFlight.delete(stop);
          resolve(r);
        };
        // The caller stops waiting: work still running for it is wasted, and its handler is told.
        const stop = (r: BridgeResult<never>): void => {
          abort.abort(r.ok ? undefined : r.error.code);
          finish(r);
        };
        const timer = setTimeout(
          () => stop(fail('timeout', `${method} did not finish in time`)),
          timeoutOf(method),
        );
        inFlight.add(stop);
        void run(method, params, abort.signal).then(finish, (e: unknown) => finish(failure(method, e)));
      });
    },
    close() {
      closed = true;
      for (const stop of [...inFlight]) stop(fail('shutdown', 'Shallot is shutting down'));
    },
    inFlight: () => inFlight.size,
  };
}
