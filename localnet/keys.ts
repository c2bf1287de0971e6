import type { KeyObject } from 'node:crypto';
import { toHex } from '../electron/core/crypto/bytes';
import { sodium } from '../electron/core/crypto/sodium';
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
  const s = sodium();
  const kp = s.crypto_sign_seed_keypair(seed);
  const x25519Public = s.crypto_sign_ed25519_pk_to_curve25519(kp.publicKey);
  const x25519Secret = s.crypto_sign_ed25519_sk_to_curve25519(kp.privateKey);
  return {
    seed,
    ed25519Public: kp.publicKey,
    ed25519Secret: kp.privateKey,
    x25519Public,
    x25519Secret,
    ed25519Hex: toHex(kp.publicKey),
    x25519Hex: toHex(x25519Public),
    signingKey: ed25519PrivateKey(seed),
  };
}

export function randomNodeKeys(): NodeKeys {
  return nodeKeysFromSeed(sodium().randombytes_buf(32));
}
