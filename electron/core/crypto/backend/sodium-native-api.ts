import type { PwhashConstants } from './backend';

type Bytes = Uint8Array;

/**
 * The part of sodium-native 5.1 (which ships no types) that backend/native.ts calls. Every function
 * writes into caller-provided buffers sized exactly as libsodium requires; its JS layer asserts
 * those sizes and throws on a libsodium status other than 0. The module itself is declared
 * `unknown` (sodium-native.d.ts) and given this shape once, where it is loaded.
 */
export interface SodiumNative extends PwhashConstants {
  readonly crypto_generichash_STATEBYTES: number;
  readonly crypto_hash_sha512_STATEBYTES: number;
  readonly crypto_secretstream_xchacha20poly1305_STATEBYTES: number;
  readonly crypto_pwhash_ALG_ARGON2ID13: number;

  crypto_sign_seed_keypair(pk: Bytes, sk: Bytes, seed: Bytes): void;
  crypto_sign_detached(sig: Bytes, m: Bytes, sk: Bytes): void;
  crypto_sign_verify_detached(sig: Bytes, m: Bytes, pk: Bytes): boolean;
  crypto_sign_ed25519_pk_to_curve25519(x25519pk: Bytes, ed25519pk: Bytes): void;
  crypto_sign_ed25519_sk_to_curve25519(x25519sk: Bytes, ed25519sk: Bytes): void;

  crypto_scalarmult(q: Bytes, n: Bytes, p: Bytes): void;
  crypto_scalarmult_base(q: Bytes, n: Bytes): void;
  crypto_box_seed_keypair(pk: Bytes, sk: Bytes, seed: Bytes): void;
  crypto_box_easy(c: Bytes, m: Bytes, n: Bytes, pk: Bytes, sk: Bytes): void;
  crypto_box_seal(c: Bytes, m: Bytes, pk: Bytes): void;
  crypto_box_seal_open(m: Bytes, c: Bytes, pk: Bytes, sk: Bytes): boolean;

  crypto_core_ed25519_scalar_reduce(r: Bytes, s: Bytes): void;
  crypto_core_ed25519_scalar_add(z: Bytes, x: Bytes, y: Bytes): void;
  crypto_core_ed25519_scalar_negate(neg: Bytes, s: Bytes): void;
  crypto_scalarmult_ed25519_noclamp(q: Bytes, n: Bytes, p: Bytes): void;
  crypto_scalarmult_ed25519_base_noclamp(q: Bytes, n: Bytes): void;
  crypto_core_ed25519_add(r: Bytes, p: Bytes, q: Bytes): void;

  crypto_generichash(out: Bytes, input: Bytes, key?: Bytes): void;
  crypto_generichash_init(state: Bytes, key: Bytes | null, outputLength: number): void;
  crypto_generichash_update(state: Bytes, input: Bytes): void;
  crypto_generichash_final(state: Bytes, out: Bytes): void;
  crypto_hash_sha512(out: Bytes, input: Bytes): void;
  crypto_hash_sha512_init(state: Bytes): void;
  crypto_hash_sha512_update(state: Bytes, input: Bytes): void;
  crypto_hash_sha512_final(state: Bytes, out: Bytes): void;

  crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: Bytes,
    m: Bytes,
    ad: Bytes | null,
    nsec: null,
    npub: Bytes,
    k: Bytes,
  ): number;
  /** Throws when the tag does not verify. */
  crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: Bytes,
    nsec: null,
    c: Bytes,
    ad: Bytes | null,
    npub: Bytes,
    k: Bytes,
  ): number;
  crypto_secretstream_xchacha20poly1305_init_push(state: Bytes, header: Bytes, k: Bytes): void;
  crypto_secretstream_xchacha20poly1305_push(
    state: Bytes,
    c: Bytes,
    m: Bytes,
    ad: Bytes | null,
    tag: number,
  ): number;
  crypto_secretstream_xchacha20poly1305_init_pull(state: Bytes, header: Bytes, k: Bytes): void;
  /** Throws when the chunk does not verify. */
  crypto_secretstream_xchacha20poly1305_pull(
    state: Bytes,
    m: Bytes,
    tag: Bytes,
    c: Bytes,
    ad: Bytes | null,
  ): number;

  crypto_pwhash_async(
    out: Bytes,
    passwd: Bytes,
    salt: Bytes,
    opslimit: number,
    memlimit: number,
    alg: number,
  ): Promise<void>;

  randombytes_buf_deterministic(buffer: Bytes, seed: Bytes): void;
  sodium_memzero(buffer: Bytes): void;
}
