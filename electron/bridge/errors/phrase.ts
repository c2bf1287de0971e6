/** A recovery phrase that cannot be decoded (PhraseError in the core). */
export const PHRASE_CODES = [
  /** Neither 13 Session words nor 12 BIP39 words. */
  'phrase-word-count',
  /** A word is in neither word list. */
  'phrase-unknown-word',
  /** The checksum word does not match the others. */
  'phrase-checksum',
  /** The words decode to no valid seed. */
  'phrase-invalid',
] as const;

export type PhraseCode = (typeof PHRASE_CODES)[number];
