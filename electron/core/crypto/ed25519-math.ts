import { expectBytes } from './crypto-error';
import { backend } from './sodium';

/**
 * Ed25519 scalar and point arithmetic (libsodium `crypto_core_ed25519_*` and the non-clamping
 * scalar multiplications) for constructions built on raw Ed25519, such as group subaccount keys
 * and their signatures. Scalars are 32 bytes little-endian modulo L; points are 32-byte encodings.
 */

/** A 64-byte hash reduced modulo L (`crypto_core_ed25519_scalar_reduce`). */
export function scalarReduce(wide: Uint8Array): Uint8Array {
  return backend().scalarReduce(expectBytes(wide, 64, 'A wide scalar'));
}

export function scalarMul(a: Uint8Array, b: Uint8Array): Uint8Array {
  return backend().scalarMul(expectBytes(a, 32, 'A scalar'), expectBytes(b, 32, 'A scalar'));
}

export function scalarAdd(a: Uint8Array, b: Uint8Array): Uint8Array {
  return backend().scalarAdd(expectBytes(a, 32, 'A scalar'), expectBytes(b, 32, 'A scalar'));
}

export function scalarNegate(a: Uint8Array): Uint8Array {
  return backend().scalarNegate(expectBytes(a, 32, 'A scalar'));
}

/**
 * `scalar · point` without clamping; undefined when the point is invalid or of small order or the
 * product is the identity — the cases where libsodium's function fails.
 */
export function pointMul(scalar: Uint8Array, point: Uint8Array): Uint8Array | undefined {
  expectBytes(scalar, 32, 'A scalar');
  if (!(point instanceof Uint8Array) || point.length !== 32) return undefined;
  return backend().pointMul(scalar, point);
}

/** `scalar · B` without clamping; undefined for the zero scalar. */
export function baseMul(scalar: Uint8Array): Uint8Array | undefined {
  expectBytes(scalar, 32, 'A scalar');
  return backend().baseMul(scalar);
}

/** `p + q`; undefined when either is not a valid point encoding. */
export function pointAdd(p: Uint8Array, q: Uint8Array): Uint8Array | undefined {
  if (!(p instanceof Uint8Array) || p.length !== 32 || !(q instanceof Uint8Array) || q.length !== 32) {
    return undefined;
  }
  return backend().pointAdd(p, q);
}

// GF(2^255 − 19), only for the Montgomery → Edwards map below (public values, so BigInt's
// variable time does not matter).
const P = (1n << 255n) - 19n;

function modPow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = base % P;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

/**
 * The Ed25519 public key with sign bit 0 that corresponds to an X25519 public key u, as XEdDSA
 * defines it: y = (u − 1) / (u + 1) mod p (libsession `xed25519::pubkey`). The top bit of u is
 * ignored and u need not be reduced, as in libsodium's field decoding.
 */
export function xed25519PublicKey(x25519PublicKey: Uint8Array): Uint8Array {
  const bytes = expectBytes(x25519PublicKey, 32, 'An X25519 public key');
  let u = 0n;
  for (let i = 31; i >= 0; i--) u = (u << 8n) | BigInt(bytes[i]!);
  u &= (1n << 255n) - 1n;
  u %= P;
  // Inverting 0 gives 0, as libsodium's fe25519_invert does (u = −1 maps to y = 0).
  const y = (((u - 1n + P) % P) * modPow((u + 1n) % P, P - 2n)) % P;
  const out = new Uint8Array(32);
  let v = y;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
