import { CryptoError } from './crypto-error';
import { backend } from './sodium';

/**
 * BLAKE2b (libsodium `crypto_generichash`) with any output length BLAKE2b allows (1–64 bytes) and
 * an optional key of 1–64 bytes. Session uses it unkeyed for config message hashes and multipart
 * checksums, and keyed (sometimes with keys shorter than libsodium's recommended 16 bytes, which
 * the primitive accepts) for config nonces and key derivations.
 *
 * The message may be given as a list of parts, hashed as their concatenation (BLAKE2b's streaming
 * update), so callers never build a joined copy of large or secret inputs.
 */
export function blake2b(
  outputLength: number,
  message: Uint8Array | readonly Uint8Array[],
  key?: Uint8Array,
): Uint8Array {
  const parts = messageParts(message);
  if (key !== undefined && !(key instanceof Uint8Array)) {
    throw new CryptoError('input', 'BLAKE2b hashes bytes (Uint8Array) with an optional byte key.');
  }
  if (!Number.isInteger(outputLength) || outputLength < 1 || outputLength > 64) {
    throw new CryptoError('input', 'A BLAKE2b output is 1 to 64 bytes long.');
  }
  if (key !== undefined && (key.length < 1 || key.length > 64)) {
    throw new CryptoError('input', 'A BLAKE2b key is 1 to 64 bytes long.');
  }
  return backend().blake2b(outputLength, parts, key);
}

/** SHA-512 of the message (or the concatenation of its parts): Ed25519's hash. */
export function sha512(message: Uint8Array | readonly Uint8Array[]): Uint8Array {
  return backend().sha512(messageParts(message));
}

function messageParts(message: Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  const isArray: (v: unknown) => boolean = Array.isArray;
  const parts = message instanceof Uint8Array ? [message] : message;
  if (!isArray(parts) || !parts.every((p) => p instanceof Uint8Array)) {
    throw new CryptoError('input', 'A hash input is bytes (Uint8Array) or a list of them.');
  }
  return parts;
}
