/**
 * Every bridge call answers with this envelope: callers never see a thrown error or a hung promise,
 * only `{ok: false, error}` with a declared code (errors/) the UI maps to words.
 */
import type { ErrorCode } from './errors';

export type BridgeError<C extends ErrorCode = ErrorCode> = { readonly code: C; readonly message: string };
export type BridgeResult<T, C extends ErrorCode = ErrorCode> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BridgeError<C> };

export function ok<T>(value: T): BridgeResult<T, never> {
  return { ok: true, value };
}

export function fail<C extends ErrorCode>(code: C, message: string): BridgeResult<never, C> {
  return { ok: false, error: { code, message } };
}
