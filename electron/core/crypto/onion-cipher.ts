import { createCipheriv, createDecipheriv, createHmac, randomBytes, type DecipherGCM } from 'node:crypto';
import { ShallotError } from '../errors';
import { concatBytes } from './bytes';
import { ephemeralHopAgreement, hopAgreement } from './hop-x25519';
import { backend } from './sodium';

/**
 * Onion-request hop encryption (protocol reference §6.1). Every layer uses a fresh ephemeral X25519
 * key pair; the symmetric key it derives also encrypts the destination's reply, so sealing returns it.
 *
 * All functions are synchronous and need `await ready()` (crypto/sodium) to have resolved once.
 */
export type OnionCipher = 'aes-gcm' | 'xchacha20';
/** What callers may pass: the canonical names and the `enc_type` aliases servers also accept. */
export type OnionCipherName = OnionCipher | 'gcm' | 'xchacha20-poly1305';

export type OnionErrorCode =
  'decrypt' | 'key' | 'enc-type' | 'frame' | 'bencode' | 'v4' | 'response' | 'routing' | 'input';

export class OnionError extends ShallotError<OnionErrorCode> {}

const X25519_BYTES = 32;
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const XCHACHA_NONCE_BYTES = 24;
const XCHACHA_TAG_BYTES = 16;

/** Bytes a sealed payload adds to its plaintext (AES-GCM 28, XChaCha20 40). */
export function onionCipherOverhead(cipherName: OnionCipherName): number {
  const cipher = parseOnionCipher(cipherName);
  return cipher === 'aes-gcm' ? GCM_IV_BYTES + GCM_TAG_BYTES : XCHACHA_NONCE_BYTES + XCHACHA_TAG_BYTES;
}

/**
 * The `enc_type` of a routing JSON; absent means the servers' default, AES-GCM. Every function
 * here runs its cipher argument through this, so an unknown name fails instead of quietly
 * selecting XChaCha20.
 */
export function parseOnionCipher(encType: string | undefined): OnionCipher {
  switch (encType) {
    case undefined:
    case 'aes-gcm':
    case 'gcm':
      return 'aes-gcm';
    case 'xchacha20':
    case 'xchacha20-poly1305':
      return 'xchacha20';
    default:
      throw new OnionError('enc-type', 'The onion layer names an encryption type this client does not know.');
  }
}

function checkKey(bytes: Uint8Array, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== X25519_BYTES) {
    throw new OnionError('key', `The ${what} must be 32 bytes.`);
  }
}

function checkPayload(bytes: Uint8Array, what: string): void {
  if (!(bytes instanceof Uint8Array)) throw new OnionError('input', `The ${what} is bytes (Uint8Array).`);
}

/** AES-GCM hops key on the shared secret alone (HMAC-SHA256 keyed with "LOKI"). */
function gcmKey(shared: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', 'LOKI').update(shared).digest());
}

/**
 * XChaCha20 hops hash both public keys in, the client's ephemeral key first and the node's key
 * second, whichever side computes it, so both ends arrive at the same key.
 */
function xchachaKey(shared: Uint8Array, clientPub: Uint8Array, serverPub: Uint8Array): Uint8Array {
  return backend().blake2b(32, [shared, clientPub, serverPub], undefined);
}

/**
 * The symmetric key of a hop from either end's point of view: the client holds the ephemeral secret
 * and the node's public key; the node holds its own secret and the ephemeral public key.
 */
