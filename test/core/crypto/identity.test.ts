import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { CryptoError } from '../../../electron/core/crypto/crypto-error';
import { identityFromSeed } from '../../../electron/core/crypto/identity';
import { seedFromPhrase } from '../../../electron/core/crypto/phrase';
import { backend, ready } from '../../../electron/core/crypto/sodium';

beforeAll(ready);

describe('identity from seed (protocol reference §1–§2)', () => {
  it('derives the reference-table identities from recovery phrases', () => {
    const a = identityFromSeed(
      seedFromPhrase('amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed faxed'),
    );
    expect(toHex(a.ed25519.publicKey)).toBe(
      '65adc5bfb14b5363f1b50e63a431f6fe08ff5d4e8d362c1e3d4c56c9d044bfb0',
    );
    expect(a.sessionId).toBe('05ca03b8e369aeeb69fd260c2957d37b232db17a60db7a39bca9f0c0a6be135c1a');

    const b = identityFromSeed(
      seedFromPhrase('vexed enjoy pigment films adept voted vexed enjoy pigment films adept voted adept'),
    );
    // libsession tests/test_session_encrypt.cpp: seed 0123…cdef ‖ 0*16.
    expect(toHex(b.ed25519.publicKey)).toBe(
      '4cb76fdc6d32278e3f83dbf608360ecc6b65727934b85d2fb86862ff98c46ab7',
    );
    expect(b.sessionId).toBe('05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72');
    expect(toHex(b.x25519.secretKey)).toBe(
      'c066ce44b14d551ee69dbcd631c061d17655b374f5d54e4f1ea9e3718638956b',
    );
    expect(toHex(b.ed25519.secretKey)).toBe(
      `0123456789abcdef0123456789abcdef${'0'.repeat(32)}${toHex(b.ed25519.publicKey)}`,
    );
  });

  it('treats a 16-byte seed as the 32-byte seed right-padded with zeros', () => {
    const s16 = fromHex('00112233445566778899aabbccddeeff');
    const s32 = fromHex(`00112233445566778899aabbccddeeff${'0'.repeat(32)}`);
    const a = identityFromSeed(s16);
    expect(identityFromSeed(s32)).toEqual(a);
    // libsession tests/test_session_encrypt.cpp, second account.
    expect(toHex(a.ed25519.publicKey)).toBe(
      '5ea34e72bb044654a6a23675690ef5ffaaf1656b02f93fb76655f9cbdbe89876',
    );
    expect(a.sessionId).toBe('05aa654f00fc39fc69fd0db829410ca38177d7732a8d2f0934ab3872ac56d5aa74');
    expect(s16).toEqual(fromHex('00112233445566778899aabbccddeeff'));
  });

  it('rejects other seed lengths and types with CryptoError', () => {
    const code = (seed: unknown): string => {
      try {
        identityFromSeed(seed as Uint8Array);
      } catch (e) {
        expect(e).toBeInstanceOf(CryptoError);
        return (e as CryptoError).code;
      }
      return 'accepted';
    };
    expect(code(new Uint8Array(31))).toBe('seed-length');
    expect(code(new Uint8Array(64))).toBe('seed-length');
    expect(code('0123456789abcdef0123456789abcde')).toBe('input'); // odd length
    expect(code('zz23456789abcdef0123456789abcdef')).toBe('input');
    expect(code('0123456789abcdef0123456789abcd')).toBe('seed-length'); // 15 bytes of hex
    expect(code(Array.from(new Uint8Array(16)))).toBe('input');
    expect(code(new Uint16Array(16))).toBe('input');
    expect(code(undefined)).toBe('input');
  });

  // The documented convenience (facade header): the libsession test seeds as hex text give the
  // same identity as their bytes (tests/test_session_encrypt.cpp seed 0123…cdef → 05d2ad01…).
  it('accepts the seed as 32 or 64 hex characters', () => {
    const sid = '05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72';
    expect(identityFromSeed('0123456789abcdef0123456789abcdef').sessionId).toBe(sid);
    expect(identityFromSeed('0123456789ABCDEF0123456789ABCDEF').sessionId).toBe(sid);
    expect(identityFromSeed('0123456789abcdef0123456789abcdef' + '0'.repeat(32)).sessionId).toBe(sid);
  });
});

