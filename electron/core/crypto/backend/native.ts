import type { CryptoBackend, KeyPair, SecretstreamPull, SecretstreamPush, SecretstreamTag } from './backend';
import { pwhashLimitsOf, SECRETSTREAM_ABYTES } from './backend';
import type { SodiumNative } from './sodium-native-api';
import { wideProduct } from './wide-product';

/**
 * libsodium through sodium-native (N-API). Its functions write into buffers the caller sizes; this
 * adapter allocates each result and turns libsodium's failure statuses (thrown by sodium-native)
 * into the `undefined`/`false` answers the backend contract promises.
 *
 * sodium-native's JS layer asserts a key of at least 16 bytes and an output of at least 16 bytes in
 * one-shot `crypto_generichash`; libsodium itself takes 1–64 for both, and Session derives with
 * shorter keys, so those hashes go through init/update/final, which passes them through unchecked.
 */
const BLAKE2B_FAST_MIN = 16;
const SEAL_BYTES = 48;
const BOX_MAC_BYTES = 16;
const AEAD_TAG_BYTES = 16;

/** Loads the N-API module; rejects where no prebuild fits this platform (or it fails to link). */
export async function loadNativeBackend(): Promise<CryptoBackend> {
  const mod = await import('sodium-native');
  return nativeBackend(mod.default as SodiumNative);
}

/** `fn` ran without libsodium refusing its input. */
function succeeds(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

function bytes(length: number, fill: (out: Uint8Array) => void): Uint8Array {
  const out = new Uint8Array(length);
  fill(out);
  return out;
}

function maybe(length: number, fill: (out: Uint8Array) => void): Uint8Array | undefined {
  const out = new Uint8Array(length);
  return succeeds(() => fill(out)) ? out : undefined;
}

function pair(s: SodiumNative, kind: 'sign' | 'box', seed: Uint8Array): KeyPair {
  const publicKey = new Uint8Array(32);
  const secretKey = new Uint8Array(kind === 'sign' ? 64 : 32);
  if (kind === 'sign') s.crypto_sign_seed_keypair(publicKey, secretKey, seed);
  else s.crypto_box_seed_keypair(publicKey, secretKey, seed);
  return { publicKey, secretKey };
}

function blake2b(
  s: SodiumNative,
  outputLength: number,
  parts: readonly Uint8Array[],
  key: Uint8Array | undefined,
): Uint8Array {
  const out = new Uint8Array(outputLength);
  const shortKey = key !== undefined && key.length < BLAKE2B_FAST_MIN;
  if (parts.length === 1 && outputLength >= BLAKE2B_FAST_MIN && !shortKey) {
    s.crypto_generichash(out, parts[0]!, key);
    return out;
  }
  const state = new Uint8Array(s.crypto_generichash_STATEBYTES);
  s.crypto_generichash_init(state, key ?? null, outputLength);
  for (const p of parts) s.crypto_generichash_update(state, p);
  s.crypto_generichash_final(state, out);
  s.sodium_memzero(state);
  return out;
}

function sha512(s: SodiumNative, parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(64);
  if (parts.length === 1) {
    s.crypto_hash_sha512(out, parts[0]!);
    return out;
  }
  const state = new Uint8Array(s.crypto_hash_sha512_STATEBYTES);
  s.crypto_hash_sha512_init(state);
  for (const p of parts) s.crypto_hash_sha512_update(state, p);
  s.crypto_hash_sha512_final(state, out);
  s.sodium_memzero(state);
  return out;
}

function secretstreamPush(
  s: SodiumNative,
  key: Uint8Array,
): { header: Uint8Array; stream: SecretstreamPush } {
  const state = new Uint8Array(s.crypto_secretstream_xchacha20poly1305_STATEBYTES);
  const header = new Uint8Array(24);
  s.crypto_secretstream_xchacha20poly1305_init_push(state, header, key);
  const stream: SecretstreamPush = {
    push(message: Uint8Array, tag: SecretstreamTag, ad: Uint8Array | undefined): Uint8Array {
      const c = new Uint8Array(message.length + SECRETSTREAM_ABYTES);
      s.crypto_secretstream_xchacha20poly1305_push(state, c, message, ad ?? null, tag);
      return c;
    },
  };
  return { header, stream };
}

function secretstreamPull(s: SodiumNative, header: Uint8Array, key: Uint8Array): SecretstreamPull {
  const state = new Uint8Array(s.crypto_secretstream_xchacha20poly1305_STATEBYTES);
  s.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key);
  return {
    pull(ciphertext: Uint8Array, ad: Uint8Array | undefined) {
      const message = new Uint8Array(ciphertext.length - SECRETSTREAM_ABYTES);
      const tag = new Uint8Array(1);
      const ok = succeeds(() =>
        s.crypto_secretstream_xchacha20poly1305_pull(state, message, tag, ciphertext, ad ?? null),
      );
      return ok ? { message, tag: tag[0]! } : undefined;
    },
  };
}

