import { CryptoError } from './crypto-error';
import { sodium } from './sodium';

/**
 * Hashes as libsodium computes them, behind small functions so the backend can change under
 * them. Inputs given as a list are hashed as their concatenation (BLAKE2b's streaming update), so
 * callers never build a joined copy of large or secret parts.
 */

/** BLAKE2b output and key sizes libsodium accepts (`crypto_generichash_blake2b_*`). */
const BLAKE2B_MIN = 16;
const BLAKE2B_MAX = 64;

function parts(input: Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  const list = input instanceof Uint8Array ? [input] : input;
  if (!Array.isArray(list) || !list.every((p) => p instanceof Uint8Array)) {
    throw new CryptoError('input', 'Hash input is bytes or a list of bytes.');
  }
  return list;
}

/**
 * BLAKE2b with `outputBytes` (16…64) of output, keyed when `key` is given (1…64 bytes; libsession's
 * string keys such as "SessionGroupKeyGen" are passed as their ASCII bytes).
 */
export function blake2b(
  outputBytes: number,
  input: Uint8Array | readonly Uint8Array[],
  key?: Uint8Array,
): Uint8Array {
  if (!Number.isInteger(outputBytes) || outputBytes < BLAKE2B_MIN || outputBytes > BLAKE2B_MAX) {
    throw new CryptoError('input', `A BLAKE2b hash is ${BLAKE2B_MIN} to ${BLAKE2B_MAX} bytes long.`);
  }
  if (key !== undefined && (!(key instanceof Uint8Array) || key.length === 0 || key.length > BLAKE2B_MAX)) {
    throw new CryptoError('input', `A BLAKE2b key is 1 to ${BLAKE2B_MAX} bytes.`);
  }
  const list = parts(input);
  const s = sodium();
  const state = s.crypto_generichash_init(key ?? null, outputBytes);
  for (const p of list) s.crypto_generichash_update(state, p);
  return s.crypto_generichash_final(state, outputBytes);
}

/** SHA-512 of the concatenated parts (Ed25519's hash). */
export function sha512(input: Uint8Array | readonly Uint8Array[]): Uint8Array {
  const list = parts(input);
  const s = sodium();
  if (list.length === 1) return s.crypto_hash_sha512(list[0]!);
  const state = s.crypto_hash_sha512_init();
  for (const p of list) s.crypto_hash_sha512_update(state, p);
  return s.crypto_hash_sha512_final(state);
}
