/**
 * The seam under Shallot's crypto: exactly the libsodium primitives the core uses, with two
 * implementations — `sodium-native` (libsodium through N-API, prebuilt for Windows, macOS and Linux
 * on x64 and arm64) and `libsodium-wrappers-sumo` (libsodium compiled to wasm), the fallback where
 * the native module cannot load. `crypto/sodium.ts` picks one in `ready()`; the other crypto modules
 * call it through `backend()` and keep their own public functions.
 *
 * Contract of every method: the caller (a `crypto/*.ts` module) has already checked types and
 * lengths; inputs are never modified; results are fresh arrays the caller owns; a primitive that
 * fails on its input (a MAC that does not verify, a point that is not on the curve, a weak public
 * key) answers `undefined` or `false`, never an exception. Only resource failures (Argon2id cannot
 * get its memory) throw.
 *
 * Two neighbours are deliberately not here. Plain random bytes come from node:crypto (the OS
 * CSPRNG) in both backends, so they work before `ready()` (crypto/random.ts); constant-time
 * comparison is node:crypto's `timingSafeEqual` or `bytesEqual` (crypto/bytes.ts). Neither depends
 * on which libsodium build runs.
 */
export type BackendName = 'native' | 'wasm';

export interface KeyPair {
  readonly publicKey: Uint8Array;
  /** Ed25519: libsodium's 64 bytes (seed ‖ public key); X25519: the 32-byte scalar. */
  readonly secretKey: Uint8Array;
}

/** libsodium's `crypto_pwhash_*` limits for Argon2id; the named levels are the same in both builds. */
export interface PwhashLimits {
  readonly saltBytes: number;
  readonly opslimitMin: number;
  readonly opslimitMax: number;
  readonly memlimitMin: number;
  /** Differs: the wasm heap is 32-bit, so its ceiling is far lower than the native one. */
  readonly memlimitMax: number;
  readonly interactive: { readonly opslimit: number; readonly memlimit: number };
  readonly moderate: { readonly opslimit: number; readonly memlimit: number };
  readonly sensitive: { readonly opslimit: number; readonly memlimit: number };
}

/** The `crypto_pwhash_*` constants both builds export under libsodium's names. */
export interface PwhashConstants {
  readonly crypto_pwhash_SALTBYTES: number;
  readonly crypto_pwhash_OPSLIMIT_MIN: number;
  readonly crypto_pwhash_OPSLIMIT_MAX: number;
  readonly crypto_pwhash_MEMLIMIT_MIN: number;
  readonly crypto_pwhash_MEMLIMIT_MAX: number;
  readonly crypto_pwhash_OPSLIMIT_INTERACTIVE: number;
  readonly crypto_pwhash_MEMLIMIT_INTERACTIVE: number;
  readonly crypto_pwhash_OPSLIMIT_MODERATE: number;
  readonly crypto_pwhash_MEMLIMIT_MODERATE: number;
  readonly crypto_pwhash_OPSLIMIT_SENSITIVE: number;
  readonly crypto_pwhash_MEMLIMIT_SENSITIVE: number;
}

export function pwhashLimitsOf(c: PwhashConstants): PwhashLimits {
  return {
    saltBytes: c.crypto_pwhash_SALTBYTES,
    opslimitMin: c.crypto_pwhash_OPSLIMIT_MIN,
    opslimitMax: c.crypto_pwhash_OPSLIMIT_MAX,
    memlimitMin: c.crypto_pwhash_MEMLIMIT_MIN,
    memlimitMax: c.crypto_pwhash_MEMLIMIT_MAX,
    interactive: {
      opslimit: c.crypto_pwhash_OPSLIMIT_INTERACTIVE,
      memlimit: c.crypto_pwhash_MEMLIMIT_INTERACTIVE,
    },
    moderate: { opslimit: c.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: c.crypto_pwhash_MEMLIMIT_MODERATE },
    sensitive: { opslimit: c.crypto_pwhash_OPSLIMIT_SENSITIVE, memlimit: c.crypto_pwhash_MEMLIMIT_SENSITIVE },
  };
}

/** libsodium's secretstream tags (`crypto_secretstream_xchacha20poly1305_TAG_*`). */
export const SECRETSTREAM_TAGS = { message: 0, push: 1, rekey: 2, final: 3 } as const;
export type SecretstreamTag = (typeof SECRETSTREAM_TAGS)[keyof typeof SECRETSTREAM_TAGS];

