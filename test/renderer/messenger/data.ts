/** Views as the core would send them, for the messenger's tests. */
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MessagePage, MessageView } from '../../../electron/bridge/methods/messages';
import { fakeBridge, ok, type Answers } from '../fake-bridge';

export const OWN = `05${'0a'.repeat(32)}`;
export const A = `05${'aa'.repeat(32)}`;
export const B = `05${'bb'.repeat(32)}`;
export const C = `05${'cc'.repeat(32)}`;
export const G = `03${'dd'.repeat(32)}`;

export function conv(id: string, over: Partial<ConversationView> = {}): ConversationView {
  return {
    id,
    kind: id.startsWith('03') ? 'group' : 'direct',
    displayName: `Name ${id.slice(2, 4)}`,
    nickname: null,
    profileName: null,
    avatar: null,
    lastMessage: null,
    lastActivityAt: 1_000,
    unreadCount: 0,
    markedUnread: false,
    mutedUntil: null,
    pinned: false,
    request: 'none',
    blocked: false,
    disappearing: { mode: 'off' },
    typing: false,
    memberCount: null,
    sendability: { canSend: true },
    ...over,
  };
}

/** Message `n` of conversation A, sent at n minutes after a fixed day's start. */
export function msg(n: number, over: Partial<MessageView> = {}): MessageView {
  return {
    id: String(n),
    conversationId: A,
    sender: { id: A, displayName: 'Alice', avatar: null },
    outgoing: false,
    sentAt: Date.UTC(2026, 0, 10, 8) + n * 60_000,
    receivedAt: Date.UTC(2026, 0, 10, 8) + n * 60_000 + 500,
    kind: 'text',
    body: `message ${n}`,
    notice: null,
    call: null,
    status: 'received',
    failure: null,
    unread: false,
    quote: null,
    reactions: [],
    attachments: [],
    expiresAt: null,
    disappearing: { mode: 'off' },
    ...over,
  };
}

/** Messages `from`..`to` (inclusive), oldest first. */
export function range(from: number, to: number, over: Partial<MessageView> = {}): MessageView[] {
  return Array.from({ length: to - from + 1 }, (_, i) => msg(from + i, over));
}

/** A page as `messages.page` answers: newest first, cursors naming its ends. */
export function pageOf(items: MessageView[], more: Partial<MessagePage> = {}): MessagePage {
  const first = items[0];
  const last = items.at(-1);
  return {
    items: [...items].reverse(),
    older: first ? `before-${first.id}` : null,
    newer: last ? `after-${last.id}` : null,
    firstUnreadId: null,
    unreadCount: 0,
    ...more,
  };
}

/** A core with these conversations, no requests and empty chats: enough for the main screen. */
export function messengerBridge(items: ConversationView[], more: Answers = {}) {
  return fakeBridge({
    'conversations.list': ok({ items, nextCursor: null, unreadTotal: 0, requestCount: 0 }),
    'requests.list': ok({ items: [], nextCursor: null, count: 0 }),
    'messages.page': ok({ items: [], older: null, newer: null, firstUnreadId: null, unreadCount: 0 }),
    'conversations.getDraft': ok({ text: '' }),
    ...more,
  });
}
