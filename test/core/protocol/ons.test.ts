import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, toBase64, utf8 } from '../../../electron/core/crypto/bytes';
import { ready, sodium } from '../../../electron/core/crypto/sodium';
import { OnsError, decryptOnsValue, encryptOnsValue, onsNameHash } from '../../../electron/core/protocol/ons';

beforeAll(async () => {
  await ready();
});

// libsession tests/test_session_encrypt.cpp "Session ONS response decryption".
const ciphertext = fromHex(
  '3575802dd9bfea72672a208840f37ca289ceade5d3ffacabe2d231f109d204329fc33e28c331580d9a8c9b8a64cacfec97',
);
const nonce = fromHex('00112233445566778899aabbccddeeff00ffeeddccbbaa99');
const sessionId = '05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72';

describe('ONS', () => {
  it('decrypts the libsession vector for "test"', () => {
    expect(decryptOnsValue('test', ciphertext, nonce)).toBe(sessionId);
    expect(decryptOnsValue('TeSt', ciphertext, nonce)).toBe(sessionId);
  });

  // libsession tests/test_session_encrypt.cpp "Session ONS response decryption": ciphertext_legacy,
  // decrypted with no nonce (Argon2id key, secretbox under a zero nonce). Slow by design (~1–4 s).
  it('decrypts the libsession legacy (no nonce) vector for "test"', () => {
    const legacy = fromHex(
      'dbd4bc89bd2c9e5322fd9f4cadcaa66a0c38f15d0c927a86cc36e895fe1f3c532a3958d972563f52ca858e94eec22dc360',
    );
    expect(decryptOnsValue('test', legacy)).toBe(sessionId);
    expect(decryptOnsValue('TEST', legacy, new Uint8Array(0))).toBe(sessionId);
    expect(decryptOnsValue('test', legacy, null)).toBe(sessionId);
    const broken = legacy.slice();
    broken[0]! ^= 1;
    expect(() => decryptOnsValue('test', broken)).toThrow(OnsError);
  }, 30_000);

  it('refuses legacy ciphertexts of the wrong size before deriving a key', () => {
    expect(() => decryptOnsValue('test', utf8('invalid'))).toThrow(OnsError);
    expect(() => decryptOnsValue('test', 'dbd4' as unknown as Uint8Array)).toThrow(OnsError);
  });

  it('rejects the libsession failure cases with typed errors', () => {
    expect(() => decryptOnsValue('test', utf8('invalid'), nonce)).toThrow(OnsError);
    expect(() => decryptOnsValue('test', ciphertext, utf8('invalid'))).toThrow(OnsError);
    expect(() => decryptOnsValue('other', ciphertext, nonce)).toThrow(OnsError);
  });

  it('name hash is base64 BLAKE2b-256 of the lower-case name', () => {
    expect(onsNameHash('TEST')).toBe(toBase64(sodium().crypto_generichash(32, utf8('test'), null)));
    expect(onsNameHash('test')).toHaveLength(44);
  });

  it('encrypt reproduces the vector with its nonce and round-trips with a random one', () => {
    const enc = encryptOnsValue('test', sessionId, nonce);
    expect(Buffer.from(enc.ciphertext).equals(Buffer.from(ciphertext))).toBe(true);
    const fresh = encryptOnsValue('Alice', sessionId);
    expect(decryptOnsValue('alice', fresh.ciphertext, fresh.nonce)).toBe(sessionId);
    expect(() => encryptOnsValue('x', '03' + sessionId.slice(2))).toThrow(OnsError);
  });

  it('fuzz: random ciphertext/nonce only throws OnsError', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uint8Array({ maxLength: 60 }),
        // Non-empty: an empty nonce selects the (deliberately slow) legacy derivation.
        fc.uint8Array({ minLength: 1, maxLength: 30 }),
        (name, ct, n) => {
          try {
            decryptOnsValue(name, ct, n);
          } catch (e) {
            expect(e).toBeInstanceOf(OnsError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('fuzz: legacy (no nonce) inputs of the wrong size only throw OnsError', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uint8Array({ maxLength: 80 }).filter((ct) => ct.length !== 49),
        (name, ct) => {
          try {
            decryptOnsValue(name, ct);
          } catch (e) {
            expect(e).toBeInstanceOf(OnsError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
