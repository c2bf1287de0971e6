import { randomFillSync } from 'node:crypto';
import { CryptoError } from './crypto-error';
import { backend } from './sodium';

/**
 * Fresh random bytes from the operating system's CSPRNG, through node:crypto whichever libsodium
 * backend runs: it works before `ready()`, and the wasm build's randombytes_buf costs ~80 µs a call.
 */
export function randomBytes(length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new CryptoError('input', 'A random byte count is a non-negative integer.');
  }
  return randomFillSync(new Uint8Array(length));
}

/**
 * libsodium's `randombytes_buf_deterministic`: `length` bytes of the ChaCha20 stream keyed with a
 * 32-byte seed. Formats that pad with "junk" derived from secrets (group Keys messages) need the
 * exact same stream to be byte-compatible.
 */
export function deterministicRandomBytes(length: number, seed: Uint8Array): Uint8Array {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new CryptoError('input', 'A deterministic random seed is 32 bytes.');
  }
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new CryptoError('input', 'A random byte count is a non-negative integer.');
  }
  return backend().deterministicRandomBytes(length, seed);
}
