import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoresProvider } from '../../../src/app/stores-context';
import { createStores } from '../../../src/app/stores';
import { Composer } from '../../../src/features/chat/Composer';
import { createComposerStore, DRAFT_DEBOUNCE_MS } from '../../../src/stores/messenger/composer-store';
import {
  createTypingSignal,
  TYPING_IDLE_MS,
  TYPING_REPEAT_MS,
} from '../../../src/stores/messenger/typing-signal';
import { deferred, err, fakeBridge, ok } from '../fake-bridge';
import { A, B, conv, msg } from './data';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function composer(typing = true) {
  const bridge = fakeBridge({
    'conversations.getDraft': ok({ text: '' }),
    'conversations.setDraft': ok({}),
    'messages.typing': ok({}),
    'messages.send': (p) => ok(msg(99, { outgoing: true, body: p.body ?? '', status: 'sending' })),
  });
  const sent: string[] = [];
  const store = createComposerStore(bridge, { typingAllowed: () => typing, onSent: (m) => sent.push(m.id) });
  return { bridge, store, sent };
}

describe('typing signal (protocol reference §3.5)', () => {
  it('says STARTED once, again every 10 s of typing, and STOPPED after 10 s without a key', () => {
    const said: string[] = [];
    const signal = createTypingSignal((s) => said.push(s));
    signal.keystroke();
    vi.advanceTimersByTime(4_000);
    signal.keystroke();
    vi.advanceTimersByTime(TYPING_REPEAT_MS - 4_000);
    signal.keystroke();
    expect(said).toEqual(['started', 'started']);
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    expect(said).toEqual(['started', 'started']);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['started', 'started', 'stopped']);
    signal.stop();
    expect(said).toHaveLength(3);
  });
});

describe('composer store', () => {
  it('saves the draft a moment after the last keystroke, once', async () => {
    const { bridge, store } = composer();
    await store.getState().switchTo(A);
    store.getState().setText('h');
    store.getState().setText('he');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 1);
    expect(bridge.callsOf('conversations.setDraft')).toEqual([]);
    store.getState().setText('hey');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    expect(bridge.callsOf('conversations.setDraft')).toEqual([{ conversationId: A, text: 'hey' }]);
  });

  it('flushes the draft at once when the user switches chat, and loads the next one', async () => {
    const { bridge, store } = composer();
    bridge.answer('conversations.getDraft', (p) => ok({ text: p.conversationId === B ? 'draft of B' : '' }));
    await store.getState().switchTo(A);
    store.getState().setText('half a thought');
    await store.getState().switchTo(B);
    expect(bridge.callsOf('conversations.setDraft')).toEqual([{ conversationId: A, text: 'half a thought' }]);
    expect(store.getState()).toMatchObject({ conversationId: B, text: 'draft of B', dirty: false });
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS * 4);
    expect(bridge.callsOf('conversations.setDraft')).toHaveLength(1);
  });

  it('does not overwrite what the user typed with a draft that arrives late', async () => {
    const { bridge, store } = composer();
    const slow = deferred<ReturnType<typeof ok<{ text: string }>>>();
    bridge.answer('conversations.getDraft', () => slow.promise);
    const switching = store.getState().switchTo(A);
    store.getState().setText('typed first');
    slow.resolve(ok({ text: 'old draft' }));
    await switching;
    expect(store.getState().text).toBe('typed first');
  });

  it('sends typing indicators only where allowed, and STOPPED on send', async () => {
    const { bridge, store } = composer(true);
    await store.getState().switchTo(A);
    store.getState().setText('hi');
    store.getState().setText('hi!');
    await store.getState().send();
    expect(bridge.callsOf('messages.typing')).toEqual([
      { conversationId: A, state: 'started' },
      { conversationId: A, state: 'stopped' },
    ]);
    const off = composer(false);
    await off.store.getState().switchTo(A);
    off.store.getState().setText('hi');
    expect(off.bridge.callsOf('messages.typing')).toEqual([]);
  });

  it('sends the trimmed text with its quote, clears it, and hands the message to the chat', async () => {
    const { bridge, store, sent } = composer();
    await store.getState().switchTo(A);
    store.getState().reply(msg(7));
    store.getState().setText('  answer  ');
    await store.getState().send();
    expect(bridge.callsOf('messages.send')).toMatchObject([
      { conversationId: A, body: 'answer', quote: '7' },
    ]);
    expect((bridge.callsOf('messages.send')[0] as { idempotencyKey: string }).idempotencyKey).toHaveLength(
      36,
    );
    expect(store.getState()).toMatchObject({ text: '', quote: undefined, sending: false });
    expect(sent).toEqual(['99']);
  });

  it('refuses nothing-but-space and more than 2,000 characters, keeping the text', async () => {
    const { bridge, store } = composer();
    await store.getState().switchTo(A);
    store.getState().setText('   ');
    await store.getState().send();
    store.getState().setText('😀'.repeat(2_001));
    await store.getState().send();
    expect(bridge.callsOf('messages.send')).toEqual([]);
    expect(store.getState().error?.code).toBe('body-too-long');
    expect(store.getState().text).toHaveLength(4_002);
  });

  it('keeps the text and says why when the core refuses', async () => {
    const { bridge, store } = composer();
    bridge.answer('messages.send', err('contact-blocked'));
    await store.getState().switchTo(A);
    store.getState().setText('hello');
    await store.getState().send();
    expect(store.getState()).toMatchObject({ text: 'hello', error: { code: 'contact-blocked' } });
  });
});