export function nativeBackend(s: SodiumNative): CryptoBackend {
  return {
    name: 'native',
    signSeedKeypair: (seed) => pair(s, 'sign', seed),
    signDetached: (m, sk) => bytes(64, (sig) => s.crypto_sign_detached(sig, m, sk)),
    verifyDetached: (sig, m, pk) => s.crypto_sign_verify_detached(sig, m, pk),
    ed25519PkToX25519: (pk) => maybe(32, (x) => s.crypto_sign_ed25519_pk_to_curve25519(x, pk)),
    ed25519SkToX25519: (sk) => bytes(32, (x) => s.crypto_sign_ed25519_sk_to_curve25519(x, sk)),

    scalarmult: (sk, pk) => maybe(32, (q) => s.crypto_scalarmult(q, sk, pk)),
    scalarmultBase: (sk) => bytes(32, (q) => s.crypto_scalarmult_base(q, sk)),
    boxSeedKeypair: (seed) => pair(s, 'box', seed),
    boxEasy: (m, n, pk, sk) => bytes(m.length + BOX_MAC_BYTES, (c) => s.crypto_box_easy(c, m, n, pk, sk)),
    boxSeal: (m, pk) => bytes(m.length + SEAL_BYTES, (c) => s.crypto_box_seal(c, m, pk)),
    boxSealOpen(c, pk, sk) {
      if (c.length < SEAL_BYTES) return undefined;
      const m = new Uint8Array(c.length - SEAL_BYTES);
      return s.crypto_box_seal_open(m, c, pk, sk) ? m : undefined;
    },

    scalarReduce: (wide) => bytes(32, (r) => s.crypto_core_ed25519_scalar_reduce(r, wide)),
    scalarMul(a, b) {
      const wide = wideProduct(a, b);
      const r = bytes(32, (out) => s.crypto_core_ed25519_scalar_reduce(out, wide));
      s.sodium_memzero(wide);
      return r;
    },
    scalarAdd: (a, b) => bytes(32, (z) => s.crypto_core_ed25519_scalar_add(z, a, b)),
    scalarNegate: (a) => bytes(32, (n) => s.crypto_core_ed25519_scalar_negate(n, a)),
    pointMul: (n, p) => maybe(32, (q) => s.crypto_scalarmult_ed25519_noclamp(q, n, p)),
    baseMul: (n) => maybe(32, (q) => s.crypto_scalarmult_ed25519_base_noclamp(q, n)),
    pointAdd: (p, q) => maybe(32, (r) => s.crypto_core_ed25519_add(r, p, q)),

    blake2b: (outputLength, parts, key) => blake2b(s, outputLength, parts, key),
    sha512: (parts) => sha512(s, parts),

    xchachaEncrypt: (m, ad, nonce, key) =>
      bytes(m.length + AEAD_TAG_BYTES, (c) =>
        s.crypto_aead_xchacha20poly1305_ietf_encrypt(c, m, ad ?? null, null, nonce, key),
      ),
    xchachaDecrypt(c, ad, nonce, key) {
      if (c.length < AEAD_TAG_BYTES) return undefined;
      return maybe(c.length - AEAD_TAG_BYTES, (m) =>
        s.crypto_aead_xchacha20poly1305_ietf_decrypt(m, null, c, ad ?? null, nonce, key),
      );
    },
    secretstreamPush: (key) => secretstreamPush(s, key),
    secretstreamPull: (header, key) => secretstreamPull(s, header, key),

    pwhashLimits: pwhashLimitsOf(s),
    async argon2id(outputLength, password, salt, opslimit, memlimit) {
      const out = new Uint8Array(outputLength);
      await s.crypto_pwhash_async(out, password, salt, opslimit, memlimit, s.crypto_pwhash_ALG_ARGON2ID13);
      return out;
    },

    deterministicRandomBytes: (length, seed) =>
      bytes(length, (out) => s.randombytes_buf_deterministic(out, seed)),
    memzero: (b) => s.sodium_memzero(b),
  };
}
