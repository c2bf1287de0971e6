import type { KeyObject } from 'node:crypto';
import { toHex } from '../electron/core/crypto/bytes';
import {
  ed25519KeyPairFromSeed,
  ed25519PublicToX25519,
  ed25519SecretToX25519,
} from '../electron/core/crypto/ed25519';
import { randomBytes } from '../electron/core/crypto/random';
import { ed25519PrivateKey } from './ed25519';

/** A service node's long-term identity: Ed25519 for signatures, X25519 (derived) for onion layers. */
export interface NodeKeys {
  seed: Uint8Array;
  ed25519Public: Uint8Array;
  ed25519Secret: Uint8Array;
  x25519Public: Uint8Array;
  x25519Secret: Uint8Array;
  ed25519Hex: string;
  x25519Hex: string;
  /** The same Ed25519 secret as an OpenSSL key object (fast signing of replies). */
  signingKey: KeyObject;
}

export function nodeKeysFromSeed(seed: Uint8Array): NodeKeys {
  const kp = ed25519KeyPairFromSeed(seed);
  // A seed-derived key is always a valid point: the conversion cannot fail.
  const x25519Public = ed25519PublicToX25519(kp.publicKey)!;
  const x25519Secret = ed25519SecretToX25519(kp.secretKey);
  return {
    seed,
    ed25519Public: kp.publicKey,
    ed25519Secret: kp.secretKey,
    x25519Public,
    x25519Secret,
    ed25519Hex: toHex(kp.publicKey),
    x25519Hex: toHex(x25519Public),
    signingKey: ed25519PrivateKey(seed),
  };
}

export function randomNodeKeys(): NodeKeys {
  return nodeKeysFromSeed(randomBytes(32));
}
