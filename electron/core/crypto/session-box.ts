import { ShallotError } from '../errors';
import { toHex } from './bytes';
import { idKeyBytes, parseSessionId, type SessionId } from './ids';
import type { Identity } from './identity';
import { sodium } from './sodium';

/**
 * Session's 1:1 "signed sealed box" (protocol reference §3.1 steps 3–4, §3.2 steps 2–4):
 *   inner = M ‖ senderEdPk(32) ‖ Ed25519sig(M ‖ senderEdPk ‖ recipientXPk)
 *   ct    = crypto_box_seal(inner, recipientXPk)
 * Padding and protobufs are the protocol layer's business; this works on raw bytes.
 */

export type SessionBoxErrorCode = 'too-short' | 'decrypt' | 'signature' | 'sender-key';

export class SessionBoxError extends ShallotError<SessionBoxErrorCode> {}

const SEAL_BYTES = 48; // ephemeral X25519 pk (32) + Poly1305 tag (16)
const PK_BYTES = 32;
const SIG_BYTES = 64;
/** Smallest ciphertext that can hold an (empty) signed message. */
export const MIN_SESSION_BOX_BYTES = SEAL_BYTES + PK_BYTES + SIG_BYTES;

const EPHEMERAL_HASH_KEY = new TextEncoder().encode('SessionBoxEphemeralHashKey');

export interface OpenedSessionBox {
  readonly plaintext: Uint8Array;
  readonly senderSessionId: SessionId;
  readonly senderEd25519PublicKey: Uint8Array;
}

function signedInner(sender: Identity, recipientXPk: Uint8Array, message: Uint8Array): Uint8Array {
  const s = sodium();
  const edPk = sender.ed25519.publicKey;
  // One buffer serves both layouts: M ‖ A ‖ Y is signed, then Y is overwritten by the signature.
  const buf = new Uint8Array(message.length + PK_BYTES + SIG_BYTES);
  buf.set(message, 0);
  buf.set(edPk, message.length);
  buf.set(recipientXPk, message.length + PK_BYTES);
  const sig = s.crypto_sign_detached(
    buf.subarray(0, message.length + 2 * PK_BYTES),
    sender.ed25519.secretKey,
  );
  buf.set(sig, message.length + PK_BYTES);
  return buf;
}

/** Signs and seals `message` for `recipientSessionId` with a fresh random ephemeral key. */
export function encryptForRecipient(
  sender: Identity,
  recipientSessionId: string,
  message: Uint8Array,
): Uint8Array {
  const recipientXPk = idKeyBytes(parseSessionId(recipientSessionId));
  return sodium().crypto_box_seal(signedInner(sender, recipientXPk, message), recipientXPk);
}

/**
 * The same box with the ephemeral key derived from (sender seed, recipient, message), as libsession's
 * `encrypt_for_recipient_deterministic`: identical input gives identical bytes. Used for test
 * vectors and wherever server-side de-duplication of re-sent content is wanted (config pushes).
 */
export function encryptForRecipientDeterministic(
  sender: Identity,
  recipientSessionId: string,
  message: Uint8Array,
): Uint8Array {
  const s = sodium();
  const recipientXPk = idKeyBytes(parseSessionId(recipientSessionId));
  const inner = signedInner(sender, recipientXPk, message);

  const hashInput = new Uint8Array(32 + PK_BYTES + message.length);
  hashInput.set(sender.ed25519.secretKey.subarray(0, 32), 0);
  hashInput.set(recipientXPk, 32);
  hashInput.set(message, 32 + PK_BYTES);
  const ephSeed = s.crypto_generichash(32, hashInput, EPHEMERAL_HASH_KEY);
  hashInput.fill(0);
  const eph = s.crypto_box_seed_keypair(ephSeed);
  ephSeed.fill(0);

  const nonceInput = new Uint8Array(2 * PK_BYTES);
  nonceInput.set(eph.publicKey, 0);
  nonceInput.set(recipientXPk, PK_BYTES);
  const nonce = s.crypto_generichash(s.crypto_box_NONCEBYTES, nonceInput, null);

  const boxed = s.crypto_box_easy(inner, nonce, recipientXPk, eph.privateKey);
  eph.privateKey.fill(0);
  const out = new Uint8Array(PK_BYTES + boxed.length);
  out.set(eph.publicKey, 0);
  out.set(boxed, PK_BYTES);
  return out;
}

/**
 * Opens a box addressed to `recipient`, verifies the sender's signature and recovers the sender's
 * Session ID. Throws SessionBoxError only.
 */
export function decryptFromSender(recipient: Identity, ciphertext: Uint8Array): OpenedSessionBox {
  if (ciphertext.length < MIN_SESSION_BOX_BYTES) {
    throw new SessionBoxError('too-short', 'The encrypted message is too short to be valid.');
  }
  const s = sodium();
  let inner: Uint8Array;
  try {
    inner = s.crypto_box_seal_open(ciphertext, recipient.x25519.publicKey, recipient.x25519.secretKey);
  } catch (cause) {
    throw new SessionBoxError('decrypt', 'The message could not be decrypted with this account.', {
      cause,
    });
  }
  const msgLen = inner.length - PK_BYTES - SIG_BYTES;
  const senderEdPk = inner.slice(msgLen, msgLen + PK_BYTES);
  const sig = inner.slice(msgLen + PK_BYTES);
  // Reuse the opened buffer as M ‖ A ‖ Y for verification: Y replaces the (copied-out) signature.
  inner.set(recipient.x25519.publicKey, msgLen + PK_BYTES);
  let ok: boolean;
  try {
    ok = s.crypto_sign_verify_detached(sig, inner.subarray(0, msgLen + 2 * PK_BYTES), senderEdPk);
  } catch {
    ok = false;
  }
  if (!ok) throw new SessionBoxError('signature', 'The message signature is not valid.');
  return {
    plaintext: inner.subarray(0, msgLen),
    senderSessionId: senderSessionIdOf(senderEdPk),
    senderEd25519PublicKey: senderEdPk,
  };
}

/**
 * Ed25519 → X25519 conversion costs about as much as the signature check (libsodium verifies the
 * point is in the main subgroup), and senders repeat, so results are memoised. A bounded map with
 * oldest-first eviction: the values are public and identical to a fresh conversion.
 */
const SENDER_CACHE_MAX = 1024;
const senderCache = new Map<string, SessionId>();

function senderSessionIdOf(edPk: Uint8Array): SessionId {
  const key = toHex(edPk);
  const hit = senderCache.get(key);
  if (hit) return hit;
  let xPk: Uint8Array;
  try {
    xPk = sodium().crypto_sign_ed25519_pk_to_curve25519(edPk);
  } catch (cause) {
    throw new SessionBoxError('sender-key', 'The sender key is not a valid public key.', { cause });
  }
  const id = `05${toHex(xPk)}` as SessionId;
  if (senderCache.size >= SENDER_CACHE_MAX) {
    senderCache.delete(senderCache.keys().next().value!);
  }
  senderCache.set(key, id);
  return id;
}
