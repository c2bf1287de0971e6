import { describe, expect, it } from 'vitest';
import { createConversationsStore } from '../../../src/stores/messenger/conversations-store';
import { createNewMessageStore } from '../../../src/stores/messenger/new-message-store';
import { createRequestsStore } from '../../../src/stores/messenger/requests-store';
import { deferred, err, fakeBridge, ok } from '../fake-bridge';
import { A, B, C, conv } from './data';

const check = (input: string) =>
  /^05[0-9a-f]{64}$/.test(input)
    ? ok({ kind: 'session-id' as const, sessionId: input })
    : /^[a-z]+$/.test(input)
      ? ok({ kind: 'ons-name' as const, name: input })
      : ok({ kind: 'invalid' as const, code: 'invalid-recipient' as const });

describe('new message', () => {
  it('checks as the user types, keeping only the latest answer', async () => {
    const bridge = fakeBridge();
    const slow = deferred<ReturnType<typeof check>>();
    bridge.answer('conversations.parseRecipient', (p) => (p.input === 'ali' ? slow.promise : check(p.input)));
    const store = createNewMessageStore(bridge);
    const first = store.getState().setInput('ali');
    await store.getState().setInput(A);
    slow.resolve(check('ali'));
    await first;
    expect(store.getState().check).toEqual({ kind: 'session-id', sessionId: A });
  });

  it('says what is wrong only once submitted, and opens nothing', async () => {
    const bridge = fakeBridge({ 'conversations.parseRecipient': (p) => check(p.input) });
    const store = createNewMessageStore(bridge);
    await store.getState().setInput('12 34');
    expect(store.getState()).toMatchObject({ check: { kind: 'invalid' }, attempted: false });
    expect(await store.getState().submit()).toBeUndefined();
    expect(store.getState().attempted).toBe(true);
    await store.getState().setInput('');
    expect(await store.getState().submit()).toBeUndefined();
    expect(bridge.callsOf('conversations.open')).toEqual([]);
  });

  it('opens the conversation, resolving an ONS name through the core', async () => {
    const bridge = fakeBridge({
      'conversations.parseRecipient': (p) => check(p.input),
      'conversations.open': ok({ conversation: conv(B), created: true }),
    });
    const store = createNewMessageStore(bridge);
    await store.getState().setInput(' alice ');
    const opening = store.getState().submit();
    expect(store.getState().opening).toBe(true);
    expect((await opening)?.id).toBe(B);
    expect(bridge.callsOf('conversations.open')).toEqual([{ to: 'alice' }]);
    expect(store.getState()).toMatchObject({ input: '', opening: false });
  });

  it('keeps the input and says so when the name is unknown or unreachable', async () => {
    const bridge = fakeBridge({
      'conversations.parseRecipient': (p) => check(p.input),
      'conversations.open': err('ons-not-found'),
    });
    const store = createNewMessageStore(bridge);
    await store.getState().setInput('nobody');
    expect(await store.getState().submit()).toBeUndefined();
    expect(store.getState()).toMatchObject({
      input: 'nobody',
      opening: false,
      error: { code: 'ons-not-found' },
    });
  });
});

describe('message requests', () => {
  function setUp() {
    const requests = [
      conv(B, { request: 'incoming', lastActivityAt: 5 }),
      conv(C, { request: 'incoming', lastActivityAt: 9 }),
    ];
    const bridge = fakeBridge({
      'conversations.list': ok({ items: [conv(A)], nextCursor: null, unreadTotal: 0, requestCount: 2 }),
      'requests.list': ok({ items: requests, nextCursor: null, count: 2 }),
      'requests.accept': ok(conv(B, { request: 'none', lastActivityAt: 5 })),
      'requests.decline': ok({}),
    });
    const list = createConversationsStore(bridge);
    const store = createRequestsStore(bridge, list);
    list.getState().start();
    store.getState().start();
    return { bridge, list, store };
  }

  it('accepting moves the request into the main list and names it to open', async () => {
    const { list, store } = setUp();
    await store.getState().load();
    await expect.poll(() => list.getState().loaded).toBe(true);
    expect(await store.getState().answer(B, 'accept')).toBe(B);
    expect(store.getState().items.map((c) => c.id)).toEqual([C]);
    expect(list.getState().items.map((c) => c.id)).toContain(B);
  });

  it('declining deletes it and opens nothing; the request never joins the list', async () => {
    const { bridge, list, store } = setUp();
    await store.getState().load();
    expect(await store.getState().answer(C, 'decline')).toBeUndefined();
    expect(bridge.callsOf('requests.decline')).toEqual([{ conversationId: C }]);
    expect(store.getState()).toMatchObject({ count: 1, items: [{ id: B }] });
    expect(list.getState().items.map((c) => c.id)).toEqual([A]);
  });

  it('follows new requests and their count from conversations.changed', async () => {
    const { bridge, store } = setUp();
    await store.getState().load();
    const D = `05${'ee'.repeat(32)}`;
    bridge.emit('conversations.changed', {
      upserted: [conv(D, { request: 'incoming', lastActivityAt: 20 }), conv(B, { request: 'none' })],
      removed: [],
      unreadTotal: 0,
      requestCount: 2,
    });
    expect(store.getState().items.map((c) => c.id)).toEqual([D, C]);
    expect(store.getState().count).toBe(2);
  });
});
