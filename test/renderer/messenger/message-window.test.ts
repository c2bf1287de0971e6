import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { Params } from '../../../src/bridge/bridge';
import { messagesOf } from '../../../src/stores/messenger/message-pages';
import { createMessageWindow, PAGE_SIZE, WINDOW_CAP } from '../../../src/stores/messenger/message-window';
import { deferred, fakeBridge, ok } from '../fake-bridge';
import { A, msg, range } from './data';

/** A core over one chat: keyset pages whose cursors are boundary indexes, as a real one's would be. */
function chatBridge(chat: MessageView[]) {
  const bridge = fakeBridge();
  const slice = (a: number, b: number) => {
    const s = Math.max(0, a);
    const e = Math.min(chat.length, b);
    const unread = chat.filter((m) => m.unread);
    return ok({
      items: chat.slice(s, e).reverse(),
      older: s > 0 ? String(s) : null,
      newer: e < chat.length ? String(e) : null,
      firstUnreadId: unread[0]?.id ?? null,
      unreadCount: unread.length,
    });
  };
  bridge.answer('messages.page', (p: Params<'messages.page'>) => {
    const limit = p.limit ?? PAGE_SIZE;
    const a = p.anchor;
    if (a.at === 'before') return slice(Number(a.cursor) - limit, Number(a.cursor));
    if (a.at === 'after') return slice(Number(a.cursor), Number(a.cursor) + limit);
    if (a.at === 'around') {
      const k = chat.findIndex((m) => m.id === a.messageId);
      return slice(k - limit / 2, k + limit / 2);
    }
    const u = chat.findIndex((m) => m.unread);
    if (a.at === 'first-unread' && u >= 0) return slice(u - 5, u - 5 + limit);
    return slice(chat.length - limit, chat.length);
  });
  return bridge;
}

const ids = (w: ReturnType<typeof createMessageWindow>) =>
  messagesOf(w.getState().pages).map((m) => Number(m.id));

async function opened(chat: MessageView[], active = () => true) {
  const bridge = chatBridge(chat);
  const w = createMessageWindow(bridge, A, { isActive: active });
  await w.getState().open();
  return { bridge, w };
}

