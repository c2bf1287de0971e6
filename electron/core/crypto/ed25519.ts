import { CryptoError, expectBytes } from './crypto-error';
import { randomBytes } from './random';
import { backend } from './sodium';

/**
 * Detached Ed25519 signatures and seed key pairs, for keys other than the account identity (group
 * keys sign group config messages), and their X25519 conversions. `secretKey` is libsodium's 64-byte
 * form (seed ‖ public key).
 */
export interface Ed25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

function isBytes(value: unknown, length?: number): value is Uint8Array {
  return value instanceof Uint8Array && (length === undefined || value.length === length);
}

export function ed25519KeyPairFromSeed(seed: Uint8Array): Ed25519KeyPair {
  if (!isBytes(seed, 32)) throw new CryptoError('seed-length', 'An Ed25519 seed is 32 bytes.');
  return backend().signSeedKeypair(seed);
}

/** A fresh random key pair (group keys, test and localnet identities). */
export function ed25519KeyPair(): Ed25519KeyPair {
  const seed = randomBytes(32);
  const pair = backend().signSeedKeypair(seed);
  seed.fill(0);
  return pair;
}

export function ed25519Sign(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  if (!isBytes(secretKey, 64) || !isBytes(message)) {
    throw new CryptoError('input', 'Ed25519 signs bytes with a 64-byte secret key.');
  }
  return backend().signDetached(message, secretKey);
}

/** False for a bad signature, a malformed key or a signature of the wrong size. */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (!isBytes(signature, 64) || !isBytes(message) || !isBytes(publicKey, 32)) return false;
  return backend().verifyDetached(signature, message, publicKey);
}

/** The X25519 form of an Ed25519 public key, or undefined when it is not a valid point. */
export function ed25519PublicToX25519(publicKey: Uint8Array): Uint8Array | undefined {
  if (!isBytes(publicKey, 32)) return undefined;
  return backend().ed25519PkToX25519(publicKey);
}

/** The X25519 secret scalar (clamped SHA-512 of the seed) behind a 64-byte Ed25519 secret key. */
export function ed25519SecretToX25519(secretKey: Uint8Array): Uint8Array {
  return backend().ed25519SkToX25519(expectBytes(secretKey, 64, 'An Ed25519 secret key'));
}

/**
 * X25519 Diffie–Hellman (`crypto_scalarmult`); undefined when the peer key yields the all-zero
 * secret (a small-order point), which libsodium refuses.
 */
export function x25519SharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined {
  expectBytes(secretKey, 32, 'An X25519 secret key');
  if (!isBytes(publicKey, 32)) return undefined;
  return backend().scalarmult(secretKey, publicKey);
}

/** The X25519 public key of a secret scalar (`crypto_scalarmult_base`). */
export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return backend().scalarmultBase(expectBytes(secretKey, 32, 'An X25519 secret key'));
}

/** A fresh random X25519 key pair (`crypto_box_keypair`: onion hops, test nodes). */
export function x25519KeyPair(): { publicKey: Uint8Array; secretKey: Uint8Array } {
  const secretKey = randomBytes(32);
  return { publicKey: backend().scalarmultBase(secretKey), secretKey };
}
