import { CryptoError } from './crypto-error';
import { sodium } from './sodium';

/**
 * XChaCha20-Poly1305 (IETF construction, libsodium `crypto_aead_xchacha20poly1305_ietf_*`) without
 * additional data, the form every Session format that uses it takes (group keys and messages,
 * config messages, ONS records). The ciphertext is the encrypted bytes followed by the 16-byte tag.
 */
export const XCHACHA_KEY_BYTES = 32;
export const XCHACHA_NONCE_BYTES = 24;
export const XCHACHA_TAG_BYTES = 16;

function check(key: Uint8Array, nonce: Uint8Array, data: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== XCHACHA_KEY_BYTES) {
    throw new CryptoError('input', 'An XChaCha20-Poly1305 key is 32 bytes.');
  }
  if (!(nonce instanceof Uint8Array) || nonce.length !== XCHACHA_NONCE_BYTES) {
    throw new CryptoError('input', 'An XChaCha20-Poly1305 nonce is 24 bytes.');
  }
  if (!(data instanceof Uint8Array)) throw new CryptoError('input', 'AEAD data is bytes.');
}

export function xchachaEncrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  check(key, nonce, plaintext);
  return sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, null, null, nonce, key);
}

/** The plaintext, or undefined when the tag does not verify (wrong key, nonce or altered bytes). */
export function xchachaDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array | undefined {
  check(key, nonce, ciphertext);
  if (ciphertext.length < XCHACHA_TAG_BYTES) return undefined;
  try {
    return sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, null, nonce, key);
  } catch {
    return undefined;
  }
}
