import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { avatarColour, initials } from '../../../src/components/avatar-look';
import { linkify } from '../../../src/components/linkify';
import { MessengerScreen } from '../../../src/features/messenger/MessengerScreen';
import {
  clampPane,
  createLayoutStore,
  PANE_DEFAULT,
  PANE_MAX,
  PANE_MIN,
} from '../../../src/stores/messenger/layout-store';
import { createLinksStore, isOpenable } from '../../../src/stores/messenger/links-store';
import { installShortcuts, shortcutOf, type Shortcut } from '../../../src/stores/messenger/shortcuts';
import { ok, READY } from '../fake-bridge';
import { renderWith } from '../render';
import { A, B, conv, messengerBridge } from './data';

afterEach(cleanup);

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps the keys messenger users know, with Cmd on a Mac and Ctrl elsewhere', () => {
    expect(shortcutOf(key('n', { ctrlKey: true }), false)).toBe('new-message');
    expect(shortcutOf(key('N', { ctrlKey: true }), false)).toBe('new-message');
    expect(shortcutOf(key('n', { metaKey: true }), true)).toBe('new-message');
    expect(shortcutOf(key('n', { ctrlKey: true }), true)).toBeUndefined();
    expect(shortcutOf(key('k', { ctrlKey: true }), false)).toBe('search');
    expect(shortcutOf(key('f', { metaKey: true }), true)).toBe('find');
    expect(shortcutOf(key('ArrowDown', { altKey: true }), false)).toBe('next-chat');
    expect(shortcutOf(key('ArrowUp', { altKey: true }), true)).toBe('previous-chat');
    expect(shortcutOf(key('ArrowUp'), false)).toBeUndefined();
    expect(shortcutOf(key('n', { ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
  });

  it('runs the shortcut and keeps the browser from doing its own thing', () => {
    const ran: Shortcut[] = [];
    const off = installShortcuts(window, (s) => ran.push(s), false);
    const e = new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, cancelable: true });
    window.dispatchEvent(e);
    off();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', ctrlKey: true }));
    expect(ran).toEqual(['new-message']);
    expect(e.defaultPrevented).toBe(true);
  });

  it('opens New message with Ctrl+N and switches chats with Alt+↓ on the main screen', async () => {
    const bridge = messengerBridge([conv(A, { displayName: 'Alice' }), conv(B, { displayName: 'Bob' })], {
      'account.state': ok(READY),
      'account.qr': ok({ svg: '<svg/>' }),
    });
    const { stores } = renderWith(bridge, <MessengerScreen />);
    act(() => stores.account.getState().accept(READY));
    await expect.poll(() => stores.conversations.getState().loaded).toBe(true);
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(await screen.findByRole('heading', { name: 'New message' })).toBeTruthy();
    act(() => stores.nav.getState().closeDialog());
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    expect(stores.chat.getState().openId).toBe(B);
    fireEvent.keyDown(window, { key: 'ArrowUp', altKey: true });
    expect(stores.chat.getState().openId).toBe(A);
  });
});

describe('links', () => {
  it('finds web addresses, leaving sentence punctuation outside', () => {
    expect(linkify('see https://a.org/x. and www.b.net/y, ok')).toEqual([
      { text: 'see ' },
      { text: 'https://a.org/x', href: 'https://a.org/x' },
      { text: '. and ' },
      { text: 'www.b.net/y', href: 'https://www.b.net/y' },
      { text: ', ok' },
    ]);
    expect(linkify('(https://w.org/A_(b))')[1]).toEqual({
      text: 'https://w.org/A_(b)',
      href: 'https://w.org/A_(b)',
    });
    expect(linkify('no links here')).toEqual([{ text: 'no links here' }]);
  });

  it('opens only after the confirm, and only web addresses', () => {
    const opened: string[] = [];
    const links = createLinksStore((u) => opened.push(u));
    links.getState().ask('https://example.org');
    expect(opened).toEqual([]);
    links.getState().confirm();
    expect(opened).toEqual(['https://example.org']);
    links.getState().ask('javascript:alert(1)');
    expect(links.getState().pending).toBeUndefined();
    links.getState().confirm();
    expect(opened).toHaveLength(1);
    expect(isOpenable('file:///etc/passwd')).toBe(false);
  });
});

describe('layout and avatars', () => {
  it('keeps the left pane between its bounds, by drag or arrow keys, and remembers it', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    const layout = createLayoutStore(storage);
    expect(layout.getState().paneWidth).toBe(PANE_DEFAULT);
    layout.getState().nudge(1);
    layout.getState().nudge(1, true);
    expect(layout.getState().paneWidth).toBe(PANE_DEFAULT + 16 + 64);
    layout.getState().setPaneWidth(10_000);
    expect(layout.getState().paneWidth).toBe(PANE_MAX);
    expect(createLayoutStore(storage).getState().paneWidth).toBe(PANE_MAX);
    expect(clampPane(3)).toBe(PANE_MIN);
  });

  it('gives one ID one colour, and initials from the name', () => {
    expect(avatarColour(A)).toBe(avatarColour(A));
    expect(
      new Set([A, B, `05${'12'.repeat(32)}`, `05${'34'.repeat(32)}`].map(avatarColour)).size,
    ).toBeGreaterThan(1);
    expect(initials('Ada Lovelace', A)).toBe('AL');
    expect(initials('émile zola', A)).toBe('ÉZ');
    expect(initials('05abcd…ef01', `05${'c3'.repeat(32)}`)).toBe('C3');
    expect(initials('', A)).toBe('AA');
  });
});
