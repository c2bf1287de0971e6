import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNIPPET_END, SNIPPET_START, type Store } from '../../../electron/core/store';
import { bodyMatch, queryParts } from '../../../electron/core/store/fts-query';
import { ftsText } from '../../../electron/core/store/search-text';
import { convId, freshStore, incoming } from './helpers';

/** Each body is message n (sentAt = 100 + n) in conversation 1 (even n) or 2 (odd n). */
const BODIES = [
  'Привет, как дела? Ёжик в тумане',
  'مَرْحَبًا بِكُمْ في العالم',
  'مرحبا يا صديقي',
  '我喜欢喝咖啡，你呢？',
  'こんにちは、コーヒーを飲みましょう',
  '안녕하세요 커피를 좋아해요',
  'नमस्ते दुनिया, कैसे हो',
  'สวัสดีครับ ยินดีที่ได้รู้จัก',
  'שָׁלוֹם עֲלֵיכֶם',
  'Café crème à la française, naïve résumé',
  'Ｆｕｌｌｗｉｄｔｈ text and the ﬁnest ligature',
  'party time 🎉🎉 thumbs 👍🏽 family 👨‍👩‍👧 coffee☕',
  'good morning everyone, a good day',
  'morning good, backwards',
  'İstanbul straße',
] as const;

let s: Store;
let done: () => void;

beforeAll(() => {
  const f = freshStore();
  s = f.store;
  done = f.done;
  s.write((tx) => {
    s.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
    s.conversations.ensure(tx, { id: convId(2), kind: 'direct', now: 1 });
    BODIES.forEach((b, i) => s.messages.insert(tx, incoming(convId(1 + (i % 2)), 100 + i, b)));
  });
});

afterAll(() => done());

/** The sentAt offsets (message numbers) of the hits for `q`, in ascending order. */
function found(q: string, prefix = false): number[] {
  return s.search
    .messages(s.read, q, { prefix })
    .map((h) => h.sentAt - 100)
    .sort((a, b) => a - b);
}

describe('search in every script', () => {
  it('Cyrillic: case folding and ё', () => {
    expect(found('привет')).toEqual([0]);
    expect(found('ЁЖИК')).toEqual([0]);
    expect(found('тума', true)).toEqual([0]);
  });

  it('Arabic: with or without harakat, on either side', () => {
    expect(found('مرحبا')).toEqual([1, 2]);
    expect(found('مَرْحَبًا')).toEqual([1, 2]);
    expect(found('بكم')).toEqual([1]);
  });

  it('Chinese, Japanese and Korean: words inside unspaced text', () => {
    expect(found('咖啡')).toEqual([3]);
    expect(found('喝咖', true)).toEqual([3]);
    expect(found('コーヒー')).toEqual([4]);
    expect(found('飲み')).toEqual([4]);
    expect(found('커피')).toEqual([5]);
    // Not a substring: the letters must be adjacent and in order.
    expect(found('啡咖')).toEqual([]);
  });

  it('Devanagari, Thai and pointed Hebrew keep their marks inside words', () => {
    expect(found('नमस्ते')).toEqual([6]);
    expect(found('दुनिया')).toEqual([6]);
    expect(found('สวัสดี')).toEqual([7]);
    expect(found('ยินดี')).toEqual([7]);
    expect(found('שלום')).toEqual([8]);
    expect(found('שָׁלוֹם')).toEqual([8]);
  });

  it('Latin diacritics, full-width forms and ligatures fold', () => {
    expect(found('cafe creme')).toEqual([9]);
    expect(found('NAIVE résume')).toEqual([9]);
    expect(found('fullwidth')).toEqual([10]);
    expect(found('finest')).toEqual([10]);
    expect(found('istanbul')).toEqual([14]);
  });

  it('emoji: each pictograph is a token, skin tones and joiners fold', () => {
    expect(found('🎉')).toEqual([11]);
    expect(found('👍')).toEqual([11]);
    expect(found('👍🏿')).toEqual([11]);
    expect(found('👨‍👩‍👧')).toEqual([11]);
    expect(found('☕')).toEqual([11]);
    expect(found('coffee')).toEqual([11]);
  });

  it('exact phrases in quotes, prefix on the last word as you type', () => {
    expect(found('good morning')).toEqual([12, 13]);
    expect(found('"good morning"')).toEqual([12]);
    expect(found('"morning good"')).toEqual([13]);
    expect(found('"good mor', true)).toEqual([12]);
    // A closed phrase is exact even while typing.
    expect(found('"good mor"', true)).toEqual([]);
    expect(found('mor', true)).toEqual([12, 13]);
    expect(found('m', true)).toEqual([12, 13]);
  });

  it('snippets highlight the match in readable text (no index cuts shown)', () => {
    const [hit] = s.search.messages(s.read, '咖啡');
    // Adjacent tokens share one mark; NFKC made the full-width punctuation plain.
    expect(hit!.snippet).toBe(`我喜欢喝${SNIPPET_START}咖啡${SNIPPET_END},你呢?`);
    expect(hit!.snippet).not.toContain('\u200b');
  });
});

