import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomFillSync,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { backend } from './sodium';

/**
 * X25519 for onion hops (a relay does one agreement per layer), on the fastest implementation at
 * hand: libsodium when the backend is sodium-native (an ephemeral layer ≈ 57 µs here), OpenSSL
 * (node:crypto) under the wasm build, where it costs about half of wasm's (≈ 90 vs 170 µs). It is
 * the same RFC 7748 function either way, so every byte on the wire is unchanged; the onion tests
 * run on both backends. A small-order peer key (all-zero shared secret) gives `undefined`.
 */
export interface HopAgreement {
  readonly shared: Uint8Array;
  /** The public half of the secret used: the node's key, or the fresh ephemeral key. */
  readonly ownPublic: Uint8Array;
}

const b64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');

// OpenSSL takes keys as JWK: its DER decoder costs more than the agreement itself.
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
  readonly pub: Uint8Array;
  /** Built on first use by the OpenSSL path. */
  openssl?: KeyObject;
}

/**
 * A node opens every layer with the same long-term secret: its public key (and OpenSSL key) are
 * built once per secret array. The stored copy guards against a caller reusing the array for a
 * different secret.
 */
const ownKeys = new WeakMap<Uint8Array, OwnKey>();

function ownKey(secret: Uint8Array): OwnKey {
  const hit = ownKeys.get(secret);
  if (hit && timingSafeEqual(hit.secret, secret)) return hit;
  const entry: OwnKey = { secret: new Uint8Array(secret), pub: backend().scalarmultBase(secret) };
  ownKeys.set(secret, entry);
  return entry;
}

function opensslAgree(privateKey: KeyObject, publicKey: () => KeyObject): Uint8Array | undefined {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey, publicKey: publicKey() });
  } catch {
    // OpenSSL refuses low-order points, as libsodium does.
    return undefined;
  }
  if (shared.every((b) => b === 0)) return undefined;
  return new Uint8Array(shared.buffer, shared.byteOffset, shared.byteLength);
}

/** X25519(own secret, peer); `peerRepeats` caches the peer's OpenSSL key (a node's, not an ephemeral). */
export function hopAgreement(
  ownSecret: Uint8Array,
  peerPublic: Uint8Array,
  peerRepeats: boolean,
): HopAgreement | undefined {
  const own = ownKey(ownSecret);
  const b = backend();
  let shared: Uint8Array | undefined;
  if (b.name === 'native') {
    shared = b.scalarmult(own.secret, peerPublic);
  } else {
    own.openssl ??= createPrivateKey({
      key: { kty: 'OKP', crv: 'X25519', x: b64url(own.pub), d: b64url(own.secret) },
      format: 'jwk',
    });
    const key = own.openssl;
    shared = opensslAgree(key, () =>
      peerRepeats ? cachedPublicKey(peerPublic) : publicKeyObject(peerPublic),
    );
  }
  return shared && { shared, ownPublic: own.pub };
}

/** A fresh ephemeral key pair agreed with `peerPublic`; the ephemeral secret is wiped (or never leaves OpenSSL). */
export function ephemeralHopAgreement(peerPublic: Uint8Array): HopAgreement | undefined {
  const b = backend();
  if (b.name === 'native') {
    const secret = randomFillSync(new Uint8Array(32));
    const ownPublic = b.scalarmultBase(secret);
    const shared = b.scalarmult(secret, peerPublic);
    secret.fill(0);
    return shared && { shared, ownPublic };
  }
  const eph = generateKeyPairSync('x25519');
  const ownPublic = new Uint8Array(Buffer.from(eph.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url'));
  const shared =
    ownPublic.length === 32 ? opensslAgree(eph.privateKey, () => cachedPublicKey(peerPublic)) : undefined;
  return shared && { shared, ownPublic };
}
