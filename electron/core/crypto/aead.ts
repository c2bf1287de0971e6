import { CryptoError } from './crypto-error';
import { backend } from './sodium';

/**
 * XChaCha20-Poly1305 (IETF construction) as libsodium's `crypto_aead_xchacha20poly1305_ietf_*`:
 * 32-byte key, 24-byte nonce, 16-byte tag appended to the ciphertext, optional associated data
 * (authenticated, not encrypted). The nonce is the caller's business (config messages derive it
 * from the plaintext).
 */
export const XCHACHA_KEY_BYTES = 32;
export const XCHACHA_NONCE_BYTES = 24;
export const XCHACHA_TAG_BYTES = 16;

function check(key: Uint8Array, nonce: Uint8Array, data: Uint8Array, ad?: Uint8Array): void {
  const notBytes = [key, nonce, data].some((v) => !(v instanceof Uint8Array));
  if (notBytes || (ad !== undefined && !(ad instanceof Uint8Array))) {
    throw new CryptoError('input', 'XChaCha20-Poly1305 works on bytes (Uint8Array).');
  }
  if (key.length !== XCHACHA_KEY_BYTES || nonce.length !== XCHACHA_NONCE_BYTES) {
    throw new CryptoError('input', 'XChaCha20-Poly1305 takes a 32-byte key and a 24-byte nonce.');
  }
}

export function xchachaEncrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData?: Uint8Array,
): Uint8Array {
  check(key, nonce, plaintext, associatedData);
  return backend().xchachaEncrypt(plaintext, associatedData, nonce, key);
}

/** The plaintext, or undefined when the tag does not verify (wrong key, nonce, data or bytes). */
export function xchachaDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  associatedData?: Uint8Array,
): Uint8Array | undefined {
  check(key, nonce, ciphertext, associatedData);
  if (ciphertext.length < XCHACHA_TAG_BYTES) return undefined;
  return backend().xchachaDecrypt(ciphertext, associatedData, nonce, key);
}
