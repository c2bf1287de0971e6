import { createCipheriv } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { xchachaDecrypt, xchachaEncrypt } from '../../../electron/core/crypto/aead';
import { argon2id, argon2idLimits } from '../../../electron/core/crypto/argon2id';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import {
  baseMul,
  pointAdd,
  pointMul,
  scalarAdd,
  scalarMul,
  scalarNegate,
  scalarReduce,
} from '../../../electron/core/crypto/ed25519-math';
import { memzero } from '../../../electron/core/crypto/memzero';
import { deterministicRandomBytes } from '../../../electron/core/crypto/random';
import { backend, ready } from '../../../electron/core/crypto/sodium';

/**
 * Known answers for the primitives the older crypto tests do not reach, run against whichever
 * backend this project selected (`node`: sodium-native; `crypto-wasm`: libsodium-wrappers-sumo).
 */
beforeAll(async () => {
  await ready();
});

describe('XChaCha20-Poly1305 with associated data', () => {
  // draft-irtf-cfrg-xchacha-03 §A.3.1 (also libsodium test/default/aead_xchacha20poly1305.c).
  const key = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const nonce = Uint8Array.from({ length: 24 }, (_, i) => 0x40 + i);
  const ad = fromHex('50515253c0c1c2c3c4c5c6c7');
  const plaintext = utf8(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const expected =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39' +
    'ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e' +
    'c0875924c1c7987947deafd8780acf49';

  it('matches the draft vector and opens only with the same associated data', () => {
    const c = xchachaEncrypt(key, nonce, plaintext, ad);
    expect(toHex(c)).toBe(expected);
    expect(xchachaDecrypt(key, nonce, c, ad)).toEqual(plaintext);
    expect(xchachaDecrypt(key, nonce, c)).toBeUndefined();
    expect(xchachaDecrypt(key, nonce, c, fromHex('50515253c0c1c2c3c4c5c6c8'))).toBeUndefined();
    expect(() => xchachaEncrypt(key, nonce, plaintext, 'ad' as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ name: 'CryptoError', code: 'input' }),
    );
  });
});

describe('Argon2id', () => {
  // libsodium test/default/pwhash_argon2id.c, tv() case 0 (salt: the first 16 bytes of its hex),
  // expected output: the first line of pwhash_argon2id.exp.
  const password = fromHex(
    'a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a5a95073acdbeb6a030cf' +
      'c0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f58d220b20c60d7c07' +
      'ec1fd93c52c31020300c6c1facd77937a597c7a6',
  );
  const salt = fromHex('5541fbc995d5c197ba290346d2c559de');
  const expected =
    '18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f0939741e57c24d0' +
    '005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2bea47f91f0fd9fe49ece7e1' +
    'f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a0700e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1';

  it('derives the libsodium known answer', async () => {
    const out = await argon2id(155, password, salt, { opslimit: 5, memlimit: 7_256_678 });
    expect(toHex(out)).toBe(expected);
  });

  it("reports libsodium's named costs", async () => {
    const l = await argon2idLimits();
    expect(l.saltBytes).toBe(16);
    expect(l.interactive).toEqual({ opslimit: 2, memlimit: 64 * 2 ** 20 });
    expect(l.moderate).toEqual({ opslimit: 3, memlimit: 256 * 2 ** 20 });
    expect(l.sensitive).toEqual({ opslimit: 4, memlimit: 2 ** 30 });
    expect(l.opslimitMin).toBe(1);
    expect(l.memlimitMin).toBe(8192);
    expect(l.memlimitMax).toBeGreaterThanOrEqual(2 ** 31);
    expect(l.opslimitMax).toBe(0xffff_ffff);
  });

  it('refuses bad input with CryptoError("input") before deriving anything', async () => {
    const cost = { opslimit: 1, memlimit: 8192 };
    for (const call of [
      () => argon2id(32, password, salt.subarray(1), cost),
      () => argon2id(15, password, salt, cost),
      () => argon2id(32, 'pw' as unknown as Uint8Array, salt, cost),
      () => argon2id(32, password, salt, { opslimit: 0, memlimit: 8192 }),
      () => argon2id(32, password, salt, { opslimit: 1, memlimit: 8191 }),
      () => argon2id(32, password, salt, { opslimit: 1.5, memlimit: 8192 }),
    ]) {
      await expect(call()).rejects.toMatchObject({ name: 'CryptoError', code: 'input' });
    }
  });
});

