/**
 * BLAKE2b (RFC 7693) with a salt, which the file server's ids need and the libsodium JS build does
 * not expose for hashing a message. 64-bit words are kept as (high, low) 32-bit pairs.
 */
const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a, 0xade682d1,
  0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// v and m hold 16 words each as [lo, hi] pairs at 2i, 2i+1.
const v = new Uint32Array(32);
const m = new Uint32Array(32);

function add64(a: number, b: number): void {
  const lo = v[a]! + v[b]!;
  v[a + 1] = v[a + 1]! + v[b + 1]! + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}

function addM(a: number, x: number): void {
  const lo = v[a]! + m[x]!;
  v[a + 1] = v[a + 1]! + m[x + 1]! + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}

function xorRot(a: number, b: number, r: number): void {
  const xlo = v[a]! ^ v[b]!;
  const xhi = v[a + 1]! ^ v[b + 1]!;
  if (r === 32) {
    v[a] = xhi;
    v[a + 1] = xlo;
  } else if (r < 32) {
    v[a] = (xlo >>> r) | (xhi << (32 - r));
    v[a + 1] = (xhi >>> r) | (xlo << (32 - r));
  } else {
    const s = r - 32;
    v[a] = (xhi >>> s) | (xlo << (32 - s));
    v[a + 1] = (xlo >>> s) | (xhi << (32 - s));
  }
}

function g(a: number, b: number, c: number, d: number, x: number, y: number): void {
  add64(a, b);
  addM(a, x);
  xorRot(d, a, 32);
  add64(c, d);
  xorRot(b, c, 24);
  add64(a, b);
  addM(a, y);
  xorRot(d, a, 16);
  add64(c, d);
  xorRot(b, c, 63);
}

function compress(h: Uint32Array, block: Uint8Array, t: number, last: boolean): void {
  for (let i = 0; i < 16; i++) {
    v[2 * i] = i < 8 ? h[2 * i]! : IV[2 * (i - 8)]!;
    v[2 * i + 1] = i < 8 ? h[2 * i + 1]! : IV[2 * (i - 8) + 1]!;
  }
  v[24] = v[24]! ^ t;
  v[25] = v[25]! ^ Math.floor(t / 0x100000000);
  if (last) {
    v[28] = ~v[28]!;
    v[29] = ~v[29]!;
  }
  for (let i = 0; i < 32; i++) {
    m[i] = block[4 * i]! | (block[4 * i + 1]! << 8) | (block[4 * i + 2]! << 16) | (block[4 * i + 3]! << 24);
  }
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10]!;
    g(0, 8, 16, 24, s[0]! * 2, s[1]! * 2);
    g(2, 10, 18, 26, s[2]! * 2, s[3]! * 2);
    g(4, 12, 20, 28, s[4]! * 2, s[5]! * 2);
    g(6, 14, 22, 30, s[6]! * 2, s[7]! * 2);
    g(0, 10, 20, 30, s[8]! * 2, s[9]! * 2);
    g(2, 12, 22, 24, s[10]! * 2, s[11]! * 2);
    g(4, 14, 16, 26, s[12]! * 2, s[13]! * 2);
    g(6, 8, 18, 28, s[14]! * 2, s[15]! * 2);
  }
  for (let i = 0; i < 16; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 16]!;
}

/** Unkeyed BLAKE2b of `data` with a 16-byte `salt` and `outLen` (1…64) output bytes. */
export function blake2bSalted(data: Uint8Array, outLen: number, salt: Uint8Array): Uint8Array {
  if (!Number.isInteger(outLen) || outLen < 1 || outLen > 64 || salt.length !== 16)
    throw new RangeError('bad blake2b params');
  const h = new Uint32Array(IV);
  h[0] = h[0]! ^ (0x01010000 | outLen);
  const word = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
  // Parameter block bytes 32…47 (the salt) land on words 4 and 5.
  for (let i = 0; i < 4; i++) h[8 + i] = h[8 + i]! ^ word(salt, 4 * i);
  const block = new Uint8Array(128);
  let offset = 0;
  let t = 0;
  while (data.length - offset > 128) {
    t += 128;
    compress(h, data.subarray(offset, offset + 128), t, false);
    offset += 128;
  }
  block.fill(0);
  block.set(data.subarray(offset));
  t += data.length - offset;
  compress(h, block, t, true);
  const out = new Uint8Array(outLen);
  for (let i = 0; i < outLen; i++) out[i] = (h[i >> 2]! >>> (8 * (i & 3))) & 0xff;
  return out;
}
