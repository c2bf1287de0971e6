import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../electron/core/crypto/bytes';
import { bytesToSessionWords, sessionWordsToBytes } from '../../../electron/core/crypto/mnemonic';
import {
  bip39FromSeed,
  decodePhrase,
  phraseFromSeed,
  seedFromPhrase,
} from '../../../electron/core/crypto/phrase';
import { CryptoError } from '../../../electron/core/crypto/crypto-error';
import { PhraseError } from '../../../electron/core/crypto/phrase-error';
import { ENGLISH_WORDS } from '../../../electron/core/crypto/wordlists/english';

// Vectors from session-foundation/libsession-util tests/test_mnemonics.cpp, and the protocol
// reference §1 table (vexed… row).
const AMAZE = 'amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed faxed';
const AMAZE_25 =
  'amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed update vague ' +
  'zinger boxes ornament renting glass gained island nabbing afield calamity boxes';
const SEED_64 =
  '0dd5d9bc3d68c25a396f4aacd922a4d620a19cf3c9054cb825dd8a2c5420f4f3' +
  'ca314c582ffef5388df36e2546cc9103dd1776a634f676e1e631289b8d280b2e';
const WORDS_48 = [
  'threaten', 'efficient', 'wives', 'skirting', 'repent', 'ashtray',
  'rural', 'ammo', 'reunion', 'yoyo', 'already', 'tucks',
  'attire', 'waxing', 'uphill', 'template', 'ghetto', 'anxiety',
  'utensils', 'newt', 'safety', 'paper', 'quote', 'pebbles',
  'album', 'gnaw', 'puppy', 'tidy', 'foxes', 'menu',
  'evenings', 'spying', 'wallets', 'plotting', 'fuselage', 'geometry',
  'toilet', 'cylinder', 'swagger', 'eels', 'when', 'tether',
  'cowl', 'saga', 'gossip', 'vats', 'bias', 'federal',
]; // prettier-ignore

function phraseError(f: () => unknown): PhraseError {
  try {
    f();
  } catch (e) {
    if (e instanceof PhraseError) return e;
    throw e;
  }
  throw new Error('expected a PhraseError');
}

function words(p: string): string[] {
  return p.split(' ');
}

describe('Session mnemonic: upstream vectors', () => {
  it('encodes 000102…0f as the 13-word upstream phrase and back', () => {
    const seed = fromHex('000102030405060708090a0b0c0d0e0f');
    expect(phraseFromSeed(seed)).toBe(AMAZE);
    expect(toHex(seedFromPhrase(AMAZE))).toBe('000102030405060708090a0b0c0d0e0f');
  });

  it('encodes the all-zero seed as 13 × abbey', () => {
    expect(phraseFromSeed(new Uint8Array(16))).toBe(Array(13).fill('abbey').join(' '));
    expect(seedFromPhrase(Array(13).fill('abbey').join(' '))).toEqual(new Uint8Array(16));
  });

  it('encodes the reference-table seed 0123…cdef', () => {
    const p = 'vexed enjoy pigment films adept voted vexed enjoy pigment films adept voted adept';
    expect(phraseFromSeed(fromHex('0123456789abcdef0123456789abcdef'))).toBe(p);
    expect(toHex(seedFromPhrase(p))).toBe('0123456789abcdef0123456789abcdef');
  });

  it('handles the 25-word form of a 32-byte seed (checksum = word 15)', () => {
    const seed = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    expect(bytesToSessionWords(seed).join(' ')).toBe(AMAZE_25);
    expect(toHex(sessionWordsToBytes(words(AMAZE_25)))).toBe(toHex(seed));
  });

  it('handles the 48-word no-checksum form of a 64-byte seed', () => {
    expect(createHash('sha512').update('libsession-util mnemonic test vector').digest('hex')).toBe(SEED_64);
    expect(bytesToSessionWords(fromHex(SEED_64), false)).toEqual(WORDS_48);
    expect(toHex(sessionWordsToBytes(WORDS_48))).toBe(SEED_64);
  });

  it('maps 01 02 03 04 to word indices 967, 84, 109', () => {
    // test_mnemonics.cpp uses this input for its case/prefix checks (round trip only). Its comment
    // claims indices 1443/180/205, but 0x04030201 mod 1626 is 967; the 13/25/48-word vectors
    // above pin the algorithm, these indices are recomputed by hand from §1.
    const w = bytesToSessionWords(fromHex('01020304'), false);
    expect(w).toEqual([ENGLISH_WORDS[967], ENGLISH_WORDS[84], ENGLISH_WORDS[109]]);
    expect(toHex(sessionWordsToBytes(w.map((x) => x.toUpperCase())))).toBe('01020304');
    expect(toHex(sessionWordsToBytes(w.map((x) => x.slice(0, 3))))).toBe('01020304');
    expect(toHex(sessionWordsToBytes(w.map((x) => `${x.slice(0, 3)}xyz`)))).toBe('01020304');
  });

  it('round-trips ffff…ff', () => {
    const seed = fromHex('ffffffffffffffffffffffffffffffff');
    expect(seedFromPhrase(phraseFromSeed(seed))).toEqual(seed);
  });
});

