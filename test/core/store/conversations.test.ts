import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/core/store';
import { convId, freshStore, incoming } from './helpers';

let done: (() => void) | undefined;
afterEach(() => {
  done?.();
  done = undefined;
});

function setup() {
  const f = freshStore();
  done = f.done;
  return f.store;
}

describe('account', () => {
  it('stores one account with its seed, and refuses a second', () => {
    const s = setup();
    expect(s.accounts.get(s.read)).toBeUndefined();
    const seed = new Uint8Array(16).fill(5);
    s.write((tx) => s.accounts.create(tx, { sessionId: convId(1), seed, displayName: 'Ann', createdAt: 3 }));
    expect(s.accounts.get(s.read)).toEqual({ sessionId: convId(1), seed, displayName: 'Ann', createdAt: 3 });
    s.write((tx) => s.accounts.setDisplayName(tx, 'Bea'));
    expect(s.accounts.get(s.read)?.displayName).toBe('Bea');
    expect(() =>
      s.write((tx) => s.accounts.create(tx, { sessionId: convId(2), seed, displayName: null, createdAt: 1 })),
    ).toThrowError(expect.objectContaining({ code: 'constraint' }));
    expect(() =>
      s.write((tx) =>
        s.accounts.create(tx, {
          sessionId: convId(2),
          seed: new Uint8Array(20),
          displayName: null,
          createdAt: 1,
        }),
      ),
    ).toThrowError(StoreError);
  });
});

describe('contacts', () => {
  it('upserts field by field and filters blocked contacts', () => {
    const s = setup();
    s.write((tx) => s.contacts.upsert(tx, convId(1), { name: 'Ann' }, 1));
    s.write((tx) =>
      s.contacts.upsert(
        tx,
        convId(1),
        { nickname: 'A', approved: true, avatar: { url: 'u', key: new Uint8Array([9]), path: null } },
        2,
      ),
    );
    s.write((tx) => s.contacts.upsert(tx, convId(2), { blocked: true, name: undefined }, 3));
    expect(s.contacts.get(s.read, convId(1))).toEqual({
      sessionId: convId(1),
      name: 'Ann',
      nickname: 'A',
      avatar: { url: 'u', key: new Uint8Array([9]), path: null },
      approved: true,
      approvedMe: false,
      blocked: false,
      updatedAt: 2,
    });
    expect(s.contacts.list(s.read, { blocked: true }).map((c) => c.sessionId)).toEqual([convId(2)]);
    expect(s.contacts.list(s.read)).toHaveLength(2);
    expect(s.write((tx) => s.contacts.remove(tx, convId(2)))).toBe(true);
  });
});

describe('conversations', () => {
  it('lists pinned first, then by activity, hiding hidden ones unless asked', () => {
    const s = setup();
    s.write((tx) => {
      for (let i = 1; i <= 4; i++) s.conversations.ensure(tx, { id: convId(i), kind: 'direct', now: i });
      s.messages.insert(tx, incoming(convId(1), 100, 'newest'));
      s.conversations.update(tx, convId(3), { priority: 1 });
      s.conversations.update(tx, convId(4), { priority: -1 });
    });
    expect(s.conversations.list(s.read).map((c) => c.id)).toEqual([convId(3), convId(1), convId(2)]);
    expect(s.conversations.list(s.read, { includeHidden: true }).map((c) => c.id)).toHaveLength(4);
    expect(s.conversations.list(s.read)[1]!.lastMessage).toMatchObject({
      body: 'newest',
      sentAt: 100,
      state: 'unread',
    });
  });

  it('keeps draft, mute, request state and disappearing settings; counts unread for the badge', () => {
    const s = setup();
    s.write((tx) => {
      s.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1, requestState: 'request' });
      s.conversations.ensure(tx, { id: convId(2), kind: 'group', now: 1, name: 'Team' });
      s.messages.insert(tx, incoming(convId(1), 5, 'a'));
      s.messages.insert(tx, incoming(convId(2), 5, 'b'));
      s.messages.insert(tx, incoming(convId(2), 6, 'c'));
      s.conversations.update(tx, convId(1), {
        draft: 'half a thought',
        mutedUntil: 99,
        expireMode: 'after-send',
        expireTimerS: 60,
      });
    });
    expect(s.conversations.get(s.read, convId(1))).toMatchObject({
      requestState: 'request',
      draft: 'half a thought',
      mutedUntil: 99,
      expireMode: 'after-send',
      expireTimerS: 60,
    });
    expect(s.conversations.unreadCounts(s.read)).toEqual(
      new Map([
        [convId(1), 1],
        [convId(2), 2],
      ]),
    );
    expect(s.conversations.unreadTotal(s.read)).toBe(2);
    expect(() => s.write((tx) => s.conversations.update(tx, convId(9), { draft: 'x' }))).toThrowError(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('deleting a conversation removes its messages and their search entries', () => {
    const s = setup();
    s.write((tx) => {
      s.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
      s.messages.insert(tx, incoming(convId(1), 5, 'unique banana'));
    });
    expect(s.search.messages(s.read, 'banana')).toHaveLength(1);
    s.write((tx) => s.conversations.remove(tx, convId(1)));
    expect(s.search.messages(s.read, 'banana')).toEqual([]);
    expect(s.read.get<{ n: number }>('SELECT count(*) AS n FROM messages')?.n).toBe(0);
  });
});
