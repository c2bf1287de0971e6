import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_TRANSITIONS, StoreError, type MessageState, type Store } from '../../../electron/core/store';
import { convId, freshStore, incoming, outgoing } from './helpers';

let done: (() => void) | undefined;
afterEach(() => {
  done?.();
  done = undefined;
});

function setup(): Store {
  const f = freshStore();
  done = f.done;
  f.store.write((tx) => {
    f.store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
    f.store.conversations.ensure(tx, { id: convId(2), kind: 'direct', now: 1 });
  });
  return f.store;
}

describe('messages: pagination', () => {
  it('pages newest first with keyset cursors, across equal timestamps, without gaps or repeats', () => {
    const s = setup();
    const ids: number[] = [];
    s.write((tx) => {
      // Several messages share a timestamp so the (sent_at, id) tie-break is exercised.
      for (let i = 0; i < 120; i++)
        ids.push(s.messages.insert(tx, incoming(convId(1), 1000 + Math.floor(i / 3), `m${i}`))!);
      for (let i = 0; i < 10; i++) s.messages.insert(tx, incoming(convId(2), 1000 + i, `other${i}`));
    });
    const seen: number[] = [];
    let page = s.messages.page(s.read, convId(1), { limit: 7 });
    while (page.length > 0) {
      seen.push(...page.map((m) => m.id));
      const last = page[page.length - 1]!;
      page = s.messages.page(s.read, convId(1), { limit: 7, before: { sentAt: last.sentAt, id: last.id } });
    }
    expect(seen).toEqual([...ids].reverse());

    const oldest = s.messages.page(s.read, convId(1), { limit: 1, before: { sentAt: 0, id: 0 } });
    expect(oldest).toEqual([]);
    const newer = s.messages.page(s.read, convId(1), { limit: 5, after: { sentAt: 1000, id: ids[1]! } });
    expect(newer.map((m) => m.id)).toEqual([ids[6], ids[5], ids[4], ids[3], ids[2]]);
    expect(newer[0]!.conversationId).toBe(convId(1));
    expect(s.messages.page(s.read, convId(9))).toEqual([]);
  });

  it('returns attachments, reactions and quotes with the page', () => {
    const s = setup();
    const id = s.write((tx) =>
      s.messages.insert(
        tx,
        incoming(convId(1), 5, 'look', {
          quote: { author: convId(3), sentAt: 4, body: 'earlier' },
          attachments: [
            {
              position: 0,
              contentType: 'image/png',
              size: 10,
              fileName: 'a.png',
              url: 'http://f/1',
              key: new Uint8Array([1, 2]),
              digest: null,
              localPath: null,
              width: 3,
              height: 4,
            },
          ],
        }),
      )!,
    );
    s.write((tx) => {
      s.messages.setReaction(tx, id, { author: convId(1), emoji: '👍', reactedAt: 6 });
      s.messages.setReaction(tx, id, { author: convId(2), emoji: '😂', reactedAt: 7 });
      s.messages.removeReaction(tx, id, convId(2), '😂');
      s.messages.setAttachmentPath(tx, id, 0, '/tmp/a.enc');
    });
    const [m] = s.messages.page(s.read, convId(1));
    expect(m!.quote).toEqual({ author: convId(3), sentAt: 4, body: 'earlier' });
    expect(m!.reactions).toEqual([{ author: convId(1), emoji: '👍', reactedAt: 6 }]);
    expect(m!.attachments[0]).toMatchObject({
      contentType: 'image/png',
      localPath: '/tmp/a.enc',
      key: new Uint8Array([1, 2]),
    });
    expect(s.messages.get(s.read, id)?.conversationId).toBe(convId(1));
  });
});

