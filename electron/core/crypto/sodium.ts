import sodiumModule from 'libsodium-wrappers-sumo';
import { CryptoError } from './crypto-error';

/**
 * libsodium must finish loading its wasm before any call. Every crypto entry point is synchronous
 * once `ready()` has resolved; `sodium()` throws CryptoError('not-ready') if a caller forgot to await it, rather than
 * returning a half-initialised module.
 */
type Sodium = typeof sodiumModule;

let initialised = false;
let pending: Promise<void> | undefined;

export function ready(): Promise<void> {
  pending ??= sodiumModule.ready.then(() => {
    initialised = true;
  });
  return pending;
}

export function sodium(): Sodium {
  if (!initialised) throw new CryptoError('not-ready', 'libsodium was used before ready() resolved.');
  return sodiumModule;
}
