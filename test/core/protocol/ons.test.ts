import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fromHex, toBase64, utf8 } from '../../../electron/core/crypto/bytes';
import { blake2b } from '../../../electron/core/crypto/hash';
import { backend, ready } from '../../../electron/core/crypto/sodium';
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
  // the pre-HF16 form (no nonce; Argon2id key over the name). Issue 11 item 9: decoding it cost a
  // 256 MiB Argon2id run on the core thread whenever a reply left the nonce out. Like Session
  // Desktop 1.17.17 (onsResolve.ts) we refuse it, at once and without deriving any key.
  it('refuses the libsession legacy (no nonce) vector without running Argon2id', () => {
    const legacy = fromHex(
      'dbd4bc89bd2c9e5322fd9f4cadcaa66a0c38f15d0c927a86cc36e895fe1f3c532a3958d972563f52ca858e94eec22dc360',
    );
    const pwhash = vi.spyOn(backend(), 'argon2id');
    try {
      for (const n of [undefined, null, new Uint8Array(0)]) {
        expect(() => decryptOnsValue('test', legacy, n)).toThrow(
          expect.objectContaining({ name: 'OnsError', code: 'legacy' }),
        );
      }
      expect(() => decryptOnsValue('test', utf8('invalid'))).toThrow(
        expect.objectContaining({ code: 'legacy' }),
      );
      // The core goes on answering: the next, modern lookup decodes at once.
      expect(decryptOnsValue('test', ciphertext, nonce)).toBe(sessionId);
      expect(pwhash).not.toHaveBeenCalled();
    } finally {
      pwhash.mockRestore();
    }
  });

  it('rejects the libsession failure cases with typed errors', () => {
    expect(() => decryptOnsValue('test', utf8('invalid'), nonce)).toThrow(OnsError);
    expect(() => decryptOnsValue('test', ciphertext, utf8('invalid'))).toThrow(OnsError);
    expect(() => decryptOnsValue('other', ciphertext, nonce)).toThrow(OnsError);
  });

  it('name hash is base64 BLAKE2b-256 of the lower-case name', () => {
    expect(onsNameHash('TEST')).toBe(toBase64(blake2b(32, utf8('test'))));
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
        // Non-empty: an empty nonce is the legacy form (its own test above).
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

  it('fuzz: any reply without a nonce is refused as legacy', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.uint8Array({ maxLength: 80 }), (name, ct) => {
        expect(() => decryptOnsValue(name, ct)).toThrow(expect.objectContaining({ code: 'legacy' }));
      }),
      { numRuns: 500 },
    );
  });
});
