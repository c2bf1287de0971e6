/** The messages methods over the messaging module: keyset pages, send, react, delete, read, typing. */
import type { MessagePage } from '../../../bridge/methods/messages';
import { anyConversationOf, conversationOf, messageOf, type Active } from '../../services/messaging/active';
import type { MessagingService } from '../../services/messaging/messaging-service';
import { MessagingError } from '../../services/messaging/messaging-error';
import { deleteMessages, markRead } from '../../services/messaging/read-delete';
import { reactTo, retryMessage, sendMessage, typingChanged } from '../../services/messaging/send-actions';
import type { ConversationId, MessageRecord, PageCursor } from '../../store';
import type { Handlers } from '../dispatcher';
import { messageCursor, readMessageCursor } from '../views/cursors';
import { messageInfo, messageView } from '../views/message-view';
import { PeopleCache } from '../views/people';

type Methods =
  | 'messages.page'
  | 'messages.get'
  | 'messages.send'
  | 'messages.retry'
  | 'messages.react'
  | 'messages.unreact'
  | 'messages.delete'
  | 'messages.markReadUpTo'
  | 'messages.poll'
  | 'messages.typing';

/** Message ids travel as strings; anything that is not one of ours is simply not found. */
export function parseMessageId(id: string): number {
  const n = /^[0-9]{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) throw new MessagingError('message-not-found', 'There is no such message.');
  return n;
}

function cursorOf(c: string): PageCursor {
  const p = readMessageCursor(c);
  if (!p) throw new MessagingError('invalid-cursor', 'This page cursor is not valid here.');
  return p;
}

type Anchor = Parameters<Handlers['messages.page']>[0]['anchor'];

/** Rows newest first, and whether more exist beyond each end. */
function rowsAt(a: Active, conversationId: ConversationId, anchor: Anchor, limit: number) {
  const { store } = a.session;
  const page = (o: { before?: PageCursor; after?: PageCursor }, n: number) =>
    store.messages.page(store.read, conversationId, { ...o, limit: n });
  const fromOlder = (before: PageCursor | undefined, n: number) => {
    const rows = before ? page({ before }, n + 1) : page({}, n + 1);
    return { rows: rows.slice(0, n), more: rows.length > n };
  };
  const fromNewer = (after: PageCursor, n: number) => {
    const rows = page({ after }, n + 1);
    return { rows: rows.slice(Math.max(0, rows.length - n)), more: rows.length > n };
  };
  const around = (m: MessageRecord) => {
    const older = fromOlder({ sentAt: m.sentAt, id: m.id + 1 }, Math.ceil(limit / 2));
    const newer = fromNewer({ sentAt: m.sentAt, id: m.id }, Math.floor(limit / 2));
    return { rows: [...newer.rows, ...older.rows], moreOlder: older.more, moreNewer: newer.more };
  };
  switch (anchor.at) {
    case 'newest': {
      const r = fromOlder(undefined, limit);
      return { rows: r.rows, moreOlder: r.more, moreNewer: false };
    }
    case 'before': {
      const r = fromOlder(cursorOf(anchor.cursor), limit);
      return { rows: r.rows, moreOlder: r.more, moreNewer: true };
    }
    case 'after': {
      const r = fromNewer(cursorOf(anchor.cursor), limit);
      return { rows: r.rows, moreOlder: true, moreNewer: r.more };
    }
    case 'around':
      return around(messageOf(a, parseMessageId(anchor.messageId), conversationId));
    case 'first-unread': {
      const first = store.messages.firstUnread(store.read, conversationId);
      if (first) return around(messageOf(a, first.id, conversationId));
      const r = fromOlder(undefined, limit);
      return { rows: r.rows, moreOlder: r.more, moreNewer: false };
    }
  }
}

export function messageHandlers(module: () => MessagingService): Pick<Handlers, Methods> {
  const people = (a: Active) => new PeopleCache(a.session.store, a.self);
  const view = (a: Active, m: MessageRecord) => messageView(a.session.store, m, people(a));
  return {
    'messages.page': ({ conversationId, anchor, limit }): MessagePage => {
      const a = module().current();
      const conv = anyConversationOf(a, conversationId);
      const { rows, moreOlder, moreNewer } = rowsAt(a, conv.id, anchor, limit);
      const cache = people(a);
      const first = a.session.store.messages.firstUnread(a.session.store.read, conv.id);
      const oldest = rows[rows.length - 1];
      const newest = rows[0];
      return {
        items: rows.map((m) => messageView(a.session.store, m, cache)),
        older: moreOlder && oldest ? messageCursor({ sentAt: oldest.sentAt, id: oldest.id }) : null,
        newer: moreNewer && newest ? messageCursor({ sentAt: newest.sentAt, id: newest.id }) : null,
        firstUnreadId: first ? String(first.id) : null,
        unreadCount: conv.unreadCount,
      };
    },
    'messages.get': ({ messageId }) => {
      const a = module().current();
      return messageInfo(a.session.store, messageOf(a, parseMessageId(messageId)), people(a));
    },
    'messages.send': ({ conversationId, body, quote, attachments, idempotencyKey }) => {
      const a = module().current();
      const m = sendMessage(a, {
        conversationId,
        ...(attachments && attachments.length > 0 ? { attachments } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(quote !== undefined ? { quoteId: parseMessageId(quote) } : {}),
        ...(idempotencyKey !== undefined ? { clientKey: idempotencyKey } : {}),
      });
      return view(a, m);
    },
    'messages.retry': ({ messageId }) => {
      const a = module().current();
      return view(a, retryMessage(a, parseMessageId(messageId)));
    },
    'messages.react': ({ messageId, emoji }) => {
      const a = module().current();
      return view(a, reactTo(a, parseMessageId(messageId), emoji, 'react'));
    },
    'messages.unreact': ({ messageId, emoji }) => {
      const a = module().current();
      return view(a, reactTo(a, parseMessageId(messageId), emoji, 'remove'));
    },
    'messages.delete': async ({ conversationId, messageIds, scope }) => {
      const a = module().current();
      const ids = await deleteMessages(a, conversationId, messageIds.map(parseMessageId), scope);
      return { deleted: ids.map(String) };
    },
    'messages.markReadUpTo': ({ conversationId, messageId }) => {
      const a = module().current();
      const m = messageOf(a, parseMessageId(messageId), conversationOf(a, conversationId).id);
      return { unreadCount: markRead(a, conversationId, m.sentAt) };
    },
    'messages.poll': () => {
      module().current();
      module().pollNow();
      return {};
    },
    'messages.typing': ({ conversationId, state }) => {
      typingChanged(module().current(), conversationId, state);
      return {};
    },
  };
}
