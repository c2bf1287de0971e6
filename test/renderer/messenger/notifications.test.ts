import { describe, expect, it } from 'vitest';
import type { NotificationContent } from '../../../electron/bridge/methods/settings';
import { createStores } from '../../../src/app/stores';
import { startMessenger } from '../../../src/app/messenger-session';
import {
  notificationFor,
  windowTitle,
  type NotificationText,
} from '../../../src/stores/messenger/notification-rules';
import type { NotificationSink } from '../../../src/stores/messenger/notifier';
import { A, B, conv, G, messengerBridge, msg } from './data';

const base = {
  message: msg(1, { unread: true, body: 'hello there' }),
  conversation: conv(A, { displayName: 'Alice' }),
  openId: undefined,
  windowActive: false,
  enabled: true,
  content: 'name-and-message' as NotificationContent,
  now: 10_000,
};

describe('notification rules', () => {
  it('names the sender and shows the words, or less, as the setting says', () => {
    expect(notificationFor(base)).toEqual({
      title: 'Alice',
      body: 'hello there',
      tag: `conversation-${A}`,
      conversationId: A,
    });
    expect(notificationFor({ ...base, content: 'name-only' })?.body).toBe('New message');
    expect(notificationFor({ ...base, content: 'nothing' })).toMatchObject({
      title: 'Shallot',
      body: 'New message',
    });
  });

  it('stays quiet for the chat on screen, muted chats, requests, blocked people, own and read messages', () => {
    expect(notificationFor({ ...base, openId: A, windowActive: true })).toBeUndefined();
    expect(notificationFor({ ...base, openId: A, windowActive: false })).toBeDefined();
    expect(notificationFor({ ...base, openId: B, windowActive: true })).toBeDefined();
    expect(notificationFor({ ...base, conversation: conv(A, { mutedUntil: 'forever' }) })).toBeUndefined();
    expect(notificationFor({ ...base, conversation: conv(A, { mutedUntil: 20_000 }) })).toBeUndefined();
    expect(notificationFor({ ...base, conversation: conv(A, { mutedUntil: 5_000 }) })).toBeDefined();
    expect(notificationFor({ ...base, conversation: conv(A, { request: 'incoming' }) })).toBeUndefined();
    expect(notificationFor({ ...base, conversation: conv(A, { blocked: true }) })).toBeUndefined();
    expect(notificationFor({ ...base, message: msg(1, { outgoing: true, unread: true }) })).toBeUndefined();
    expect(notificationFor({ ...base, message: msg(1, { unread: false }) })).toBeUndefined();
    expect(notificationFor({ ...base, enabled: false })).toBeUndefined();
  });

  it('says who wrote in a group, announces missed calls, and cuts long text', () => {
    const group = conv(G, { displayName: 'Team' });
    expect(notificationFor({ ...base, conversation: group })?.body).toBe('Alice: hello there');
    const call = msg(2, { kind: 'call', body: null, call: { missed: true }, unread: true });
    expect(notificationFor({ ...base, message: call })?.body).toBe('Missed call');
    const long = msg(3, { body: 'x'.repeat(500), unread: true });
    expect(notificationFor({ ...base, message: long })?.body).toHaveLength(140);
  });

  it('puts the unread total in the window title', () => {
    expect(windowTitle(0)).toBe('Shallot');
    expect(windowTitle(7)).toBe('(7) Shallot');
    expect(windowTitle(5_000)).toBe('(999+) Shallot');
  });
});

describe('notifier', () => {
  it('shows a notification for a new message, and its click opens the chat', async () => {
    const shown: { text: NotificationText; click: () => void }[] = [];
    const sink: NotificationSink = {
      permission: () => 'granted',
      request: () => Promise.resolve('granted'),
      show: (text, click) => shown.push({ text, click }),
    };
    const bridge = messengerBridge([conv(A, { displayName: 'Alice' })]);
    const stores = createStores(bridge, {
      theme: () => undefined,
      notifications: sink,
      focus: { active: () => false, watch: () => () => undefined },
    });
    startMessenger(stores);
    await expect.poll(() => stores.conversations.getState().loaded).toBe(true);
    bridge.emit('messages.changed', {
      conversationId: A,
      added: [msg(1, { unread: true, body: 'first' }), msg(2, { unread: true, body: 'second' })],
      updated: [],
      removed: [],
    });
    await expect.poll(() => shown.length).toBe(1);
    expect(shown[0]?.text).toMatchObject({ title: 'Alice', body: 'second' });
    expect(stores.announcer.getState().text).toBe('New message in Alice');
    shown[0]?.click();
    expect(stores.chat.getState().openId).toBe(A);
  });
});
