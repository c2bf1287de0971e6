import { ShallotError } from '../errors';

/**
 * A caller handed the crypto core something it cannot use: libsodium not loaded yet, a value of
 * the wrong type where bytes were expected, or key/seed bytes of the wrong length. These are
 * programming errors, kept typed so nothing deeper (TypeError, RangeError) escapes the core.
 * Two are about the machine instead: 'backend' (the libsodium build asked for cannot load) and
 * 'resource' (Argon2id could not get the memory its limits ask for).
 */
export type CryptoErrorCode = 'not-ready' | 'input' | 'seed-length' | 'backend' | 'resource';

export class CryptoError extends ShallotError<CryptoErrorCode> {}

/** `value` if it is a Uint8Array of exactly `length` bytes; CryptoError('input') otherwise. */
export function expectBytes(value: unknown, length: number, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    throw new CryptoError('input', `${what} is ${length} bytes.`);
  }
  return value;
}
