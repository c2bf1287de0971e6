import { CryptoError } from './crypto-error';
import { backend } from './sodium';

/**
 * Wipes a secret in place with libsodium's `sodium_memzero` (database keys, wrapping keys), once it
 * is no longer needed. Needs `await ready()`; the buffer must be one the caller owns.
 */
export function memzero(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) throw new CryptoError('input', 'Only bytes (Uint8Array) can be wiped.');
  backend().memzero(bytes);
}
