import { describe, expect, it } from 'vitest';
import {
  appendPage,
  applyChange,
  compareMessages,
  messagesOf,
  pageFrom,
  prependPage,
  type Page,
} from '../../../src/stores/messenger/message-pages';
import { msg, pageOf, range } from './data';

const ids = (pages: Page[]) => messagesOf(pages).map((m) => Number(m.id));
const page = (from: number, to: number, ends: { older?: boolean; newer?: boolean } = {}) =>
  pageFrom(
    pageOf(range(from, to), {
      ...(ends.older === false ? { older: null } : {}),
      ...(ends.newer === false ? { newer: null } : {}),
    }),
  );

describe('message pages', () => {
  it('turns the core’s newest-first page into oldest-first rows, cursors kept', () => {
    const p = page(1, 3);
    expect(p.items.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(p).toMatchObject({ older: 'before-1', newer: 'after-3' });
  });

  it('orders by sending time, then by the local id as a number', () => {
    const a = msg(1, { id: '9' });
    const b = msg(1, { id: '10' });
    expect(compareMessages(a, b)).toBeLessThan(0);
    expect(compareMessages(msg(2), msg(1))).toBeGreaterThan(0);
  });

  it('joins older pages before and newer pages after, dropping what it already holds', () => {
    const pages = prependPage([page(11, 20)], page(5, 11), 100);
    expect(ids(pages)).toEqual(range(5, 20).map((m) => Number(m.id)));
    const grown = appendPage(pages, page(20, 25), 100);
    expect(ids(grown)).toEqual(range(5, 25).map((m) => Number(m.id)));
  });

  it('cuts whole pages at the far end beyond the cap, so the cursor there stays right', () => {
    const pages = prependPage([page(21, 30), page(31, 40)], page(11, 20), 25);
    expect(ids(pages)).toEqual(range(11, 30).map((m) => Number(m.id)));
    expect(pages.at(-1)?.newer).toBe('after-30');
    const other = appendPage([page(11, 20), page(21, 30)], page(31, 40), 25);
    expect(ids(other)[0]).toBe(21);
    expect(other[0]?.older).toBe('before-21');
  });

  it('appends a new message when the window reaches the newest one', () => {
    const { pages, appended, beyond } = applyChange([page(1, 5, { newer: false })], {
      added: [msg(6)],
      updated: [],
      removed: [],
    });
    expect(ids(pages)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(appended.map((m) => m.id)).toEqual(['6']);
    expect(beyond).toBe(0);
  });

  it('leaves a new message for paging when the window does not reach the newest one', () => {
    const { pages, appended, beyond } = applyChange([page(1, 5)], {
      added: [msg(9)],
      updated: [],
      removed: [],
    });
    expect(ids(pages)).toEqual([1, 2, 3, 4, 5]);
    expect(appended).toEqual([]);
    expect(beyond).toBe(1);
  });

  it('puts a late message where it sorts inside the window, and updates and removes in place', () => {
    const late = msg(3, { id: '33', sentAt: msg(3).sentAt + 1 });
    const { pages, appended } = applyChange([page(1, 3), page(4, 6, { newer: false })], {
      added: [late],
      updated: [msg(2, { body: 'edited' })],
      removed: ['5'],
    });
    expect(messagesOf(pages).map((m) => m.id)).toEqual(['1', '2', '3', '33', '4', '6']);
    expect(messagesOf(pages)[1]?.body).toBe('edited');
    expect(appended).toEqual([]);
  });

  it('takes an added message it already holds as an update', () => {
    const { pages } = applyChange([page(1, 2, { newer: false })], {
      added: [msg(2, { status: 'sent' })],
      updated: [],
      removed: [],
    });
    expect(messagesOf(pages).map((m) => [m.id, m.status])).toEqual([
      ['1', 'received'],
      ['2', 'sent'],
    ]);
  });

  it('starts an empty chat with its first message', () => {
    const empty = pageFrom({ items: [], older: null, newer: null, firstUnreadId: null, unreadCount: 0 });
    const { pages, appended } = applyChange([empty], { added: [msg(1)], updated: [], removed: [] });
    expect(ids(pages)).toEqual([1]);
    expect(appended).toHaveLength(1);
  });
});