describe('Session mnemonic: tolerant input', () => {
  const seed = '000102030405060708090a0b0c0d0e0f';

  it('accepts 3-letter prefixes and typos after the third letter', () => {
    expect(toHex(seedFromPhrase('ama buf cak ent sym tig lam maz nes pyt dus fax fax'))).toBe(seed);
    const typos =
      'amazing buffalo cakewalk entropy symbol tigger lambda mazurka nestling pythons dustpan faxing faxing';
    expect(toHex(seedFromPhrase(typos))).toBe(seed);
    expect(toHex(seedFromPhrase(AMAZE.replace(/faxed$/, 'faxidermy')))).toBe(seed);
  });

  it('trims, collapses whitespace and ignores case', () => {
    const messy = `\n  ${words(AMAZE).join(' \t ').toUpperCase()}  \r\n`;
    expect(toHex(seedFromPhrase(messy))).toBe(seed);
  });

  it('normalises to NFC before matching', () => {
    // A decomposed character past the prefix must not disturb the match.
    const decomposed = AMAZE.replace('amaze', 'amaze\u0301');
    expect(toHex(seedFromPhrase(decomposed))).toBe(seed);
  });
});

describe('Session mnemonic: rejection', () => {
  it('rejects a wrong checksum word, transposed words and an altered word', () => {
    expect(phraseError(() => seedFromPhrase(AMAZE.replace(/faxed$/, 'amaze'))).code).toBe('checksum');
    const w = words(AMAZE);
    [w[0], w[1]] = [w[1]!, w[0]!];
    expect(phraseError(() => seedFromPhrase(w.join(' '))).code).toBe('checksum');
    expect(
      phraseError(() => seedFromPhrase(AMAZE.replace('dusted faxed faxed', 'dusted gagged faxed'))).code,
    ).toBe('checksum');
  });

  it('reports an unknown word with its 1-based position and the word, not in the message', () => {
    const e = phraseError(() => seedFromPhrase(AMAZE.replace(/faxed$/, 'zzzzz')));
    expect(e.code).toBe('unknown-word');
    expect(e.position).toBe(13);
    expect(e.word).toBe('zzzzz');
    expect(e.message).not.toContain('zzzzz');
    const e2 = phraseError(() => seedFromPhrase(AMAZE.replace('cake', 'Qqqq')));
    expect([e2.position, e2.word]).toEqual([3, 'qqqq']);
  });

  it('rejects the overflowing triple abbey abbey zoom as invalid', () => {
    expect(phraseError(() => sessionWordsToBytes(['abbey', 'abbey', 'zoom'])).code).toBe('invalid');
    const p = ['abbey', 'abbey', 'zoom', ...Array<string>(9).fill('abbey')];
    expect(phraseError(() => sessionWordsToBytes([...p, 'abbey'])).code).toBe('invalid');
    // libsession src/mnemonics/mnemonics.cpp decodes group by group and reads the checksum word
    // last, so an overflowing first group is reported before an unknown later word.
    expect(phraseError(() => sessionWordsToBytes([...p, 'qqqq'])).code).toBe('invalid');
    const later = ['abbey', 'abbey', 'zoom', 'qqqq', 'abbey', 'abbey'];
    expect(phraseError(() => sessionWordsToBytes(later)).code).toBe('invalid');
  });

  it('rejects wrong word counts', () => {
    for (const n of [0, 1, 11, 14, 24, 25]) {
      const e = phraseError(() => seedFromPhrase(Array(n).fill('abbey').join(' ')));
      expect(e.code).toBe('word-count');
    }
    expect(phraseError(() => sessionWordsToBytes(['abbey', 'abbey'])).code).toBe('word-count');
  });
});

