import { toHex } from './bytes';
import { parseSessionId, type SessionId } from './ids';
import { sodium } from './sodium';

/** An account's key material (protocol reference §2). Secret keys never leave the core. */
export interface Identity {
  readonly sessionId: SessionId;
  /** Ed25519: publicKey 32 bytes, secretKey 64 bytes (seed ‖ publicKey). */
  readonly ed25519: { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array };
  /** X25519 keys derived from the Ed25519 pair; the Session ID is `05` + hex(publicKey). */
  readonly x25519: { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array };
}

/**
 * Derives the identity from a 16-byte recovery seed (right-padded with 16 zero bytes, as every
 * Session client does) or a full 32-byte Ed25519 seed. Needs `await ready()` first.
 */
export function identityFromSeed(seed: Uint8Array): Identity {
  if (seed.length !== 16 && seed.length !== 32) {
    throw new RangeError(`an identity seed is 16 or 32 bytes, not ${seed.length}`);
  }
  const seed32 = new Uint8Array(32);
  seed32.set(seed);
  const s = sodium();
  const ed = s.crypto_sign_seed_keypair(seed32);
  const xPublic = s.crypto_sign_ed25519_pk_to_curve25519(ed.publicKey);
  const xSecret = s.crypto_sign_ed25519_sk_to_curve25519(ed.privateKey);
  seed32.fill(0);
  return {
    sessionId: sessionIdFromX25519(xPublic),
    ed25519: { publicKey: ed.publicKey, secretKey: ed.privateKey },
    x25519: { publicKey: xPublic, secretKey: xSecret },
  };
}

export function sessionIdFromX25519(publicKey: Uint8Array): SessionId {
  return parseSessionId(`05${toHex(publicKey)}`);
}
