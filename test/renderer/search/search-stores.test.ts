/**
 * The renderer's search stores (issue 15): global search waits for a pause in typing, keeps only
 * the latest answer, and opens a message hit at the message; in-chat search steps through its
 * matches (wrapping) by jumping the chat's message window; bubbles mark the words as search
 * reads them. Time runs by hand.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ChatStore } from '../../../src/stores/messenger/chat-store';
import { createChatSearchStore } from '../../../src/stores/search/chat-search-store';
import type { Delay } from '../../../src/stores/search/delay';
import { highlight, searchTerms } from '../../../src/stores/search/highlight';
import { createSearchStore, resultCount, type MessageHit } from '../../../src/stores/search/search-store';
import { deferred, fakeBridge, ok } from '../fake-bridge';

const A = `05${'aa'.repeat(32)}`;
const B = `05${'bb'.repeat(32)}`;

/** A Delay the test fires: `tick()` runs whatever is waiting. */
function manualDelay(): { delay: Delay; tick: () => void; waiting: () => number } {
  let queue: (() => void)[] = [];
  return {
    delay: (fn) => {
      queue.push(fn);
      return () => (queue = queue.filter((f) => f !== fn));
    },
    tick: () => {
      const run = queue;
      queue = [];
      for (const f of run) f();
    },
    waiting: () => queue.length,
  };
}

function hit(id: string, conversationId = A): MessageHit {
  return {
    messageId: id,
    conversationId,
    conversationName: 'Ann',
    conversationKind: 'direct',
    senderName: 'Ann',
    outgoing: false,
    sentAt: 1_000,
    snippet: 'the \u0002word\u0003',
  };
}

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

describe('global search store', () => {
  it('asks once per pause in typing and drops an answer to an older query', async () => {
    const t = manualDelay();
    const bridge = fakeBridge();
    const slow = deferred<ReturnType<typeof ok<{ people: []; messages: MessageHit[]; more: boolean }>>>();
    bridge.answer('search.global', (p) =>
      p.query === 'wo' ? slow.promise : ok({ people: [], messages: [hit('2')], more: false }),
    );
    const opened: string[] = [];
    const store = createSearchStore(bridge, {
      openChat: (c) => opened.push(`chat ${c}`),
      openAt: (c, m) => opened.push(`${c} at ${m}`),
      delay: t.delay,
    });
    store.getState().setQuery('w');
    store.getState().setQuery('wo');
    expect(t.waiting()).toBe(1);
    t.tick();
    store.getState().setQuery('wor');
    t.tick();
    await settle();
    slow.resolve(ok({ people: [], messages: [hit('1')], more: false }));
    await settle();
    expect(bridge.callsOf('search.global')).toEqual([
      { query: 'wo', limit: 30 },
      { query: 'wor', limit: 30 },
    ]);
    expect(store.getState()).toMatchObject({ status: 'ready', messages: [{ messageId: '2' }] });

    await store.getState().choose();
    expect(opened).toEqual([`${A} at 2`]);
    expect(store.getState()).toMatchObject({ query: '', status: 'idle', messages: [] });
  });

  it('starts a conversation for a contact without one', async () => {
    const t = manualDelay();
    const person = {
      conversationId: B,
      kind: 'direct' as const,
      displayName: 'Bob',
      matchedOn: 'name' as const,
      hasConversation: false,
      avatar: null,
    };
    const bridge = fakeBridge({ 'search.global': ok({ people: [person], messages: [], more: false }) });
    bridge.answer('conversations.open', (p) => ok({ conversation: { id: p.to } } as never));
    const opened: string[] = [];
    const store = createSearchStore(bridge, {
      openChat: (c) => opened.push(c),
      openAt: () => undefined,
      delay: t.delay,
    });
    store.getState().setQuery('bob');
    t.tick();
    await settle();
    await store.getState().choose(0);
    expect(bridge.callsOf('conversations.open')).toEqual([{ to: B }]);
    expect(opened).toEqual([B]);
  });
});

describe('starting a chat from the search box', () => {
  it('offers what was typed as a Session ID or ONS name, last, and opens it through messaging', async () => {
    const t = manualDelay();
    const bridge = fakeBridge({ 'search.global': ok({ people: [], messages: [hit('1')], more: false }) });
    bridge.answer('conversations.open', () => ok({ conversation: { id: B } } as never));
    const opened: string[] = [];
    const store = createSearchStore(bridge, {
      openChat: (c) => opened.push(c),
      openAt: () => undefined,
      delay: t.delay,
    });
    store.getState().setQuery('Alice_W');
    t.tick();
    await settle();
    expect(store.getState().recipient).toBe('alice_w');
    expect(resultCount(store.getState())).toBe(2);
    store.getState().move(-1);
    await store.getState().choose();
    expect(bridge.callsOf('conversations.open')).toEqual([{ to: 'alice_w' }]);
    expect(opened).toEqual([B]);

    store.getState().setQuery('two words');
    t.tick();
    await settle();
    expect(store.getState().recipient).toBeUndefined();
  });
});