export const SECRETSTREAM_HEADER_BYTES = 24;
export const SECRETSTREAM_ABYTES = 17;

/** The sending side of one XChaCha20-Poly1305 secretstream. */
export interface SecretstreamPush {
  push(message: Uint8Array, tag: SecretstreamTag, ad: Uint8Array | undefined): Uint8Array;
}

/** The receiving side; `undefined` for a chunk that fails authentication (the state is unchanged). */
export interface SecretstreamPull {
  pull(
    ciphertext: Uint8Array,
    ad: Uint8Array | undefined,
  ): { readonly message: Uint8Array; readonly tag: number } | undefined;
}

export interface CryptoBackend {
  readonly name: BackendName;

  // Ed25519 signatures (`crypto_sign_*`) and the Ed25519 → X25519 conversions.
  signSeedKeypair(seed: Uint8Array): KeyPair;
  signDetached(message: Uint8Array, secretKey: Uint8Array): Uint8Array;
  verifyDetached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  /** `undefined` when the key is not a valid point of the main subgroup. */
  ed25519PkToX25519(publicKey: Uint8Array): Uint8Array | undefined;
  ed25519SkToX25519(secretKey: Uint8Array): Uint8Array;

  // X25519 (`crypto_scalarmult*`) and boxes (`crypto_box_*`, X25519 + XSalsa20-Poly1305).
  /** `undefined` for a small-order public key (an all-zero shared secret). */
  scalarmult(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined;
  scalarmultBase(secretKey: Uint8Array): Uint8Array;
  boxSeedKeypair(seed: Uint8Array): KeyPair;
  boxEasy(message: Uint8Array, nonce: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array;
  boxSeal(message: Uint8Array, publicKey: Uint8Array): Uint8Array;
  boxSealOpen(ciphertext: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array | undefined;

  // Ed25519 scalars mod L and points (`crypto_core_ed25519_*`, the non-clamping multiplications).
  scalarReduce(wide: Uint8Array): Uint8Array;
  scalarMul(a: Uint8Array, b: Uint8Array): Uint8Array;
  scalarAdd(a: Uint8Array, b: Uint8Array): Uint8Array;
  scalarNegate(a: Uint8Array): Uint8Array;
  /** `undefined` for an invalid or small-order point, or an identity product. */
  pointMul(scalar: Uint8Array, point: Uint8Array): Uint8Array | undefined;
  /** `undefined` for the zero scalar (mod L). */
  baseMul(scalar: Uint8Array): Uint8Array | undefined;
  /** `undefined` when either is not a valid point encoding. */
  pointAdd(p: Uint8Array, q: Uint8Array): Uint8Array | undefined;

  // Hashes: BLAKE2b (`crypto_generichash`, 1–64 bytes out, key 0–64 bytes) and SHA-512, both over
  // the concatenation of `parts`.
  blake2b(outputLength: number, parts: readonly Uint8Array[], key: Uint8Array | undefined): Uint8Array;
  sha512(parts: readonly Uint8Array[]): Uint8Array;

  // XChaCha20-Poly1305: single-shot IETF AEAD and secretstream.
  xchachaEncrypt(
    message: Uint8Array,
    ad: Uint8Array | undefined,
    nonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array;
  xchachaDecrypt(
    ciphertext: Uint8Array,
    ad: Uint8Array | undefined,
    nonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array | undefined;
  secretstreamPush(key: Uint8Array): { readonly header: Uint8Array; readonly stream: SecretstreamPush };
  secretstreamPull(header: Uint8Array, key: Uint8Array): SecretstreamPull;

  // Argon2id13 (`crypto_pwhash`). The native build runs it on libuv's thread pool, so a 0.5 s
  // derivation does not stall the core's event loop; the wasm build runs it in place.
  readonly pwhashLimits: PwhashLimits;
  argon2id(
    outputLength: number,
    password: Uint8Array,
    salt: Uint8Array,
    opslimit: number,
    memlimit: number,
  ): Promise<Uint8Array>;

  /** `randombytes_buf_deterministic`: the ChaCha20 stream of a 32-byte seed. */
  deterministicRandomBytes(length: number, seed: Uint8Array): Uint8Array;
  /** `sodium_memzero`: wipes in place. */
  memzero(bytes: Uint8Array): void;
}
