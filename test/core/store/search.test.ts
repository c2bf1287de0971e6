import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNIPPET_END, SNIPPET_START, type Store } from '../../../electron/core/store';
import { bodyMatch } from '../../../electron/core/store/fts-query';
import { convId, freshStore, incoming } from './helpers';

let s: Store;
let done: () => void;

beforeAll(() => {
  const f = freshStore();
  s = f.store;
  done = f.done;
  s.write((tx) => {
    s.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
    s.conversations.ensure(tx, { id: convId(2), kind: 'group', now: 1 });
    const bodies = [
      [1, 'Shall we meet for coffee tomorrow?'],
      [2, 'Coffee sounds great, the café on Main Street'],
      [1, 'I prefer tea, honestly'],
      [2, 'AND then she said "NEAR" was an operator'],
      [1, 'Ünïcödé coffee résumé'],
      [2, null],
    ] as const;
    bodies.forEach(([c, b], i) => s.messages.insert(tx, incoming(convId(c), 100 + i, b)));
  });
});

afterAll(() => done());

describe('search', () => {
  it('finds across conversations, newest first, with a highlighted snippet', () => {
    const hits = s.search.messages(s.read, 'coffee');
    expect(hits.map((h) => h.sentAt)).toEqual([104, 101, 100]);
    expect(hits[1]!.conversationId).toBe(convId(2));
    expect(hits[1]!.snippet).toBe(
      `${SNIPPET_START}Coffee${SNIPPET_END} sounds great, the café on Main Street`,
    );
  });

  it('searches one conversation, requires every word, and pages with a cursor', () => {
    expect(s.search.messages(s.read, 'coffee', { conversationId: convId(1) }).map((h) => h.sentAt)).toEqual([
      104, 100,
    ]);
    expect(s.search.messages(s.read, 'coffee main').map((h) => h.sentAt)).toEqual([101]);
    const first = s.search.messages(s.read, 'coffee', { limit: 1 });
    const next = s.search.messages(s.read, 'coffee', { limit: 5, beforeMessageId: first[0]!.messageId });
    expect(next.map((h) => h.sentAt)).toEqual([101, 100]);
    expect(s.search.messages(s.read, 'coffee', { conversationId: convId(9) })).toEqual([]);
  });

  it('folds case and diacritics and supports prefix search', () => {
    expect(s.search.messages(s.read, 'unicode resume').map((h) => h.sentAt)).toEqual([104]);
    expect(s.search.messages(s.read, 'cof', { prefix: true })).toHaveLength(3);
    expect(s.search.messages(s.read, 'cof')).toHaveLength(0);
  });

  it('treats FTS syntax typed by the user as text', () => {
    expect(s.search.messages(s.read, '"')).toEqual([]);
    expect(s.search.messages(s.read, 'AND').map((h) => h.sentAt)).toEqual([103]);
    expect(s.search.messages(s.read, 'NEAR(')).toHaveLength(1);
    expect(s.search.messages(s.read, 'body:tea')).toEqual([]);
    expect(s.search.messages(s.read, 'tea OR coffee')).toEqual([]);
    expect(s.search.messages(s.read, '*')).toEqual([]);
    expect(s.search.messages(s.read, '   ')).toEqual([]);
    // A quote starts a phrase (still being typed here); the word before it stands alone.
    expect(bodyMatch('a"b')).toBe('body : ("a" AND "b")');
  });

  it('never throws on any input (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.boolean(),
        fc.boolean(),
        (q, prefix, scoped) => {
          const hits = s.search.messages(s.read, q, {
            prefix,
            ...(scoped ? { conversationId: convId(1) } : {}),
          });
          expect(Array.isArray(hits)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('handles FTS keywords and punctuation soup (property)', () => {
    const token = fc.constantFrom(
      'AND',
      'OR',
      'NOT',
      'NEAR',
      '(',
      ')',
      '"',
      '*',
      '^',
      ':',
      '{',
      '}',
      '-',
      '+',
      'body',
      'cid',
      'coffee',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.boolean(), (parts, joinTight) => {
        s.search.messages(s.read, parts.join(joinTight ? '' : ' '), { prefix: true });
      }),
      { numRuns: 600 },
    );
  });
});
