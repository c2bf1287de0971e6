import { CryptoError } from './crypto-error';
import { crc32 } from './crc32';
import { PhraseError } from './phrase-error';
import { ENGLISH_WORDS } from './wordlists/english';

/**
 * Session's electrum-style mnemonic codec (protocol reference §1): every 4 bytes (little-endian)
 * become 3 words of the 1626-word list, optionally followed by one checksum word that repeats a
 * data word chosen by CRC-32 over the words' 3-letter prefixes.
 */

const N = ENGLISH_WORDS.length;
const PREFIX_LEN = 3;

const BY_PREFIX: ReadonlyMap<string, number> = new Map(
  ENGLISH_WORDS.map((w, i) => [prefixOf(w), i] as const),
);

function prefixOf(word: string): string {
  // Code points, not UTF-16 units, so the rule carries over to non-Latin lists unchanged.
  return Array.from(word).slice(0, PREFIX_LEN).join('');
}

/** Lower-cases and NFC-normalises one word the way every lookup expects it. */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Splits a typed phrase into normalised words, tolerating any run of whitespace. */
export function splitPhrase(phrase: string): string[] {
  if (typeof phrase !== 'string') throw new CryptoError('input', 'A recovery phrase is text.');
  const trimmed = phrase.normalize('NFC').trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u).map(normaliseWord);
}

/** Index of `word` in the list by its 3-letter prefix, or undefined. */
export function sessionWordIndex(word: string): number | undefined {
  if (typeof word !== 'string') return undefined;
  const norm = normaliseWord(word);
  if (Array.from(norm).length < PREFIX_LEN) return undefined;
  return BY_PREFIX.get(prefixOf(norm));
}

function checksumIndex(indices: readonly number[]): number {
  const prefixes = indices.map((i) => prefixOf(ENGLISH_WORDS[i]!)).join('');
  return crc32(new TextEncoder().encode(prefixes)) % indices.length;
}

/**
 * Encodes a multiple of 4 bytes; with `checksum` (the default) appends the checksum word. No bytes
 * give no words, but only without a checksum (there is no word for it to repeat). Throws
 * CryptoError ('input' for non-bytes, 'seed-length' for any other length).
 */
export function bytesToSessionWords(bytes: Uint8Array, checksum = true): string[] {
  if (!(bytes instanceof Uint8Array)) throw new CryptoError('input', 'Mnemonic input is bytes.');
  if (bytes.length % 4 !== 0 || (bytes.length === 0 && checksum)) {
    throw new CryptoError(
      'seed-length',
      `Mnemonic input is a multiple of 4 bytes${checksum ? ', at least 4,' : ''} not ${bytes.length}.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const indices: number[] = [];
  for (let off = 0; off < bytes.length; off += 4) {
    const x = view.getUint32(off, true);
    const w1 = x % N;
    const w2 = (Math.floor(x / N) + w1) % N;
    const w3 = (Math.floor(x / N / N) + w2) % N;
    indices.push(w1, w2, w3);
  }
  if (checksum) indices.push(indices[checksumIndex(indices)]!);
  return indices.map((i) => ENGLISH_WORDS[i]!);
}

/**
 * Decodes normalised words. A count divisible by 3 has no checksum word (so no words decode to no
 * bytes, as upstream); one more than a multiple of 3 ends in a checksum word, which is verified.
 * Throws PhraseError (CryptoError('input') if `words` is not an array of strings).
 */
export function sessionWordsToBytes(words: readonly string[]): Uint8Array {
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
    throw new CryptoError('input', 'Mnemonic words are an array of strings.');
  }
  const rem = words.length % 3;
  // A lone checksum word has nothing to check against (upstream divides by zero there).
  if (words.length === 1 || rem === 2) {
    throw new PhraseError('word-count', `A phrase of ${words.length} words cannot be decoded.`);
  }
  const hasChecksum = rem === 1;
  const dataCount = hasChecksum ? words.length - 1 : words.length;
  const indexAt = (i: number): number => {
    const idx = sessionWordIndex(words[i]!);
    if (idx === undefined) {
      throw new PhraseError('unknown-word', `Word ${i + 1} is not in the word list.`, {
        position: i + 1,
        word: words[i]!,
      });
    }
    return idx;
  };

  // Group by group, the checksum word last: the order upstream reports failures in.
  const indices: number[] = [];
  const out = new Uint8Array((dataCount / 3) * 4);
  const view = new DataView(out.buffer);
  for (let t = 0; t < dataCount; t += 3) {
    const [w1, w2, w3] = [indexAt(t), indexAt(t + 1), indexAt(t + 2)];
    const x = w1 + N * ((N - w1 + w2) % N) + N * N * ((N - w2 + w3) % N);
    if (x > 0xffffffff) {
      throw new PhraseError('invalid', `Words ${t + 1}–${t + 3} do not form a valid group.`);
    }
    view.setUint32((t / 3) * 4, x, true);
    indices.push(w1, w2, w3);
  }
  if (hasChecksum) indices.push(indexAt(dataCount));

  if (hasChecksum) {
    const data = indices.slice(0, dataCount);
    if (data[checksumIndex(data)] !== indices[dataCount]) {
      throw new PhraseError('checksum', 'The last word does not match the others (checksum).');
    }
  }
  return out;
}
