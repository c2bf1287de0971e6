import { CryptoError } from './crypto-error';
import { ready, sodium } from './sodium';

/**
 * Argon2id 1.3 (libsodium `crypto_pwhash` with ALG_ARGON2ID13): a key from a password and a 16-byte
 * salt at a chosen cost. The same interface as the native-backend branch's file of this name.
 */
export interface Argon2idCost {
  readonly opslimit: number;
  readonly memlimit: number;
}

export const ARGON2ID_SALT_BYTES = 16;
/** libsodium's `crypto_pwhash_BYTES_MIN`. */
export const ARGON2ID_MIN_OUTPUT_BYTES = 16;

function inRange(v: number, min: number, max: number): boolean {
  return Number.isSafeInteger(v) && v >= min && v <= max;
}

/**
 * Throws CryptoError('input') for a non-byte password or salt, a salt other than 16 bytes, or an
 * output length or cost outside libsodium's limits, or when the derivation fails.
 */
export async function argon2id(
  outputLength: number,
  password: Uint8Array,
  salt: Uint8Array,
  cost: Argon2idCost,
): Promise<Uint8Array> {
  await ready();
  const s = sodium();
  if (
    !(password instanceof Uint8Array) ||
    !(salt instanceof Uint8Array) ||
    salt.length !== ARGON2ID_SALT_BYTES
  ) {
    throw new CryptoError('input', 'Argon2id takes a password in bytes and a 16-byte salt.');
  }
  if (!inRange(outputLength, ARGON2ID_MIN_OUTPUT_BYTES, 0xffff_ffff)) {
    throw new CryptoError('input', 'An Argon2id output is at least 16 bytes.');
  }
  const { opslimit, memlimit } = cost;
  if (
    // The wasm build reports its maxima as overflowed (negative) numbers: its real ones are fixed.
    !inRange(opslimit, s.crypto_pwhash_OPSLIMIT_MIN, 0xffff_ffff) ||
    !inRange(memlimit, s.crypto_pwhash_MEMLIMIT_MIN, 0x7fff_ffff)
  ) {
    throw new CryptoError('input', 'The Argon2id cost is outside what libsodium accepts.');
  }
  try {
    return s.crypto_pwhash(outputLength, password, salt, opslimit, memlimit, s.crypto_pwhash_ALG_ARGON2ID13);
  } catch (cause) {
    throw new CryptoError('input', 'Argon2id could not run at this cost.', { cause });
  }
}