describe('search follows messaging', () => {
  it('drops the hits of messages deleted or unsent since', async () => {
    const t = manualDelay();
    const bridge = fakeBridge({
      'search.global': ok({ people: [], messages: [hit('1'), hit('2'), hit('3')], more: false }),
    });
    const store = createSearchStore(bridge, {
      openChat: () => undefined,
      openAt: () => undefined,
      delay: t.delay,
    });
    const stop = store.getState().start();
    store.getState().setQuery('the word');
    t.tick();
    await settle();
    store.getState().move(-1);
    expect(store.getState().active).toBe(2);
    bridge.emit('messages.changed', { conversationId: A, added: [], updated: [], removed: ['3'] });
    bridge.emit('messages.changed', {
      conversationId: A,
      added: [],
      updated: [{ id: '1', kind: 'deleted' } as never],
      removed: [],
    });
    expect(store.getState().messages.map((m) => m.messageId)).toEqual(['2']);
    expect(store.getState().active).toBe(0);
    stop();
  });

  it('asks for the chat matches again when the open chat changes, keeping the one shown', async () => {
    const t = manualDelay();
    const window = createStore(() => ({ jumpTo: () => Promise.resolve() }));
    // Only what the search store reads of a chat: the open id and its message window.
    const chat = createStore(() => ({ openId: A, window })) as unknown as ChatStore;
    const first = ['9', '5'].map((messageId) => ({ messageId, sentAt: Number(messageId) }));
    const bridge = fakeBridge({ 'search.inChat': ok({ total: 2, matches: first }) });
    const store = createChatSearchStore(bridge, chat, t.delay);
    const stop = store.getState().start();
    store.getState().show();
    store.getState().setQuery('word');
    t.tick();
    await settle();
    store.getState().older();
    expect(store.getState().index).toBe(1);
    bridge.answer('search.inChat', ok({ total: 3, matches: [{ messageId: '12', sentAt: 12 }, ...first] }));
    bridge.emit('messages.changed', { conversationId: B, added: [], updated: [], removed: [] });
    expect(t.waiting()).toBe(0);
    bridge.emit('messages.changed', { conversationId: A, added: [], updated: [], removed: [] });
    t.tick();
    await settle();
    expect(store.getState()).toMatchObject({ total: 3, index: 2 });
    expect(store.getState().matches[2]!.messageId).toBe('5');
    stop();
  });
});

describe('in-chat search store', () => {
  it('counts the matches and jumps to each, wrapping both ways', async () => {
    const t = manualDelay();
    const jumps: string[] = [];
    const window = createStore(() => ({ jumpTo: (id: string) => Promise.resolve(void jumps.push(id)) }));
    // Only what the search store reads of a chat: the open id and its message window.
    const chat = createStore(() => ({ openId: A, window })) as unknown as ChatStore;
    const matches = ['9', '5', '1'].map((messageId) => ({ messageId, sentAt: Number(messageId) }));
    const bridge = fakeBridge({ 'search.inChat': ok({ total: 3, matches }) });
    const store = createChatSearchStore(bridge, chat, t.delay);
    store.getState().show();
    store.getState().setQuery('word');
    t.tick();
    await settle();
    expect(bridge.callsOf('search.inChat')).toEqual([{ conversationId: A, query: 'word' }]);
    expect(store.getState()).toMatchObject({ total: 3, index: 0 });
    store.getState().older();
    store.getState().older();
    store.getState().older();
    store.getState().newer();
    expect(jumps).toEqual(['9', '5', '1', '9', '1']);
    store.getState().hide();
    expect(store.getState()).toMatchObject({ open: false, query: '', total: 0, index: -1 });
  });
});

describe('marking search words in a bubble', () => {
  it('folds case and diacritics as search does and keeps the original letters', () => {
    expect(searchTerms('Cafe "new york" ')).toEqual(['cafe', 'new york']);
    expect(highlight('Un café à New  York? Non, New York.', searchTerms('cafe "new york"'))).toEqual([
      { text: 'Un ', match: false },
      { text: 'café', match: true },
      { text: ' à New  York? Non, ', match: false },
      { text: 'New York', match: true },
      { text: '.', match: false },
    ]);
    expect(highlight('Привет, мир', searchTerms('МИР'))).toEqual([
      { text: 'Привет, ', match: false },
      { text: 'мир', match: true },
    ]);
  });
});