describe('Ed25519 scalar arithmetic', () => {
  const L = (1n << 252n) + 27742317777372353535851937790883648493n;
  const toBig = (b: Uint8Array) => b.reduceRight((acc, v) => (acc << 8n) | BigInt(v), 0n);
  const fromBig = (v: bigint, n = 32) =>
    Uint8Array.from({ length: n }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn));
  const edges = [0n, 1n, 2n, L - 1n, L, L + 1n, (1n << 255n) - 19n, (1n << 256n) - 1n];

  it('multiplies, adds and negates mod L for edge values (libsodium accepts unreduced input)', () => {
    for (const a of edges) {
      for (const b of edges) {
        expect(toBig(scalarMul(fromBig(a), fromBig(b)))).toBe((a * b) % L);
      }
      expect(toBig(scalarNegate(fromBig(a % L)))).toBe((L - (a % L)) % L);
      expect(toBig(scalarAdd(fromBig(a % L), fromBig(L - 1n)))).toBe((a + L - 1n) % L);
    }
    expect(toBig(scalarReduce(fromBig((1n << 512n) - 1n, 64)))).toBe(((1n << 512n) - 1n) % L);
  });

  it('keeps (a·b)·B = a·(b·B) and aB + bB = (a+b)B', () => {
    const a = scalarReduce(new Uint8Array(64).fill(7));
    const b = scalarReduce(new Uint8Array(64).fill(200));
    const bB = baseMul(b)!;
    expect(toHex(baseMul(scalarMul(a, b))!)).toBe(toHex(pointMul(a, bB)!));
    expect(toHex(pointAdd(baseMul(a)!, bB)!)).toBe(toHex(baseMul(scalarAdd(a, b))!));
    expect(baseMul(new Uint8Array(32))).toBeUndefined();
    // y = 2 encodes no point of the curve (x² would be a non-square).
    const offCurve = fromBig(2n);
    expect(pointMul(a, offCurve)).toBeUndefined();
    expect(pointAdd(bB, offCurve)).toBeUndefined();
  });
});

describe('deterministic random bytes and memzero', () => {
  it('randombytes_buf_deterministic is the ChaCha20-IETF keystream of the seed', () => {
    // libsodium randombytes.c defines it as crypto_stream_chacha20_ietf under the seed with the
    // nonce "LibsodiumDRG"; OpenSSL's ChaCha20 (IV = 32-bit counter 0 ‖ nonce) computes it
    // independently. libsession's Keys junk padding needs exactly this stream.
    const seed = Uint8Array.from({ length: 32 }, (_, i) => i);
    const iv = Buffer.concat([Buffer.alloc(4), Buffer.from('LibsodiumDRG')]);
    const keystream = createCipheriv('chacha20', seed, iv).update(Buffer.alloc(1000));
    expect(toHex(deterministicRandomBytes(1000, seed))).toBe(keystream.toString('hex'));
    expect(toHex(deterministicRandomBytes(7, seed))).toBe(keystream.subarray(0, 7).toString('hex'));
  });

  it('memzero wipes in place', () => {
    const secret = new Uint8Array(40).fill(0xaa);
    memzero(secret.subarray(8, 24));
    expect([...secret.subarray(0, 8)].every((b) => b === 0xaa)).toBe(true);
    expect([...secret.subarray(8, 24)].every((b) => b === 0)).toBe(true);
    expect([...secret.subarray(24)].every((b) => b === 0xaa)).toBe(true);
    expect(() => memzero([1, 2] as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
  });

  it('runs on the backend this project selected', () => {
    expect(backend().name).toBe(process.env['SHALLOT_CRYPTO'] === 'wasm' ? 'wasm' : 'native');
  });
});