describe('messages: de-duplication and conversation bookkeeping', () => {
  it('ignores a second copy with the same server hash and finds by sender + timestamp', () => {
    const s = setup();
    const first = s.write((tx) => s.messages.insert(tx, incoming(convId(1), 10, 'hi', { serverHash: 'h1' })));
    const again = s.write((tx) => s.messages.insert(tx, incoming(convId(1), 10, 'hi', { serverHash: 'h1' })));
    expect(first).toBeTypeOf('number');
    expect(again).toBeUndefined();
    expect(s.messages.byServerHash(s.read, 'h1')?.id).toBe(first);
    expect(s.messages.existsBySenderSentAt(s.read, convId(1), convId(1), 10)).toBe(true);
    expect(s.messages.existsBySenderSentAt(s.read, convId(1), convId(1), 11)).toBe(false);
    expect(s.conversations.get(s.read, convId(1))?.unreadCount).toBe(1);
  });

  it('keeps last message and unread count right through inserts, reads and deletes', () => {
    const s = setup();
    const [a, b, c] = s.write((tx) => [
      s.messages.insert(tx, incoming(convId(1), 10, 'a'))!,
      s.messages.insert(tx, incoming(convId(1), 30, 'c'))!,
      s.messages.insert(tx, incoming(convId(1), 20, 'b (late arrival)'))!,
    ]);
    let conv = s.conversations.get(s.read, convId(1))!;
    expect(conv.lastMessageId).toBe(b);
    expect(conv.unreadCount).toBe(3);
    const read = s.write((tx) => s.messages.markRead(tx, convId(1), 20, 100));
    expect(read.map((r) => r.id).sort()).toEqual([a, c].sort());
    conv = s.conversations.get(s.read, convId(1))!;
    expect(conv.unreadCount).toBe(1);
    s.write((tx) => s.messages.remove(tx, b));
    conv = s.conversations.get(s.read, convId(1))!;
    expect(conv.unreadCount).toBe(0);
    expect(conv.lastMessageId).toBe(c);
    const [item] = s.conversations.list(s.read);
    expect(item!.lastMessage?.body).toBe('b (late arrival)');
  });

  it('keeps the unread counter equal to the indexed count under random operations (property)', () => {
    const s = setup();
    const op = fc.oneof(
      fc.record({
        t: fc.constant('in' as const),
        conv: fc.integer({ min: 1, max: 2 }),
        at: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({
        t: fc.constant('read' as const),
        conv: fc.integer({ min: 1, max: 2 }),
        upTo: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({ t: fc.constant('del' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('one' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        for (const o of ops) {
          s.write((tx) => {
            const all = s.messages
              .page(tx, convId(1), { limit: 500 })
              .concat(s.messages.page(tx, convId(2), { limit: 500 }));
            if (o.t === 'in') s.messages.insert(tx, incoming(convId(o.conv), o.at, 'x'));
            else if (o.t === 'read') s.messages.markRead(tx, convId(o.conv), o.upTo, 1);
            else if (all.length > 0) {
              const m = all[o.pick % all.length]!;
              if (o.t === 'del') s.messages.remove(tx, m.id);
              else if (m.state === 'unread') s.messages.setState(tx, m.id, 'read', { now: 5 });
            }
          });
        }
        for (const c of [convId(1), convId(2)]) {
          expect(s.conversations.get(s.read, c)!.unreadCount).toBe(s.messages.countUnreadIndexed(s.read, c));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('messages: state machine', () => {
  const states: MessageState[] = ['sending', 'sent', 'failed', 'read', 'unread'];

  it('allows exactly the listed transitions and rejects the rest with a typed error, changing nothing', () => {
    const s = setup();
    for (const from of states) {
      for (const to of states) {
        const isOut = from === 'sending' || from === 'sent' || from === 'failed';
        const id = s.write((tx) =>
          s.messages.insert(
            tx,
            isOut
              ? outgoing(convId(1), 1, 'x', { state: from })
              : incoming(convId(1), 1, 'x', { state: from }),
          )!,
        );
        const allowed = MESSAGE_TRANSITIONS[from].includes(to);
        if (allowed) {
          expect(s.write((tx) => s.messages.setState(tx, id, to, { now: 2 })).state).toBe(to);
        } else {
          expect(() => s.write((tx) => s.messages.setState(tx, id, to))).toThrowError(
            expect.objectContaining({ code: 'illegal-transition' }),
          );
          expect(s.messages.get(s.read, id)!.state).toBe(from);
        }
      }
    }
  });

  it('records the server hash on sent, the reason on failed, and starts after-read timers on read', () => {
    const s = setup();
    const id = s.write((tx) => s.messages.insert(tx, outgoing(convId(1), 100, 'hello'))!);
    s.write((tx) => s.messages.setState(tx, id, 'failed', { failureReason: 'clock' }));
    expect(s.messages.get(s.read, id)!.failureReason).toBe('clock');
    s.write((tx) => s.messages.setState(tx, id, 'sending'));
    const sent = s.write((tx) => s.messages.setState(tx, id, 'sent', { serverHash: 'abc', expiresAt: 9999 }));
    expect(sent).toMatchObject({ serverHash: 'abc', failureReason: null, expiresAt: 9999 });
    expect(s.write((tx) => s.messages.markReadByRecipient(tx, convId(1), [100], 50))).toBe(1);
    expect(s.messages.get(s.read, id)).toMatchObject({ state: 'read', readAt: 50 });

    const timed = s.write((tx) =>
      s.messages.insert(
        tx,
        incoming(convId(1), 200, 'secret', { expireMode: 'after-read', expireTimerS: 30 }),
      )!,
    );
    const [r] = s.write((tx) => s.messages.markRead(tx, convId(1), 200, 1_000));
    expect(r).toMatchObject({ id: timed, expiresAt: 31_000 });
    expect(s.messages.nextExpiry(s.read)).toBe(9999);
    expect(s.messages.expired(s.read, 40_000)).toEqual([id, timed]);
  });

  it('refuses a new message in a state it cannot start in, and one without a conversation', () => {
    const s = setup();
    expect(() =>
      s.write((tx) => s.messages.insert(tx, incoming(convId(1), 1, 'x', { state: 'sent' }))),
    ).toThrowError(StoreError);
    expect(() => s.write((tx) => s.messages.insert(tx, incoming(convId(7), 1, 'x')))).toThrowError(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});
