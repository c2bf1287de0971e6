import { toHex, tryFromHex } from './bytes';
import { CryptoError } from './crypto-error';
import { IdError, parseSessionId, type SessionId } from './ids';
import { backend } from './sodium';

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
 * Session client does) or a full 32-byte Ed25519 seed, given as bytes or as 32 or 64 hex
 * characters (the form upstream test vectors use). Anything else throws CryptoError ('input' for
 * a wrong type or non-hex text, 'seed-length' for a wrong size). Needs `await ready()` first.
 */
export function identityFromSeed(seed: Uint8Array | string): Identity {
  const bytes = seedBytes(seed);
  if (bytes.length !== 16 && bytes.length !== 32) {
    throw new CryptoError('seed-length', `An identity seed is 16 or 32 bytes, not ${bytes.length}.`);
  }
  const seed32 = new Uint8Array(32);
  seed32.set(bytes);
  const s = backend();
  const ed = s.signSeedKeypair(seed32);
  // A seed-derived Ed25519 key is always a valid point, so the conversion cannot fail.
  const xPublic = s.ed25519PkToX25519(ed.publicKey)!;
  const xSecret = s.ed25519SkToX25519(ed.secretKey);
  seed32.fill(0);
  if (bytes !== seed) bytes.fill(0);
  return {
    sessionId: sessionIdFromX25519(xPublic),
    ed25519: ed,
    x25519: { publicKey: xPublic, secretKey: xSecret },
  };
}

function seedBytes(seed: Uint8Array | string): Uint8Array {
  if (seed instanceof Uint8Array) return seed;
  if (typeof seed === 'string') {
    const bytes = tryFromHex(seed);
    // The message never quotes the text: it is secret material.
    if (!bytes) throw new CryptoError('input', 'A seed given as text must be hexadecimal.');
    return bytes;
  }
  throw new CryptoError('input', 'A seed is bytes (Uint8Array) or hex text.');
}

export function sessionIdFromX25519(publicKey: Uint8Array): SessionId {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw new IdError('input', 'An X25519 public key is 32 bytes.');
  }
  return parseSessionId(`05${toHex(publicKey)}`);
}