describe('hostile input never breaks the query', () => {
  const HOSTILE = [
    '"',
    '""',
    '"""',
    'NEAR(a b)',
    'NEAR',
    'a NEAR/2 b',
    '*',
    'coffee*',
    '-coffee',
    'coffee -tea',
    'body:coffee',
    'cid:1',
    '{body cid}: x',
    '^good',
    "'; DROP TABLE messages; --",
    'x" OR "1"="1',
    '(',
    ')',
    'a AND',
    'OR OR OR',
    'NOT good',
    '\u0000',
    '\u0000good',
    'good\u0000morning',
    '\ufe0f',
    'ـ',
    '\u200b\u200b',
    '"'.repeat(5000),
    'word '.repeat(400),
  ];

  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 12)}… (${q.length} chars)` : q, q]))(
    '%j is text, answered without an error',
    (_label, q) => {
      for (const prefix of [false, true]) {
        expect(Array.isArray(s.search.messages(s.read, q, { prefix }))).toBe(true);
        expect(s.search.inConversation(s.read, convId(1), q, { prefix }).total).toBeGreaterThanOrEqual(0);
      }
      expect(s.messages.page(s.read, convId(1), { limit: 50 }).length).toBe(8);
    },
  );

  it('operators typed by the user match only as words', () => {
    expect(found('good -morning')).toEqual([12, 13]);
    expect(found('good OR nothing')).toEqual([]);
    expect(found('NOT good')).toEqual([]);
    // A column filter is a phrase of its words ("body good"), which no message holds.
    expect(found('body:good')).toEqual([]);
    expect(found('"good" NEAR "day"')).toEqual([]);
  });

  it('quotes, stars and parentheses never reach FTS5 unquoted (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (q, prefix) => {
        const m = bodyMatch(q, { prefix });
        if (m === undefined) return;
        // body : ("…" AND "…"*): strip every quoted string and only the skeleton may remain.
        const skeleton = m.slice('body : ('.length, -1).replace(/"(?:[^"]|"")*"/gu, 'P');
        expect(skeleton).toMatch(/^P\*?( AND P\*?)*$/u);
        expect(Array.isArray(s.search.messages(s.read, q, { prefix }))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps at most 12 parts and skips parts without token characters', () => {
    expect(queryParts('a b c d e f g h i j k l m n o').length).toBe(12);
    expect(queryParts('-- ** "" () ☕').map((p) => p.text)).toEqual(['☕']);
    expect(ftsText('👍🏽')).toBe('\u200b👍\u200b');
  });
});

describe('in-chat matches', () => {
  it('counts and lists the matches of one conversation in chat order', () => {
    const r = s.search.inConversation(s.read, convId(1), 'good');
    expect(r.total).toBe(1);
    expect(r.matches.map((m) => m.sentAt)).toEqual([112]);
    const both = s.search.inConversation(s.read, convId(2), 'morning', { prefix: true });
    expect(both.matches.map((m) => m.sentAt)).toEqual([113]);
    expect(s.search.inConversation(s.read, convId(9), 'good')).toEqual({ total: 0, matches: [] });
  });
});
