import { randomFillSync } from 'node:crypto';
import { CryptoError } from './crypto-error';
import { sodium } from './sodium';

/**
 * Fresh random bytes from the operating system's CSPRNG. node:crypto rather than libsodium-wrappers'
 * randombytes_buf, which costs ~80 µs a call here (see decoy-signature.ts).
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
  return sodium().randombytes_buf_deterministic(length, seed);
}
