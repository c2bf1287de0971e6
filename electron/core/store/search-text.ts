import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The text the search index sees, made from a message body by one deterministic function that
 * runs both inside SQLite (the FTS triggers call it) and on every query (fts-query.ts), so a word
 * is always cut and folded the same way on both sides. Measured against `unicode61` alone
 * (test/core/store/search-scripts.test.ts), which:
 *
 * - keeps a run of CJK, Thai, Lao, Khmer or Myanmar letters as one token, so "咖啡" never matched
 *   "我喜欢喝咖啡": here each such letter (with its marks) becomes a token of its own, and a query
 *   becomes a phrase of adjacent letters — exact substring search without a word segmenter;
 * - treats combining marks as separators, cutting Devanagari, Thai or pointed Hebrew words apart:
 *   the tokenizer now keeps marks inside words (`categories 'L* N* Co M* So'`);
 * - drops emoji: each pictograph is now a token, and skin tones, variation selectors, ZWJ and tag
 *   characters are removed, so 👍🏽 finds every 👍;
 * - does not fold full-width forms or ligatures (NFKC does: "Ｃａｆé" finds "cafe"), nor Arabic
 *   harakat and tatweel or Hebrew niqqud (removed here: everyday text is written without them).
 *
 * Latin diacritics and case are folded by the tokenizer itself (`remove_diacritics 2`). Changing
 * this function changes the index: it is versioned in its SQL name, and a new version needs a
 * migration that rebuilds messages_fts.
 */
export const FTS_TEXT_FUNCTION = 'shallot_fts_text_v1';

/** Invisible, and not a token character for the tokenizer (category Cf): cuts without showing. */
export const FTS_CUT = '\u200b';

export const FTS_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M* So'";

/** Optional vowel and cantillation marks (Arabic, Hebrew) and emoji modifiers and joiners. */
// The class lists combining marks and joiners one by one on purpose: each is removed on its own.
const DROPPED =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/gu;

/** One letter of a script written without spaces, or one pictograph or symbol, with its marks. */
const OWN_TOKEN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{Extended_Pictographic}\p{So}]\p{M}*/gu;

export function ftsText(text: string): string {
  return text.normalize('NFKC').replace(DROPPED, '').replace(OWN_TOKEN, `${FTS_CUT}$&${FTS_CUT}`);
}

/** What a snippet of the index text looks like to a reader: the cuts removed. */
export function readableSnippet(snippet: string): string {
  return snippet.replaceAll(FTS_CUT, '');
}

/**
 * Registers the function on a connection. Every connection that writes messages needs it (the
 * triggers call it), which is every connection openDatabase makes; migration 0008 registers it too,
 * so a bare `migrate()` works on any connection.
 */
export function registerSearchFunctions(db: Database.Database): void {
  db.function(FTS_TEXT_FUNCTION, { deterministic: true }, (body: unknown) =>
    typeof body === 'string' ? ftsText(body) : body,
  );
}