export function onionSharedKey(
  cipherName: OnionCipherName,
  ownX25519SecretKey: Uint8Array,
  peerX25519PublicKey: Uint8Array,
  side: 'client' | 'server',
): Uint8Array {
  const cipher = parseOnionCipher(cipherName);
  if (side !== 'client' && side !== 'server') {
    throw new OnionError('input', 'The side of a hop key is "client" or "server".');
  }
  checkKey(ownX25519SecretKey, 'X25519 secret key');
  checkKey(peerX25519PublicKey, 'X25519 public key');
  // A node's peer is a fresh ephemeral key every time: caching it would only evict useful entries.
  const agreed = hopAgreement(ownX25519SecretKey, peerX25519PublicKey, side === 'client');
  if (!agreed) throw new OnionError('key', 'The X25519 key agreement failed (invalid public key).');
  const { shared, ownPublic: ownPub } = agreed;
  let key: Uint8Array;
  if (cipher === 'aes-gcm') {
    key = gcmKey(shared);
  } else {
    key =
      side === 'client'
        ? xchachaKey(shared, ownPub, peerX25519PublicKey)
        : xchachaKey(shared, peerX25519PublicKey, ownPub);
  }
  shared.fill(0);
  return key;
}

export function encryptWithKey(
  cipherName: OnionCipherName,
  key: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array {
  const cipher = parseOnionCipher(cipherName);
  checkKey(key, 'symmetric key');
  checkPayload(plaintext, 'plaintext');
  if (cipher === 'aes-gcm') {
    const iv = randomBytes(GCM_IV_BYTES);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const body = c.update(plaintext);
    c.final();
    return concatBytes(iv, body, c.getAuthTag());
  }
  // node:crypto's CSPRNG: the wasm build's randombytes costs more than the encryption here.
  const nonce = new Uint8Array(randomBytes(XCHACHA_NONCE_BYTES));
  return concatBytes(nonce, backend().xchachaEncrypt(plaintext, undefined, nonce, key));
}

export function decryptWithKey(
  cipherName: OnionCipherName,
  key: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  const cipher = parseOnionCipher(cipherName);
  checkKey(key, 'symmetric key');
  if (!(ciphertext instanceof Uint8Array) || ciphertext.length < onionCipherOverhead(cipher)) {
    throw new OnionError('decrypt', 'The onion payload is too short to be a ciphertext.');
  }
  if (cipher === 'aes-gcm') {
    const iv = ciphertext.subarray(0, GCM_IV_BYTES);
    const tag = ciphertext.subarray(ciphertext.length - GCM_TAG_BYTES);
    const body = ciphertext.subarray(GCM_IV_BYTES, ciphertext.length - GCM_TAG_BYTES);
    try {
      const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
      d.setAuthTag(tag);
      const head = d.update(body);
      return new Uint8Array(Buffer.concat([head, d.final()]));
    } catch (cause) {
      throw new OnionError('decrypt', 'The onion payload failed authentication.', { cause });
    }
  }
  const nonce = ciphertext.subarray(0, XCHACHA_NONCE_BYTES);
  const plain = backend().xchachaDecrypt(ciphertext.subarray(XCHACHA_NONCE_BYTES), undefined, nonce, key);
  if (!plain) throw new OnionError('decrypt', 'The onion payload failed authentication.');
  return plain;
}

/** Encrypts one layer for `recipientX25519PublicKey` with a fresh ephemeral key pair. */
export function sealOnionLayer(
  cipherName: OnionCipherName,
  recipientX25519PublicKey: Uint8Array,
  plaintext: Uint8Array,
): { ciphertext: Uint8Array; ephemeralPublicKey: Uint8Array; key: Uint8Array } {
  const cipher = parseOnionCipher(cipherName);
  checkKey(recipientX25519PublicKey, 'recipient X25519 public key');
  checkPayload(plaintext, 'plaintext');
  const agreed = ephemeralHopAgreement(recipientX25519PublicKey);
  if (!agreed) throw new OnionError('key', 'The X25519 key agreement failed (invalid public key).');
  const { shared, ownPublic: ephemeralPublicKey } = agreed;
  const key =
    cipher === 'aes-gcm' ? gcmKey(shared) : xchachaKey(shared, ephemeralPublicKey, recipientX25519PublicKey);
  shared.fill(0);
  return { ciphertext: encryptWithKey(cipher, key, plaintext), ephemeralPublicKey, key };
}

/**
 * One AES-GCM layer sealed a piece at a time, for bodies too large to hold in several copies (file
 * uploads): `start()` gives the IV, `update` the ciphertext of each piece in order, `finish()` the
 * tag — together the bytes `sealOnionLayer` would give for the joined pieces.
 */
export interface LayerSealer {
  readonly ephemeralPublicKey: Uint8Array;
  /** The layer's symmetric key (the destination's decrypts the reply). */
  readonly key: Uint8Array;
  start(): Uint8Array;
  update(piece: Uint8Array): Uint8Array;
  finish(): Uint8Array;
}

export function openLayerSealer(recipientX25519PublicKey: Uint8Array): LayerSealer {
  checkKey(recipientX25519PublicKey, 'recipient X25519 public key');
  const agreed = ephemeralHopAgreement(recipientX25519PublicKey);
  if (!agreed) throw new OnionError('key', 'The X25519 key agreement failed (invalid public key).');
  const key = gcmKey(agreed.shared);
  agreed.shared.fill(0);
  const iv = randomBytes(GCM_IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return {
    ephemeralPublicKey: agreed.ownPublic,
    key,
    start: () => bytes(iv),
    update: (piece) => bytes(c.update(piece)),
    finish: () => {
      c.final();
      return bytes(c.getAuthTag());
    },
  };
}

/**
 * Opens a reply sealed with `key` (AES-GCM) a piece at a time: `update` gives plaintext that is
 * NOT yet authenticated — the caller keeps it where nothing trusts it — and `finish()` throws
 * unless the tag at the very end matches.
 */
export interface LayerOpener {
  update(piece: Uint8Array): Uint8Array;
  finish(): void;
}

export function openLayerOpener(key: Uint8Array): LayerOpener {
  checkKey(key, 'symmetric key');
  let head = Buffer.alloc(0);
  let held = Buffer.alloc(0);
  let d: DecipherGCM | undefined;
  const fail = (cause?: unknown): never => {
    throw new OnionError('decrypt', 'The onion payload failed authentication.', { cause });
  };
  return {
    update(piece) {
      let data = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (!d) {
        head = Buffer.concat([head, data]);
        if (head.length < GCM_IV_BYTES) return new Uint8Array(0);
        d = createDecipheriv('aes-256-gcm', key, head.subarray(0, GCM_IV_BYTES), {
          authTagLength: GCM_TAG_BYTES,
        });
        data = head.subarray(GCM_IV_BYTES);
      }
      const joined = held.length === 0 ? data : Buffer.concat([held, data]);
      const end = Math.max(0, joined.length - GCM_TAG_BYTES);
      held = Buffer.from(joined.subarray(end));
      const out = d.update(joined.subarray(0, end));
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    finish() {
      if (!d || held.length !== GCM_TAG_BYTES) fail();
      try {
        d!.setAuthTag(held);
        d!.final();
      } catch (cause) {
        fail(cause);
      }
    },
  };
}

/** Node side: decrypts a layer and returns the key that must encrypt the reply. */
export function openOnionLayerWithKey(
  cipher: OnionCipherName,
  recipientX25519SecretKey: Uint8Array,
  ephemeralPublicKey: Uint8Array,
  ciphertext: Uint8Array,
): { plaintext: Uint8Array; key: Uint8Array } {
  const parsed = parseOnionCipher(cipher);
  const key = onionSharedKey(parsed, recipientX25519SecretKey, ephemeralPublicKey, 'server');
  return { plaintext: decryptWithKey(parsed, key, ciphertext), key };
}

export function openOnionLayer(
  cipher: OnionCipherName,
  recipientX25519SecretKey: Uint8Array,
  ephemeralPublicKey: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  return openOnionLayerWithKey(cipher, recipientX25519SecretKey, ephemeralPublicKey, ciphertext).plaintext;
}
