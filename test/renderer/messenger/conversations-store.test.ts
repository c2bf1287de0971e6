import { describe, expect, it } from 'vitest';
import { createConversationsStore } from '../../../src/stores/messenger/conversations-store';
import { err, fakeBridge, ok } from '../fake-bridge';
import { A, B, C, conv, G } from './data';

const totals = { unreadTotal: 3, requestCount: 1 };

function started(
  items = [conv(A, { pinned: true }), conv(B, { lastActivityAt: 900 }), conv(C, { lastActivityAt: 800 })],
) {
  const bridge = fakeBridge({ 'conversations.list': ok({ items, nextCursor: null, ...totals }) });
  const store = createConversationsStore(bridge);
  const stop = store.getState().start();
  return { bridge, store, stop, ids: () => store.getState().items.map((c) => c.id) };
}

describe('conversation list store', () => {
  it('keeps the order the core sends, with its totals', async () => {
    // Deliberately not sorted by our rule: the page's order is the core's to decide.
    const { store, ids } = started([conv(C, { lastActivityAt: 1 }), conv(A, { lastActivityAt: 5 })]);
    await expect.poll(() => store.getState().loaded).toBe(true);
    expect(ids()).toEqual([C, A]);
    expect(store.getState()).toMatchObject({ unreadTotal: 3, requestCount: 1 });
  });

  it('moves a conversation with new activity to the top of the unpinned ones', async () => {
    const { bridge, store, ids } = started();
    await expect.poll(() => store.getState().loaded).toBe(true);
    bridge.emit('conversations.changed', {
      upserted: [conv(C, { lastActivityAt: 2_000, unreadCount: 1 })],
      removed: [],
      unreadTotal: 4,
      requestCount: 1,
    });
    expect(ids()).toEqual([A, C, B]);
    expect(store.getState().unreadTotal).toBe(4);
  });

  it('drops removed ones and never shows an incoming request in the main list', async () => {
    const { bridge, store, ids } = started();
    await expect.poll(() => store.getState().loaded).toBe(true);
    bridge.emit('conversations.changed', {
      upserted: [conv(G, { request: 'incoming', lastActivityAt: 5_000 })],
      removed: [B],
      ...totals,
    });
    expect(ids()).toEqual([A, C]);
  });

  it('leaves a conversation that sorts after a partly loaded list to the next page', async () => {
    const bridge = fakeBridge({
      'conversations.list': ok({ items: [conv(A, { lastActivityAt: 900 })], nextCursor: 'next', ...totals }),
    });
    const store = createConversationsStore(bridge);
    store.getState().start();
    await expect.poll(() => store.getState().loaded).toBe(true);
    bridge.emit('conversations.changed', {
      upserted: [conv(B, { lastActivityAt: 10 })],
      removed: [],
      ...totals,
    });
    expect(store.getState().items.map((c) => c.id)).toEqual([A]);
    bridge.emit('conversations.changed', {
      upserted: [conv(C, { lastActivityAt: 950 })],
      removed: [],
      ...totals,
    });
    expect(store.getState().items.map((c) => c.id)).toEqual([C, A]);
  });

  it('pages on without repeating what it has', async () => {
    const bridge = fakeBridge({
      'conversations.list': (p) =>
        p.cursor
          ? ok({
              items: [conv(B, { lastActivityAt: 800 }), conv(C, { lastActivityAt: 700 })],
              nextCursor: null,
              ...totals,
            })
          : ok({
              items: [conv(A, { lastActivityAt: 900 }), conv(B, { lastActivityAt: 800 })],
              nextCursor: 'c2',
              ...totals,
            }),
    });
    const store = createConversationsStore(bridge);
    store.getState().start();
    await expect.poll(() => store.getState().loaded).toBe(true);
    await store.getState().loadMore();
    expect(store.getState().items.map((c) => c.id)).toEqual([A, B, C]);
    expect(bridge.callsOf('conversations.list').at(-1)).toEqual({ cursor: 'c2', limit: 100 });
  });

  it('shows typing from typing.changed', async () => {
    const { bridge, store } = started();
    await expect.poll(() => store.getState().loaded).toBe(true);
    bridge.emit('typing.changed', { conversationId: B, typing: true });
    expect(store.getState().byId(B)?.typing).toBe(true);
  });

  it('adopts what an action answers, forgets a deleted one, and shows a failure', async () => {
    const { bridge, store, ids } = started();
    await expect.poll(() => store.getState().loaded).toBe(true);
    bridge.answer('conversations.setPinned', ok(conv(C, { pinned: true, lastActivityAt: 800 })));
    expect(await store.getState().act(C, 'pin')).toBe(true);
    expect(bridge.callsOf('conversations.setPinned')).toEqual([{ conversationId: C, pinned: true }]);
    expect(ids()).toEqual([A, C, B]);
    bridge.answer('conversations.delete', ok({}));
    await store.getState().act(B, 'delete');
    expect(ids()).toEqual([A, C]);
    bridge.answer('conversations.setMuted', err('conversation-not-found'));
    expect(await store.getState().act(A, 'mute')).toBe(false);
    expect(bridge.callsOf('conversations.setMuted')).toEqual([{ conversationId: A, mutedUntil: 'forever' }]);
    expect(store.getState().actionError?.code).toBe('conversation-not-found');
  });

  it('forgets everything on reset (the account locked)', async () => {
    const { store } = started();
    await expect.poll(() => store.getState().loaded).toBe(true);
    store.getState().reset();
    expect(store.getState()).toMatchObject({ items: [], loaded: false, unreadTotal: 0 });
  });
});
