import { ShallotError } from '../errors';
import { recipientX25519Key, type SessionId } from './ids';
import { sessionIdFromEd25519 } from './sender-id';
import type { Identity } from './identity';
import { backend } from './sodium';

/**
 * Session's 1:1 "signed sealed box" (protocol reference §3.1 steps 3–4, §3.2 steps 2–4):
 *   inner = M ‖ senderEdPk(32) ‖ Ed25519sig(M ‖ senderEdPk ‖ recipientXPk)
 *   ct    = crypto_box_seal(inner, recipientXPk)
 * Padding and protobufs are the protocol layer's business; this works on raw bytes.
 */

export type SessionBoxErrorCode = 'too-short' | 'decrypt' | 'signature' | 'sender-key' | 'input';

export class SessionBoxError extends ShallotError<SessionBoxErrorCode> {}

const SEAL_BYTES = 48; // ephemeral X25519 pk (32) + Poly1305 tag (16)
const PK_BYTES = 32;
const SIG_BYTES = 64;
const BOX_NONCE_BYTES = 24;
/** Smallest ciphertext that can hold an (empty) signed message. */
export const MIN_SESSION_BOX_BYTES = SEAL_BYTES + PK_BYTES + SIG_BYTES;

const EPHEMERAL_HASH_KEY = new TextEncoder().encode('SessionBoxEphemeralHashKey');

export interface OpenedSessionBox {
  readonly plaintext: Uint8Array;
  readonly senderSessionId: SessionId;
  readonly senderEd25519PublicKey: Uint8Array;
}

function isKey(value: unknown, length: number): boolean {
  return value instanceof Uint8Array && value.length === length;
}

/** Callers are our own code, but a wrong argument must fail loudly, not encrypt garbage. */
function checkIdentity(identity: Identity, role: string, need: 'ed25519' | 'x25519'): void {
  const pair = (identity as Partial<Identity> | null | undefined)?.[need];
  if (!pair || !isKey(pair.publicKey, 32) || !isKey(pair.secretKey, need === 'ed25519' ? 64 : 32)) {
    throw new SessionBoxError('input', `The ${role} is not an Identity from identityFromSeed().`);
  }
}

function checkMessage(message: Uint8Array): void {
  if (!(message instanceof Uint8Array)) {
    throw new SessionBoxError('input', 'The message to encrypt is bytes (Uint8Array).');
  }
}

function signedInner(sender: Identity, recipientXPk: Uint8Array, message: Uint8Array): Uint8Array {
  const edPk = sender.ed25519.publicKey;
  // One buffer serves both layouts: M ‖ A ‖ Y is signed, then Y is overwritten by the signature.
  const buf = new Uint8Array(message.length + PK_BYTES + SIG_BYTES);
  buf.set(message, 0);
  buf.set(edPk, message.length);
  buf.set(recipientXPk, message.length + PK_BYTES);
  const sig = backend().signDetached(
    buf.subarray(0, message.length + 2 * PK_BYTES),
    sender.ed25519.secretKey,
  );
  buf.set(sig, message.length + PK_BYTES);
  return buf;
}

/**
 * Signs and seals `message` for the recipient with a fresh random ephemeral key. The recipient is
 * a `05…` Session ID (66 hex), its 33 raw bytes, or the bare 32-byte X25519 key (IdError
 * otherwise); a non-Identity sender or non-bytes message throws SessionBoxError('input').
 */
export function encryptForRecipient(
  sender: Identity,
  recipientSessionId: string | Uint8Array,
  message: Uint8Array,
): Uint8Array {
  checkIdentity(sender, 'sender', 'ed25519');
  checkMessage(message);
  const recipientXPk = recipientX25519Key(recipientSessionId);
  return backend().boxSeal(signedInner(sender, recipientXPk, message), recipientXPk);
}

/**
 * The same box with the ephemeral key derived from (sender seed, recipient, message), as libsession's
 * `encrypt_for_recipient_deterministic`: identical input gives identical bytes. Used for test
 * vectors and wherever server-side de-duplication of re-sent content is wanted (config pushes).
 */
export function encryptForRecipientDeterministic(
  sender: Identity,
  recipientSessionId: string | Uint8Array,
  message: Uint8Array,
): Uint8Array {
  checkIdentity(sender, 'sender', 'ed25519');
  checkMessage(message);
  const s = backend();
  const recipientXPk = recipientX25519Key(recipientSessionId);
  const inner = signedInner(sender, recipientXPk, message);

  const hashInput = new Uint8Array(32 + PK_BYTES + message.length);
  hashInput.set(sender.ed25519.secretKey.subarray(0, 32), 0);
  hashInput.set(recipientXPk, 32);
  hashInput.set(message, 32 + PK_BYTES);
  const ephSeed = s.blake2b(32, [hashInput], EPHEMERAL_HASH_KEY);
  hashInput.fill(0);
  const eph = s.boxSeedKeypair(ephSeed);
  ephSeed.fill(0);

  const nonceInput = new Uint8Array(2 * PK_BYTES);
  nonceInput.set(eph.publicKey, 0);
  nonceInput.set(recipientXPk, PK_BYTES);
  // The nonce crypto_box_seal itself derives, so crypto_box_seal_open opens the result.
  const nonce = s.blake2b(BOX_NONCE_BYTES, [nonceInput], undefined);

  const boxed = s.boxEasy(inner, nonce, recipientXPk, eph.secretKey);
  eph.secretKey.fill(0);
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
  checkIdentity(recipient, 'recipient', 'x25519');
  if (!(ciphertext instanceof Uint8Array)) {
    throw new SessionBoxError('input', 'The encrypted message is bytes (Uint8Array).');
  }
  if (ciphertext.length < MIN_SESSION_BOX_BYTES) {
    throw new SessionBoxError('too-short', 'The encrypted message is too short to be valid.');
  }
  const s = backend();
  const inner = s.boxSealOpen(ciphertext, recipient.x25519.publicKey, recipient.x25519.secretKey);
  if (!inner) {
    throw new SessionBoxError('decrypt', 'The message could not be decrypted with this account.');
  }
  const msgLen = inner.length - PK_BYTES - SIG_BYTES;
  const senderEdPk = inner.slice(msgLen, msgLen + PK_BYTES);
  const sig = inner.slice(msgLen + PK_BYTES);
  // Reuse the opened buffer as M ‖ A ‖ Y for verification: Y replaces the (copied-out) signature.
  inner.set(recipient.x25519.publicKey, msgLen + PK_BYTES);
  const ok = s.verifyDetached(sig, inner.subarray(0, msgLen + 2 * PK_BYTES), senderEdPk);
  if (!ok) throw new SessionBoxError('signature', 'The message signature is not valid.');
  return {
    plaintext: inner.subarray(0, msgLen),
    senderSessionId: senderSessionIdOf(senderEdPk),
    senderEd25519PublicKey: senderEdPk,
  };
}

function senderSessionIdOf(edPk: Uint8Array): SessionId {
  const id = sessionIdFromEd25519(edPk);
  if (!id) throw new SessionBoxError('sender-key', 'The sender key is not a valid public key.');
  return id;
}
