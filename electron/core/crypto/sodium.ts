import { CryptoError } from './crypto-error';
import type { BackendName, CryptoBackend } from './backend/backend';
import { chooseBackend, parseBackendRequest } from './backend/select';

/**
 * libsodium setup: `ready()` picks the backend once per process (backend/select.ts: sodium-native
 * when it loads, the wasm build otherwise) and every crypto entry point is synchronous after it.
 * `backend()` is for the crypto modules only; everything above them calls their typed functions.
 * Before `ready()` has resolved, `backend()` throws CryptoError('not-ready') rather than guess.
 */
export interface CryptoBackendInfo {
  readonly backend: BackendName;
  /** Set when sodium-native could not load and the wasm build runs instead (its error code). */
  readonly fallback?: string;
}

let active: CryptoBackend | undefined;
let info: CryptoBackendInfo | undefined;
let pending: Promise<CryptoBackendInfo> | undefined;

export function ready(): Promise<CryptoBackendInfo> {
  pending ??= Promise.resolve()
    .then(() => chooseBackend(parseBackendRequest(process.env['SHALLOT_CRYPTO'])))
    .then((choice) => {
      active = choice.backend;
      info =
        choice.fallback === undefined
          ? { backend: active.name }
          : { backend: active.name, fallback: choice.fallback };
      return info;
    });
  return pending;
}

export function backend(): CryptoBackend {
  if (!active) throw new CryptoError('not-ready', 'libsodium was used before ready() resolved.');
  return active;
}

/** The active backend (app.info, the start-up log); throws CryptoError('not-ready') before ready(). */
export function cryptoBackendInfo(): CryptoBackendInfo {
  if (!info) throw new CryptoError('not-ready', 'libsodium was used before ready() resolved.');
  return info;
}

/**
 * Runs the process on `b` from now on. For benchmarks and the cross-backend tests, which compare
 * both implementations in one process; the app only ever calls `ready()`.
 */
export function useCryptoBackend(b: CryptoBackend): void {
  active = b;
  info = { backend: b.name };
  pending = Promise.resolve(info);
}