describe('libsession key vectors', () => {
  // tests/test_ed25519.cpp: 4cb76fdc… and 5ea34e72… used as Ed25519 *seeds*.
  it('derives Ed25519 keys and the "hello" signature', () => {
    const s = backend();
    const kp1 = s.signSeedKeypair(
      fromHex('4cb76fdc6d32278e3f83dbf608360ecc6b65727934b85d2fb86862ff98c46ab7'),
    );
    expect(toHex(kp1.publicKey)).toBe('8862834829a87e0afadfed763fa8785e893dbde7f2c001ff1071aa55005c347f');
    const kp2 = identityFromSeed(fromHex('5ea34e72bb044654a6a23675690ef5ffaaf1656b02f93fb76655f9cbdbe89876'));
    expect(toHex(kp2.ed25519.publicKey)).toBe(
      'cd83ca3d13ad8a954d5011aa7861abe3a29ac25b70c4ed5234aff74d34ef5786',
    );
    const sig = s.signDetached(utf8('hello'), kp1.secretKey);
    expect(toHex(sig)).toBe(
      'e03b6e87a53d83f202f2501e9b52193dbe4a64c6503f88244948dee5327185011574589aa7b59bc9757f9b9c31b7be9c9212b92ac7c81e029ee21c338ee12405',
    );
    expect(s.verifyDetached(sig, utf8('hello'), kp1.publicKey)).toBe(true);
  });

  // tests/test_curve25519.cpp
  it('converts Ed25519 keys to X25519', () => {
    const s = backend();
    const pk = (hex: string) => toHex(s.ed25519PkToX25519(fromHex(hex))!);
    const sk = (hex: string) => toHex(s.ed25519SkToX25519(fromHex(hex)));
    expect(pk('4cb76fdc6d32278e3f83dbf608360ecc6b65727934b85d2fb86862ff98c46ab7')).toBe(
      'd2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72',
    );
    expect(pk('5ea34e72bb044654a6a23675690ef5ffaaf1656b02f93fb76655f9cbdbe89876')).toBe(
      'aa654f00fc39fc69fd0db829410ca38177d7732a8d2f0934ab3872ac56d5aa74',
    );
    expect(
      sk(
        '4cb76fdc6d32278e3f83dbf608360ecc6b65727934b85d2fb86862ff98c46ab7' +
          '8862834829a87e0afadfed763fa8785e893dbde7f2c001ff1071aa55005c347f',
      ),
    ).toBe('207e5d97e761300f96c10adc11efdd6d5c15188a9a7682ec05b30ca017e9b447');
    expect(
      sk(
        '5ea34e72bb044654a6a23675690ef5ffaaf1656b02f93fb76655f9cbdbe89876' +
          'cd83ca3d13ad8a954d5011aa7861abe3a29ac25b70c4ed5234aff74d34ef5786',
      ),
    ).toBe('904943eff27142a8e5cd37c84e2437c9979a560b044bf9a65a8d644b325fe56a');
  });

  // tests/test_xed25519.cpp: the Ed25519 halves of its two 64-byte secret keys.
  it('converts the XEd25519 test keys', () => {
    const s = backend();
    expect(
      toHex(
        s.ed25519PkToX25519(fromHex('f4ef873908f6a5377ba3853f0e2fa326eed9e741edf9f7d0311a3ecc66a57b32'))!,
      ),
    ).toBe('fe94b7ad4b7f1cc1bb92671f1f0d243f226e115b33770465e82b503fc3e96e1f');
    expect(
      toHex(
        s.ed25519PkToX25519(fromHex('3570b69a47dc094544c1c5089c40414bbda1ffdde8aab2617fe937ee74a5ee81'))!,
      ),
    ).toBe('05c9a9bf178fa644d44bebf628716dc7f2df3d0842e97881962c723699152073');
  });
});