describe('message window view model', () => {
  it('opens at the first unread message, with the divider there', async () => {
    const chat = range(1, 500);
    for (const m of chat.slice(449)) m.unread = true;
    const { bridge, w } = await opened(chat);
    expect(bridge.callsOf('messages.page')[0]).toMatchObject({ anchor: { at: 'first-unread' } });
    expect(w.getState()).toMatchObject({
      firstUnreadId: '450',
      change: { kind: 'open', target: 'unread' },
      unreadCount: 51,
    });
    expect(w.getState().rows.findIndex((r) => r.kind === 'unread')).toBeGreaterThan(0);
    expect(ids(w)[0]).toBe(445);
  });

  it('opens at the newest message when everything is read', async () => {
    const { w } = await opened(range(1, 120));
    expect(w.getState()).toMatchObject({
      firstUnreadId: null,
      change: { kind: 'open', target: 'newest' },
      hasNewer: false,
      hasOlder: true,
    });
    expect(ids(w).at(-1)).toBe(120);
  });

  it('grows with older pages, telling the list to keep its anchor', async () => {
    const { bridge, w } = await opened(range(1, 200));
    w.getState().setAnchor({ messageId: '151', offset: 12 });
    await w.getState().loadOlder();
    expect(bridge.callsOf('messages.page')[1]).toMatchObject({ anchor: { at: 'before', cursor: '150' } });
    expect(ids(w)[0]).toBe(101);
    expect(w.getState()).toMatchObject({
      change: { kind: 'older' },
      anchor: { messageId: '151', offset: 12 },
    });
    // The anchor's row moved down by exactly the rows that arrived above it.
    expect(w.getState().rows.findIndex((r) => r.key === '151')).toBe(51);
  });

  it('never holds the whole chat: the far end is cut as it grows', async () => {
    const { w } = await opened(range(1, 2_000));
    for (let i = 0; i < 10; i++) await w.getState().loadOlder();
    expect(messagesOf(w.getState().pages).length).toBeLessThanOrEqual(WINDOW_CAP);
    expect(w.getState().hasNewer).toBe(true);
    expect(ids(w)[0]).toBe(2_000 - 11 * PAGE_SIZE + 1);
    await w.getState().loadNewer();
    expect(ids(w).at(-1)).toBe(ids(w)[0]! + messagesOf(w.getState().pages).length - 1);
  });

  it('is patched by messages.changed and messages.expired', async () => {
    const { bridge, w } = await opened(range(1, 10));
    bridge.emit('messages.changed', {
      conversationId: A,
      added: [msg(11)],
      updated: [msg(3, { body: 'edited' })],
      removed: ['5'],
    });
    expect(ids(w)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
    expect(w.getState().find('3')?.body).toBe('edited');
    expect(w.getState().change).toEqual({ kind: 'patch', appended: 1, own: false });
    bridge.emit('messages.expired', { conversationId: A, messageIds: ['1', '2'] });
    expect(ids(w)[0]).toBe(3);
    bridge.emit('messages.changed', {
      conversationId: `05${'ff'.repeat(32)}`,
      added: [msg(99)],
      updated: [],
      removed: [],
    });
    expect(ids(w)).not.toContain(99);
  });

  it('applies changes that arrive while its page is on the way', async () => {
    const bridge = chatBridge(range(1, 10));
    const later = deferred<ReturnType<typeof ok>>();
    bridge.answer('messages.page', () => later.promise as never);
    const w = createMessageWindow(bridge, A);
    const opening = w.getState().open();
    bridge.emit('messages.changed', { conversationId: A, added: [msg(11)], updated: [], removed: [] });
    later.resolve(
      ok({ items: range(1, 10).reverse(), older: null, newer: null, firstUnreadId: null, unreadCount: 0 }),
    );
    await opening;
    expect(bridge.callsOf('messages.page')).toHaveLength(1);
    expect(ids(w)).toEqual(range(1, 11).map((m) => Number(m.id)));
  });

  it('jumps to a message in the window without a call, and loads the page around one outside it', async () => {
    const { bridge, w } = await opened(range(1, 400));
    await w.getState().jumpTo('380');
    expect(bridge.callsOf('messages.page')).toHaveLength(1);
    expect(w.getState()).toMatchObject({ change: { kind: 'jump', target: '380' }, highlightId: '380' });
    await w.getState().jumpTo('40');
    expect(bridge.callsOf('messages.page')[1]).toMatchObject({ anchor: { at: 'around', messageId: '40' } });
    expect(ids(w)).toContain(40);
    expect(w.getState()).toMatchObject({ change: { kind: 'jump', target: '40' }, hasNewer: true });
    await w.getState().jumpToNewest();
    expect(bridge.callsOf('messages.page')[2]).toMatchObject({ anchor: { at: 'newest' } });
    expect(ids(w).at(-1)).toBe(400);
  });

  it('drops an older answer that a jump overtook', async () => {
    const { bridge, w } = await opened(range(1, 400));
    const slow = deferred<ReturnType<typeof ok>>();
    bridge.answer('messages.page', (p: Params<'messages.page'>) =>
      p.anchor.at === 'before'
        ? (slow.promise as never)
        : ok({ items: [msg(40)], older: '39', newer: '40', firstUnreadId: null, unreadCount: 0 }),
    );
    const older = w.getState().loadOlder();
    await w.getState().jumpTo('40');
    slow.resolve(
      ok({
        items: range(300, 350).reverse(),
        older: '299',
        newer: '351',
        firstUnreadId: null,
        unreadCount: 0,
      }),
    );
    await older;
    expect(ids(w)).toEqual([40]);
    expect(w.getState().loadingOlder).toBe(false);
  });

  it('marks read what was seen, forwards only, and only while the user looks', async () => {
    const chat = range(1, 30);
    for (const m of chat.slice(20)) m.unread = true;
    let looking = false;
    const { bridge, w } = await opened(chat, () => looking);
    bridge.answer('messages.markReadUpTo', ok({ unreadCount: 4 }));
    w.getState().seen('26');
    expect(bridge.callsOf('messages.markReadUpTo')).toEqual([]);
    looking = true;
    w.getState().seen('26');
    await expect.poll(() => w.getState().unreadCount).toBe(4);
    w.getState().seen('24');
    w.getState().seen('26');
    expect(bridge.callsOf('messages.markReadUpTo')).toEqual([{ conversationId: A, messageId: '26' }]);
  });
});
