import { XCHACHA_NONCE_BYTES, xchachaDecrypt, xchachaEncrypt } from '../../crypto/aead';
import { blake2b } from '../../crypto/hash';
import { ConfigError } from './config-error';

/**
 * Config message encryption (protocol reference §10 step 4; libsession `src/config/encrypt.cpp`),
 * deterministic so that identical content gives identical ciphertext (the storage server then
 * de-duplicates concurrent identical merges):
 *   key   = BLAKE2b-256(key_base ‖ uint64_BE(len(plaintext)) ‖ domain)
 *   nonce = BLAKE2b-192(plaintext, key = "libsessionutil-config-encrypted-" ‖ domain)
 *   out   = XChaCha20-Poly1305(key, nonce, plaintext) ‖ nonce
 * `key_base` is the user's Ed25519 seed (user configs) or a group encryption key.
 */
export const ENCRYPT_OVERHEAD = 40; // Poly1305 tag + appended nonce

const NONCE_KEY_PREFIX = 'libsessionutil-config-encrypted-';
const MAX_DOMAIN = 24;
const encoder = new TextEncoder();

function checkArgs(keyBase: Uint8Array, domain: string): Uint8Array {
  if (!(keyBase instanceof Uint8Array) || keyBase.length !== 32) {
    throw new ConfigError('input', 'A config encryption key is 32 bytes.');
  }
  const d = encoder.encode(domain);
  if (d.length < 1 || d.length > MAX_DOMAIN) {
    throw new ConfigError('input', 'A config encryption domain is 1 to 24 bytes.');
  }
  return d;
}

function messageKey(keyBase: Uint8Array, length: number, domain: Uint8Array): Uint8Array {
  const input = new Uint8Array(32 + 8 + domain.length);
  input.set(keyBase, 0);
  new DataView(input.buffer).setBigUint64(32, BigInt(length), false);
  input.set(domain, 40);
  return blake2b(32, input);
}

export function configEncrypt(plaintext: Uint8Array, keyBase: Uint8Array, domain: string): Uint8Array {
  const d = checkArgs(keyBase, domain);
  const nonce = blake2b(XCHACHA_NONCE_BYTES, plaintext, encoder.encode(NONCE_KEY_PREFIX + domain));
  const key = messageKey(keyBase, plaintext.length, d);
  const sealed = xchachaEncrypt(key, nonce, plaintext);
  key.fill(0);
  const out = new Uint8Array(sealed.length + nonce.length);
  out.set(sealed, 0);
  out.set(nonce, sealed.length);
  return out;
}

/** Throws ConfigError('decrypt') when the bytes are too short or do not open with this key. */
export function configDecrypt(ciphertext: Uint8Array, keyBase: Uint8Array, domain: string): Uint8Array {
  const d = checkArgs(keyBase, domain);
  if (!(ciphertext instanceof Uint8Array) || ciphertext.length < ENCRYPT_OVERHEAD) {
    throw new ConfigError('decrypt', 'The config ciphertext is too short.');
  }
  const split = ciphertext.length - XCHACHA_NONCE_BYTES;
  const key = messageKey(keyBase, ciphertext.length - ENCRYPT_OVERHEAD, d);
  const plain = xchachaDecrypt(key, ciphertext.subarray(split), ciphertext.subarray(0, split));
  key.fill(0);
  if (!plain) throw new ConfigError('decrypt', 'The config message does not decrypt with this key.');
  return plain;
}

/**
 * The size a message of `size` bytes is prefix-padded to (libsession `padded_size`, §10 step 3):
 * `size + overhead` rounded up to a multiple of 256 (below 5,120), 1,024 (below 20,480), 2,048
 * (below 40,960) or 5,120, minus the overhead.
 */
export function paddedSize(size: number, overhead = ENCRYPT_OVERHEAD): number {
  const s2 = size + overhead;
  const chunk = s2 < 5120 ? 256 : s2 < 20480 ? 1024 : s2 < 40960 ? 2048 : 5120;
  return Math.ceil(s2 / chunk) * chunk - overhead;
}

/** Prepends zero bytes up to paddedSize. */
export function padPrefix(message: Uint8Array): Uint8Array {
  const target = paddedSize(message.length);
  if (target <= message.length) return message;
  const out = new Uint8Array(target);
  out.set(message, target - message.length);
  return out;
}

/** Drops leading zero bytes; a buffer of only zeros is returned unchanged, as libsession does. */
export function stripPrefix(plain: Uint8Array): Uint8Array {
  const first = plain.findIndex((byte) => byte !== 0);
  return first > 0 ? plain.subarray(first) : plain;
}
