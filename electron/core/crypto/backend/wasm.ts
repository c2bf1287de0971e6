import type sumo from 'libsodium-wrappers-sumo';
import {
  pwhashLimitsOf,
  type CryptoBackend,
  type KeyPair,
  type SecretstreamPull,
  type SecretstreamPush,
  type SecretstreamTag,
} from './backend';

/**
 * libsodium compiled to wasm (libsodium-wrappers-sumo; the sumo build is the one with Argon2id and
 * the Ed25519 scalar/point functions). Each call copies its inputs into the wasm heap and its result
 * out, and throws where libsodium returns an error status; this adapter turns those throws into the
 * `undefined`/`false` answers of the backend contract.
 *
 * Secretstream states live in the wasm heap (52 bytes each) and libsodium-wrappers never frees
 * them: a stream per attachment or backup file is cheap, a stream per message would not be.
 */
type Sumo = typeof sumo;

export async function loadWasmBackend(): Promise<CryptoBackend> {
  const mod = (await import('libsodium-wrappers-sumo')).default;
  await mod.ready;
  return wasmBackend(mod);
}

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function pair(kp: { publicKey: Uint8Array; privateKey: Uint8Array }): KeyPair {
  return { publicKey: kp.publicKey, secretKey: kp.privateKey };
}

function blake2b(
  s: Sumo,
  outputLength: number,
  parts: readonly Uint8Array[],
  key: Uint8Array | undefined,
): Uint8Array {
  if (parts.length === 1) return s.crypto_generichash(outputLength, parts[0]!, key ?? null);
  const state = s.crypto_generichash_init(key ?? null, outputLength);
  for (const p of parts) s.crypto_generichash_update(state, p);
  return s.crypto_generichash_final(state, outputLength);
}

function sha512(s: Sumo, parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return s.crypto_hash_sha512(parts[0]!);
  const state = s.crypto_hash_sha512_init();
  for (const p of parts) s.crypto_hash_sha512_update(state, p);
  return s.crypto_hash_sha512_final(state);
}

function secretstreamPush(s: Sumo, key: Uint8Array): { header: Uint8Array; stream: SecretstreamPush } {
  const { state, header } = s.crypto_secretstream_xchacha20poly1305_init_push(key);
  const stream: SecretstreamPush = {
    push: (message: Uint8Array, tag: SecretstreamTag, ad: Uint8Array | undefined) =>
      s.crypto_secretstream_xchacha20poly1305_push(state, message, ad ?? null, tag),
  };
  return { header, stream };
}

function secretstreamPull(s: Sumo, header: Uint8Array, key: Uint8Array): SecretstreamPull {
  const state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  return {
    pull(ciphertext: Uint8Array, ad: Uint8Array | undefined) {
      const r = attempt(() => s.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, ad ?? null));
      return r ? { message: r.message, tag: r.tag } : undefined;
    },
  };
}

export function wasmBackend(s: Sumo): CryptoBackend {
  return {
    name: 'wasm',
    signSeedKeypair: (seed) => pair(s.crypto_sign_seed_keypair(seed)),
    signDetached: (m, sk) => s.crypto_sign_detached(m, sk),
    verifyDetached: (sig, m, pk) => attempt(() => s.crypto_sign_verify_detached(sig, m, pk)) ?? false,
    ed25519PkToX25519: (pk) => attempt(() => s.crypto_sign_ed25519_pk_to_curve25519(pk)),
    ed25519SkToX25519: (sk) => s.crypto_sign_ed25519_sk_to_curve25519(sk),

    scalarmult: (sk, pk) => attempt(() => s.crypto_scalarmult(sk, pk)),
    scalarmultBase: (sk) => s.crypto_scalarmult_base(sk),
    boxSeedKeypair: (seed) => pair(s.crypto_box_seed_keypair(seed)),
    boxEasy: (m, n, pk, sk) => s.crypto_box_easy(m, n, pk, sk),
    boxSeal: (m, pk) => s.crypto_box_seal(m, pk),
    boxSealOpen: (c, pk, sk) => attempt(() => s.crypto_box_seal_open(c, pk, sk)),

    scalarReduce: (wide) => s.crypto_core_ed25519_scalar_reduce(wide),
    scalarMul: (a, b) => s.crypto_core_ed25519_scalar_mul(a, b),
    scalarAdd: (a, b) => s.crypto_core_ed25519_scalar_add(a, b),
    scalarNegate: (a) => s.crypto_core_ed25519_scalar_negate(a),
    pointMul: (n, p) => attempt(() => s.crypto_scalarmult_ed25519_noclamp(n, p)),
    baseMul: (n) => attempt(() => s.crypto_scalarmult_ed25519_base_noclamp(n)),
    pointAdd: (p, q) => attempt(() => s.crypto_core_ed25519_add(p, q)),

    blake2b: (outputLength, parts, key) => blake2b(s, outputLength, parts, key),
    sha512: (parts) => sha512(s, parts),

    xchachaEncrypt: (m, ad, nonce, key) =>
      s.crypto_aead_xchacha20poly1305_ietf_encrypt(m, ad ?? null, null, nonce, key),
    xchachaDecrypt: (c, ad, nonce, key) =>
      attempt(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, c, ad ?? null, nonce, key)),
    secretstreamPush: (key) => secretstreamPush(s, key),
    secretstreamPull: (header, key) => secretstreamPull(s, header, key),

    pwhashLimits: pwhashLimitsOf({
      ...s,
      // The wrappers read these two size_t constants as signed 32-bit (-1 and -2^31): unsign them.
      crypto_pwhash_OPSLIMIT_MAX: s.crypto_pwhash_OPSLIMIT_MAX >>> 0,
      crypto_pwhash_MEMLIMIT_MAX: s.crypto_pwhash_MEMLIMIT_MAX >>> 0,
    }),
    argon2id: (outputLength, password, salt, opslimit, memlimit) =>
      Promise.resolve().then(() =>
        s.crypto_pwhash(outputLength, password, salt, opslimit, memlimit, s.crypto_pwhash_ALG_ARGON2ID13),
      ),

    deterministicRandomBytes: (length, seed) => s.randombytes_buf_deterministic(length, seed),
    memzero: (b) => s.memzero(b),
  };
}