describe('composer view', () => {
  // Testing Library polls with real timers.
  beforeEach(() => vi.useRealTimers());

  function renderComposer(c = conv(A, { displayName: 'Alice' })) {
    const bridge = fakeBridge({
      'conversations.get': ok(c),
      'conversations.getDraft': ok({ text: '' }),
      'conversations.setDraft': ok({}),
      'messages.send': (p) => ok(msg(50, { outgoing: true, body: p.body ?? '' })),
      'messages.page': ok({ items: [], older: null, newer: null, firstUnreadId: null, unreadCount: 0 }),
    });
    const stores = createStores(bridge, { theme: () => undefined, writeText: () => Promise.resolve() });
    render(
      <StoresProvider stores={stores}>
        <Composer />
      </StoresProvider>,
    );
    act(() => stores.chat.getState().open(c.id));
    return { bridge, stores };
  }

  it('sends with Enter and breaks the line with Shift+Enter', async () => {
    const { bridge } = renderComposer();
    const box = await screen.findByRole('textbox', { name: 'Message to Alice' });
    fireEvent.change(box, { target: { value: 'first line' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(bridge.callsOf('messages.send')).toEqual([]);
    fireEvent.keyDown(box, { key: 'Enter' });
    await vi.waitFor(() => expect(bridge.callsOf('messages.send')).toMatchObject([{ body: 'first line' }]));
  });

  it('says why it cannot send instead of offering a box', async () => {
    renderComposer(conv(A, { blocked: true, sendability: { canSend: false, reason: 'blocked' } }));
    expect((await screen.findByTestId('composer-disabled')).textContent).toMatch(/You blocked this contact/);
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('locking', () => {
  beforeEach(() => vi.useRealTimers());

  it('saves a waiting draft before it asks the core to lock', async () => {
    const bridge = fakeBridge({
      'conversations.getDraft': ok({ text: '' }),
      'conversations.setDraft': ok({}),
      'account.lock': ok({ state: 'locked', vault: 'password' }),
    });
    const stores = createStores(bridge, { theme: () => undefined });
    await stores.composer.getState().switchTo(A);
    stores.composer.getState().setText('almost sent');
    await stores.account.getState().lockNow();
    expect(bridge.calls.map((c) => c.method).slice(-2)).toEqual(['conversations.setDraft', 'account.lock']);
  });
});
