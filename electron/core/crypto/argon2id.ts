import { CryptoError } from './crypto-error';
import type { PwhashLimits } from './backend/backend';
import { backend, ready } from './sodium';

/**
 * Argon2id 1.3 (libsodium `crypto_pwhash` with ALG_ARGON2ID13): a key from a password and a 16-byte
 * salt at a chosen cost. With sodium-native it runs on libuv's thread pool, so the core keeps
 * answering while a password is checked; the wasm build blocks for the whole derivation.
 */
export interface Argon2idCost {
  readonly opslimit: number;
  readonly memlimit: number;
}

export const ARGON2ID_SALT_BYTES = 16;
/** libsodium's `crypto_pwhash_BYTES_MIN`. */
export const ARGON2ID_MIN_OUTPUT_BYTES = 16;

/** libsodium's limits and named costs (INTERACTIVE, MODERATE, SENSITIVE) for the running backend. */
export async function argon2idLimits(): Promise<PwhashLimits> {
  await ready();
  return backend().pwhashLimits;
}

function inRange(v: number, min: number, max: number): boolean {
  return Number.isSafeInteger(v) && v >= min && v <= max;
}

/**
 * Throws CryptoError('input') for a non-byte password or salt, a salt other than 16 bytes, or an
 * output length or cost outside libsodium's limits; CryptoError('resource') when the memory cannot
 * be had (the wasm heap stops growing long before the native limit).
 */
export async function argon2id(
  outputLength: number,
  password: Uint8Array,
  salt: Uint8Array,
  cost: Argon2idCost,
): Promise<Uint8Array> {
  await ready();
  const b = backend();
  const l = b.pwhashLimits;
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
  if (!inRange(opslimit, l.opslimitMin, l.opslimitMax) || !inRange(memlimit, l.memlimitMin, l.memlimitMax)) {
    throw new CryptoError('input', 'The Argon2id cost is outside what libsodium accepts.');
  }
  try {
    return await b.argon2id(outputLength, password, salt, opslimit, memlimit);
  } catch (cause) {
    throw new CryptoError('resource', 'Argon2id could not get the memory this cost needs.', { cause });
  }
}
