import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToSessionWords, sessionWordsToBytes } from '../../../electron/core/crypto/mnemonic';
import {
  bip39FromSeed,
  decodePhrase,
  phraseFromSeed,
  seedFromPhrase,
} from '../../../electron/core/crypto/phrase';
import { PhraseError } from '../../../electron/core/crypto/phrase-error';
import { ENGLISH_WORDS } from '../../../electron/core/crypto/wordlists/english';

function onlyPhraseErrors(phrase: string): void {
  try {
    const { seed } = decodePhrase(phrase);
    expect(seed).toHaveLength(16);
  } catch (e) {
    if (!(e instanceof PhraseError)) throw e;
  }
}

const seed16 = fc.uint8Array({ minLength: 16, maxLength: 16 });
const listWord = fc.constantFrom(...ENGLISH_WORDS);

describe('phrase decoding properties', () => {
  it('round-trips every 16-byte seed in both forms', () => {
    fc.assert(
      fc.property(seed16, (seed) => {
        expect(seedFromPhrase(phraseFromSeed(seed))).toEqual(seed);
        expect(decodePhrase(bip39FromSeed(seed))).toEqual({ seed, form: 'bip39' });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips 4n-byte data with and without checksum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (n, checksum, stream) => {
          const data = Uint8Array.from(stream.take(n * 4));
          expect(sessionWordsToBytes(bytesToSessionWords(data, checksum))).toEqual(data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws only PhraseError on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), onlyPhraseErrors), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 120, unit: 'binary' }), onlyPhraseErrors), {
      numRuns: 1000,
    });
  });

  it('throws only PhraseError on 12–13 list words in any order', () => {
    fc.assert(
      fc.property(fc.array(listWord, { minLength: 12, maxLength: 13 }), (ws) => {
        onlyPhraseErrors(ws.join(' '));
      }),
      { numRuns: 1500 },
    );
  });

  it('throws only PhraseError on mutated valid phrases', () => {
    fc.assert(
      fc.property(
        seed16,
        fc.boolean(),
        fc.nat(),
        fc.oneof(fc.string({ maxLength: 12 }), listWord),
        (seed, useBip, pos, replacement) => {
          const ws = (useBip ? bip39FromSeed(seed) : phraseFromSeed(seed)).split(' ');
          ws[pos % ws.length] = replacement;
          onlyPhraseErrors(ws.join(' '));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
