/**
 * Every bridge call answers with this envelope: callers never see a thrown error or a hung promise,
 * only `{ok: false, error}` with a stable code the UI maps to words.
 */
export type BridgeError = { readonly code: string; readonly message: string };
export type BridgeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BridgeError };

/** Codes the transport itself produces; services add their own (e.g. `checksum`, `wrong-password`). */
export const TRANSPORT_ERRORS = {
  unknownMethod: 'unknown-method',
  invalidParams: 'invalid-params',
  timeout: 'timeout',
  shutdown: 'shutdown',
  disconnected: 'disconnected',
  internal: 'internal',
  locked: 'locked',
} as const;

export function ok<T>(value: T): BridgeResult<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string): BridgeResult<never> {
  return { ok: false, error: { code, message } };
}
