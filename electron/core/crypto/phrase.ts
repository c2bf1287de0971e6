import * as bip39 from 'bip39';
import { toHex } from './bytes';
import { CryptoError } from './crypto-error';
import { bytesToSessionWords, sessionWordIndex, sessionWordsToBytes, splitPhrase } from './mnemonic';
import { PhraseError } from './phrase-error';
import { ENGLISH_WORDS } from './wordlists/english';

/**
 * Recovery phrases for a 16-byte account seed (protocol reference §1). The native form is Session's
 * 13-word phrase; the same 16 bytes can also be shown as a standard 12-word BIP39 phrase (English
 * list), which some users keep. Both decode here.
 *
 * How input is classified, so a failure says something useful (words are matched after trimming,
 * collapsing whitespace, NFC and lower-casing; Session words by their 3-letter prefix):
 *  - 13 words: a Session phrase — `unknown-word`, `invalid` (overflowing group) or `checksum`.
 *  - 12 words, all exact BIP39 words: BIP39 — decoded, or `checksum` if its checksum fails;
 *    except when all 12 are also exact Session words, which reads as a Session phrase that lost
 *    its 13th (checksum) word: `word-count`.
 *  - 12 words, more exact BIP39 than exact Session words: a mistyped BIP39 phrase —
 *    `unknown-word` at the first word not in the BIP39 list.
 *  - 12 words otherwise: if every word matches the Session list, its checksum word is missing
 *    (`word-count`); else `unknown-word` at the first word not in the Session list.
 *  - any other count: `word-count`.
 */

export type PhraseForm = 'session' | 'bip39';

const SEED_BYTES = 16;
const BIP39_WORDS: ReadonlySet<string> = new Set(bip39.wordlists.english);
const SESSION_WORDS: ReadonlySet<string> = new Set(ENGLISH_WORDS);

/** Seeds come from our own code, never from a user, so a bad one is CryptoError, not PhraseError. */
function checkSeed(seed: Uint8Array): void {
  if (!(seed instanceof Uint8Array)) {
    throw new CryptoError('input', 'A recovery seed is bytes (Uint8Array).');
  }
  if (seed.length !== SEED_BYTES) {
    throw new CryptoError('seed-length', `A recovery seed is ${SEED_BYTES} bytes, not ${seed.length}.`);
  }
}

/** The 13-word Session phrase of a 16-byte seed. */
export function phraseFromSeed(seed: Uint8Array): string {
  checkSeed(seed);
  return bytesToSessionWords(seed, true).join(' ');
}

/** The 12-word BIP39 (English) phrase of the same 16-byte seed. */
export function bip39FromSeed(seed: Uint8Array): string {
  checkSeed(seed);
  return bip39.entropyToMnemonic(toHex(seed));
}

function decodeBip39(words: readonly string[]): Uint8Array {
  for (let i = 0; i < words.length; i++) {
    if (!BIP39_WORDS.has(words[i]!)) {
      throw new PhraseError('unknown-word', `Word ${i + 1} is not in the BIP39 word list.`, {
        position: i + 1,
        word: words[i]!,
      });
    }
  }
  try {
    return new Uint8Array(Buffer.from(bip39.mnemonicToEntropy(words.join(' ')), 'hex'));
  } catch {
    // bip39 throws plain Errors; with every word known the only remaining failure is the checksum.
    throw new PhraseError('checksum', 'These 12 words are not a valid BIP39 phrase (checksum).');
  }
}

/**
 * Decodes either phrase form to its 16-byte seed and says which form it was. Throws PhraseError
 * (or CryptoError('input') when `phrase` is not a string at all).
 */
export function decodePhrase(phrase: string): { seed: Uint8Array; form: PhraseForm } {
  if (typeof phrase !== 'string') throw new CryptoError('input', 'A recovery phrase is text.');
  const words = splitPhrase(phrase);
  if (words.length === 13) return { seed: sessionWordsToBytes(words), form: 'session' };
  if (words.length !== 12) {
    throw new PhraseError(
      'word-count',
      `A recovery phrase has 13 words (or 12 for BIP39); this one has ${words.length}.`,
    );
  }
  const bipCount = words.filter((w) => BIP39_WORDS.has(w)).length;
  const firstNonSession = words.findIndex((w) => sessionWordIndex(w) === undefined);
  // Exact matches decide which list the user meant: prefixes match far too easily to tell.
  const sessionCount = words.filter((w) => SESSION_WORDS.has(w)).length;
  if (bipCount === 12) {
    try {
      return { seed: decodeBip39(words), form: 'bip39' };
    } catch (e) {
      if (firstNonSession !== -1 || sessionCount < 12) throw e;
      // Words valid in both lists: a Session phrase that lost its last word is the likelier story.
      throw new PhraseError('word-count', 'This phrase is missing its 13th word.');
    }
  }
  if (bipCount > sessionCount) return { seed: decodeBip39(words), form: 'bip39' };
  if (firstNonSession === -1) {
    throw new PhraseError('word-count', 'This phrase is missing its 13th word.');
  }
  throw new PhraseError('unknown-word', `Word ${firstNonSession + 1} is not in the word list.`, {
    position: firstNonSession + 1,
    word: words[firstNonSession]!,
  });
}

/** The 16-byte seed of a Session (13-word) or BIP39 (12-word) phrase. Throws PhraseError. */
export function seedFromPhrase(phrase: string): Uint8Array {
  return decodePhrase(phrase).seed;
}