describe('BIP39 form of the same seed', () => {
  const seed = fromHex('000102030405060708090a0b0c0d0e0f');

  it('encodes and decodes the BIP39 reference vector', () => {
    // Trezor's BIP39 vector for 00000000…: "abandon × 11 about".
    expect(bip39FromSeed(new Uint8Array(16))).toBe(`${'abandon '.repeat(11)}about`);
    const phrase = bip39FromSeed(seed);
    expect(decodePhrase(phrase)).toEqual({ seed, form: 'bip39' });
    expect(decodePhrase(phrase.toUpperCase()).form).toBe('bip39');
    expect(decodePhrase(AMAZE)).toEqual({ seed, form: 'session' });
  });

  it('classifies failing 12-word input', () => {
    // Session phrase without its checksum word.
    const missing = words(AMAZE).slice(0, 12).join(' ');
    expect(phraseError(() => seedFromPhrase(missing)).code).toBe('word-count');
    // BIP39 words with a broken checksum.
    const bad = `${'abandon '.repeat(11)}abandon`;
    expect(phraseError(() => seedFromPhrase(bad)).code).toBe('checksum');
    // A BIP39 phrase with a typo: reported against the BIP39 list.
    const typo = bip39FromSeed(seed).split(' ');
    typo[4] = 'notaword';
    const e = phraseError(() => seedFromPhrase(typo.join(' ')));
    expect([e.code, e.position]).toEqual(['unknown-word', 5]);
    // Mostly Session words with one stranger.
    const sess = words(AMAZE).slice(0, 12);
    sess[6] = 'qqqq';
    const e2 = phraseError(() => seedFromPhrase(sess.join(' ')));
    expect([e2.code, e2.position]).toEqual(['unknown-word', 7]);
  });

  it('rejects seeds that are not 16 bytes (caller bug)', () => {
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CryptoError);
        return (e as CryptoError).code;
      }
      return 'accepted';
    };
    expect(code(() => phraseFromSeed(new Uint8Array(15)))).toBe('seed-length');
    expect(code(() => bip39FromSeed(new Uint8Array(32)))).toBe('seed-length');
    expect(code(() => phraseFromSeed('000102030405060708090a0b0c0d0e0f' as unknown as Uint8Array))).toBe(
      'input',
    );
    expect(code(() => bip39FromSeed(Array.from(new Uint8Array(16)) as unknown as Uint8Array))).toBe('input');
    expect(code(() => bytesToSessionWords(new Uint8Array(15)))).toBe('seed-length');
    expect(code(() => bytesToSessionWords(new Uint8Array(0)))).toBe('seed-length');
    expect(code(() => bytesToSessionWords('abcd' as unknown as Uint8Array))).toBe('input');
    expect(code(() => decodePhrase(42 as unknown as string))).toBe('input');
    expect(code(() => sessionWordsToBytes([1, 2, 3] as unknown as string[]))).toBe('input');
  });

  // libsession src/mnemonics/mnemonics.cpp words_to_bytes: zero words (a multiple of 3, no
  // checksum) decode to zero bytes; bytes_to_words of no bytes without a checksum gives no words.
  it('maps no words to no bytes and back, as upstream', () => {
    expect(sessionWordsToBytes([])).toEqual(new Uint8Array(0));
    expect(bytesToSessionWords(new Uint8Array(0), false)).toEqual([]);
  });
});
