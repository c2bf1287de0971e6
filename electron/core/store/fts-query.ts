import { ftsText } from './search-text';

/**
 * Turns what a user typed into an FTS5 query that can only mean "all these words and phrases".
 * A part in double quotes is an exact phrase; every other word is a term of its own. Each one is
 * passed through the index's own text function (search-text.ts) and becomes a quoted FTS5 string
 * (quotes doubled), so FTS5 operators typed by the user (AND, OR, NOT, NEAR, *, ^, -, :, column
 * names, parentheses) are plain text, and a word cut into several tokens (CJK letters, emoji)
 * becomes a phrase of adjacent tokens. Parts without any token character are dropped: the
 * tokenizer would reduce them to nothing anyway.
 */
export const MAX_QUERY_WORDS = 12;
export const MAX_WORD_LENGTH = 64;
/** A quoted phrase may be a whole sentence. */
export const MAX_PHRASE_LENGTH = 256;
/** Longer input is cut before it is parsed: nobody types more into a search box. */
export const MAX_QUERY_INPUT = 1_000;

/** The tokenizer's token characters (FTS_TOKENIZER's categories). */
const HAS_TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{So}\p{Co}]/u;
/** A phrase in quotes (closed or still being typed), or a word without quotes. */
const PART = /"([^"]*)("?)|([^\s"]+)/gu;

export interface QueryPart {
  /** What the user typed for this part, without its quotes. */
  readonly text: string;
  /** Typed in quotes: an exact phrase. */
  readonly quoted: boolean;
  /** The closing quote is there (a quoted part still being typed is not closed). */
  readonly closed: boolean;
}

export function quotePhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The searchable parts of an input, in order, at most MAX_QUERY_WORDS of them. */
export function queryParts(input: string): QueryPart[] {
  const text = input
    .slice(0, MAX_QUERY_INPUT)
    .normalize('NFC')
    // NUL would end the query string inside SQLite's tokenizer; treat it as a space.
    .replaceAll(String.fromCharCode(0), ' ');
  const parts: QueryPart[] = [];
  for (const m of text.matchAll(PART)) {
    const quoted = m[3] === undefined;
    const raw = quoted ? m[1]!.trim().replace(/\s+/gu, ' ') : m[3]!;
    const limit = quoted ? MAX_PHRASE_LENGTH : MAX_WORD_LENGTH;
    const part = { text: [...raw].slice(0, limit).join(''), quoted, closed: quoted && m[2] === '"' };
    if (HAS_TOKEN_CHAR.test(ftsText(part.text))) parts.push(part);
    if (parts.length === MAX_QUERY_WORDS) break;
  }
  return parts;
}

/**
 * The body part of a match expression, or undefined when the input holds nothing searchable.
 * With `prefix` the last part also matches longer words (search as you type), unless it is a
 * phrase whose closing quote was typed: that one is exact.
 */
export function bodyMatch(input: string, opts: { prefix?: boolean } = {}): string | undefined {
  const parts = queryParts(input);
  if (parts.length === 0) return undefined;
  const last = parts.length - 1;
  const phrases = parts.map((p, i) => {
    const prefix = opts.prefix === true && i === last && !p.closed;
    return quotePhrase(ftsText(p.text)) + (prefix ? '*' : '');
  });
  return `body : (${phrases.join(' AND ')})`;
}

/** Restricts a match expression to one conversation via the indexed cid column. */
export function inConversation(match: string, cid: number): string {
  return `cid : ${quotePhrase(String(Math.trunc(cid)))} AND ${match}`;
}
