import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { ShallotError } from '../errors';
import { concatBytes } from './bytes';
import { sodium } from './sodium';

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

/*
 * X25519 runs through OpenSSL (node:crypto) rather than the wasm build: a key agreement costs about
 * a third as much, and a relay does one per hop. Keys enter and leave OpenSSL as JWK because its
 * DER decoder costs more than the agreement itself. The results are the same RFC 7748 function, so
 * every byte on the wire is unchanged (the upstream vectors in the tests hold both ways).
 */
const b64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');

function publicKeyObject(pub: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64url(pub) }, format: 'jwk' });
}

/**
 * Recipients' public keys repeat (a client's paths, a node's peers); parsing one costs a fifth of
 * an agreement. Bounded: the whole map is dropped when full rather than tracking recency.
 */
const PEER_KEY_CACHE_MAX = 4096;
const peerKeys = new Map<string, KeyObject>();

function cachedPublicKey(pub: Uint8Array): KeyObject {
  const id = b64url(pub);
  let key = peerKeys.get(id);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: id }, format: 'jwk' });
    if (peerKeys.size >= PEER_KEY_CACHE_MAX) peerKeys.clear();
    peerKeys.set(id, key);
  }
  return key;
}

interface OwnKey {
  readonly secret: Uint8Array;
  readonly key: KeyObject;
  readonly pub: Uint8Array;
}

/**
 * A node opens every layer with the same long-term secret: its OpenSSL key and its public key are
 * built once per secret array. The stored copy guards against a caller reusing the array for a
 * different secret.
 */
const ownKeys = new WeakMap<Uint8Array, OwnKey>();

function ownKey(secret: Uint8Array): OwnKey {
  const hit = ownKeys.get(secret);
  if (hit && timingSafeEqual(hit.secret, secret)) return hit;
  const pub = sodium().crypto_scalarmult_base(secret);
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', x: b64url(pub), d: b64url(secret) },
    format: 'jwk',
  });
  const entry: OwnKey = { secret: new Uint8Array(secret), key, pub };
  ownKeys.set(secret, entry);
  return entry;
}

function agree(privateKey: KeyObject, publicKey: () => KeyObject): Uint8Array {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey, publicKey: publicKey() });
  } catch (cause) {
    // OpenSSL refuses low-order points (all-zero shared secret), as libsodium does.
    throw new OnionError('key', 'The X25519 key agreement failed (invalid public key).', { cause });
  }
  if (shared.every((b) => b === 0)) {
    throw new OnionError('key', 'The X25519 key agreement failed (invalid public key).');
  }
  return new Uint8Array(shared.buffer, shared.byteOffset, shared.byteLength);
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
  return sodium().crypto_generichash(32, concatBytes(shared, clientPub, serverPub), null);
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
  const own = ownKey(ownX25519SecretKey);
  // A node's peer is a fresh ephemeral key every time: caching it would only evict useful entries.
  const shared = agree(own.key, () =>
    side === 'client' ? cachedPublicKey(peerX25519PublicKey) : publicKeyObject(peerX25519PublicKey),
  );
  let key: Uint8Array;
  if (cipher === 'aes-gcm') {
    key = gcmKey(shared);
  } else {
    const ownPub = own.pub;
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
  return concatBytes(
    nonce,
    sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, null, null, nonce, key),
  );
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
  try {
    return sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext.subarray(XCHACHA_NONCE_BYTES),
      null,
      nonce,
      key,
    );
  } catch (cause) {
    throw new OnionError('decrypt', 'The onion payload failed authentication.', { cause });
  }
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
  // The ephemeral secret never leaves OpenSSL; only its public half is exported.
  const eph = generateKeyPairSync('x25519');
  const ephX = eph.publicKey.export({ format: 'jwk' }).x;
  const ephemeralPublicKey = new Uint8Array(Buffer.from(ephX ?? '', 'base64url'));
  if (ephemeralPublicKey.length !== X25519_BYTES) {
    throw new OnionError('key', 'The ephemeral X25519 key could not be generated.');
  }
  const shared = agree(eph.privateKey, () => cachedPublicKey(recipientX25519PublicKey));
  const key =
    cipher === 'aes-gcm' ? gcmKey(shared) : xchachaKey(shared, ephemeralPublicKey, recipientX25519PublicKey);
  shared.fill(0);
  return { ciphertext: encryptWithKey(cipher, key, plaintext), ephemeralPublicKey, key };
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
