import { CryptoError } from './crypto-error';
import { sodium } from './sodium';

/**
 * BLAKE2b (libsodium `crypto_generichash`) with any output length BLAKE2b allows (1–64 bytes) and
 * an optional key of 1–64 bytes. Session uses it unkeyed for config message hashes and multipart
 * checksums, and keyed (sometimes with keys shorter than libsodium's recommended 16 bytes, which
 * the primitive accepts) for config nonces and key derivations.
 */
export function blake2b(outputLength: number, message: Uint8Array, key?: Uint8Array): Uint8Array {
  if (!(message instanceof Uint8Array) || (key !== undefined && !(key instanceof Uint8Array))) {
    throw new CryptoError('input', 'BLAKE2b hashes bytes (Uint8Array) with an optional byte key.');
  }
  if (!Number.isInteger(outputLength) || outputLength < 1 || outputLength > 64) {
    throw new CryptoError('input', 'A BLAKE2b output is 1 to 64 bytes long.');
  }
  if (key !== undefined && (key.length < 1 || key.length > 64)) {
    throw new CryptoError('input', 'A BLAKE2b key is 1 to 64 bytes long.');
  }
  return sodium().crypto_generichash(outputLength, message, key ?? null);
}
