import { CryptoError, expectBytes } from './crypto-error';
import { sodium } from './sodium';

/**
 * Ed25519 keys and signatures, and their X25519 conversions, as small functions over libsodium.
 * Secret keys are libsodium's 64 bytes (seed ‖ public key).
 */
export interface Ed25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

export function ed25519KeyPairFromSeed(seed: Uint8Array): Ed25519KeyPair {
  const pair = sodium().crypto_sign_seed_keypair(expectBytes(seed, 32, 'An Ed25519 seed'));
  return { publicKey: pair.publicKey, secretKey: pair.privateKey };
}

export function ed25519Sign(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  if (!(message instanceof Uint8Array)) throw new CryptoError('input', 'A signed message is bytes.');
  return sodium().crypto_sign_detached(message, expectBytes(secretKey, 64, 'An Ed25519 secret key'));
}

/** False for any malformed key or signature: verification only ever answers yes or no. */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return false;
  if (!(message instanceof Uint8Array)) return false;
  try {
    return sodium().crypto_sign_verify_detached(signature, message, publicKey);
  } catch {
    return false;
  }
}

/** The X25519 form of an Ed25519 public key, or undefined when it is not a valid point. */
export function ed25519PublicToX25519(publicKey: Uint8Array): Uint8Array | undefined {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return undefined;
  try {
    return sodium().crypto_sign_ed25519_pk_to_curve25519(publicKey);
  } catch {
    return undefined;
  }
}

/** The X25519 secret scalar (clamped SHA-512 of the seed) behind a 64-byte Ed25519 secret key. */
export function ed25519SecretToX25519(secretKey: Uint8Array): Uint8Array {
  return sodium().crypto_sign_ed25519_sk_to_curve25519(expectBytes(secretKey, 64, 'An Ed25519 secret key'));
}

/**
 * X25519 Diffie–Hellman (`crypto_scalarmult`); undefined when the peer key yields the all-zero
 * secret (a small-order point), which libsodium refuses.
 */
export function x25519SharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined {
  expectBytes(secretKey, 32, 'An X25519 secret key');
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return undefined;
  try {
    return sodium().crypto_scalarmult(secretKey, publicKey);
  } catch {
    return undefined;
  }
}
