/**
 * The 64-byte little-endian product of two 32-byte little-endian numbers. sodium-native 5.1 binds
 * no `crypto_core_ed25519_scalar_mul`, so the native backend computes a·b here and reduces it mod L
 * with `crypto_core_ed25519_scalar_reduce`, which gives libsodium's result for any inputs (the
 * cross-backend test compares them). The scalars can be secret (group subaccount keys): the loops
 * have fixed bounds, no branch or index depends on a value, and the arithmetic runs on doubles held
 * in a Float64Array (16-bit limbs: every column sum stays below 2^37, exact in a double).
 */
const LIMBS = 16;

function limbs(bytes: Uint8Array, into: Float64Array): void {
  for (let i = 0; i < LIMBS; i++) into[i] = bytes[2 * i]! + bytes[2 * i + 1]! * 256;
}

export function wideProduct(a: Uint8Array, b: Uint8Array): Uint8Array {
  const x = new Float64Array(LIMBS);
  const y = new Float64Array(LIMBS);
  const columns = new Float64Array(2 * LIMBS);
  limbs(a, x);
  limbs(b, y);
  for (let i = 0; i < LIMBS; i++) {
    for (let j = 0; j < LIMBS; j++) columns[i + j]! += x[i]! * y[j]!;
  }
  const out = new Uint8Array(4 * LIMBS);
  let carry = 0;
  for (let k = 0; k < 2 * LIMBS; k++) {
    const v = columns[k]! + carry;
    const low = v % 65536;
    carry = (v - low) / 65536;
    out[2 * k] = low % 256;
    out[2 * k + 1] = (low - (low % 256)) / 256;
  }
  x.fill(0);
  y.fill(0);
  columns.fill(0);
  return out;
}
