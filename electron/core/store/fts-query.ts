/**
 * Turns what a user typed into an FTS5 query that can only mean "all these words". Every word
 * becomes a quoted phrase (quotes doubled), so FTS5 operators (AND, OR, NOT, NEAR, *, ^, :, column
 * names, parentheses) typed by the user are plain text. Words without a letter or digit are
 * dropped: the tokenizer would reduce them to nothing anyway.
 */
export const MAX_QUERY_WORDS = 12;
export const MAX_WORD_LENGTH = 64;

const HAS_TOKEN_CHAR = /[\p{L}\p{N}]/u;

export function quotePhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The body part of a match expression, or undefined when the input holds nothing searchable.
 * With `prefix` the last word also matches longer words (search as you type).
 */
export function bodyMatch(input: string, opts: { prefix?: boolean } = {}): string | undefined {
  const words = input
    .normalize('NFC')
    // NUL would end the query string inside SQLite's tokenizer; treat it as a space.
    .replaceAll(String.fromCharCode(0), ' ')
    .split(/\s+/u)
    .filter((w) => HAS_TOKEN_CHAR.test(w))
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  const phrases = words.map((w, i) => quotePhrase(w) + (opts.prefix && i === last ? '*' : ''));
  return `body : (${phrases.join(' AND ')})`;
}

/** Restricts a match expression to one conversation via the indexed cid column. */
export function inConversation(match: string, cid: number): string {
  return `cid : ${quotePhrase(String(Math.trunc(cid)))} AND ${match}`;
}
