/** The conversations and requests methods over the messaging module. */
import type { ConversationView } from '../../../bridge/methods/conversations';
import type { MessagingService } from '../../services/messaging/messaging-service';
import {
  acceptRequest,
  clearConversation,
  declineRequest,
  deleteConversation,
  openConversation,
  parseRecipient,
  patchConversation,
  setBlocked,
  setNickname,
} from '../../services/messaging/conversation-actions';
import { anyConversationOf } from '../../services/messaging/active';
import { markRead } from '../../services/messaging/read-delete';
import { setDisappearing } from '../../services/messaging/send-actions';
import type { ConversationListItem } from '../../store';
import type { Handlers } from '../dispatcher';
import { conversationView, MUTED_FOREVER } from '../views/conversation-view';
import { listCursor, readListCursor } from '../views/cursors';
import { PeopleCache } from '../views/people';

type Methods =
  | 'conversations.list'
  | 'conversations.get'
  | 'conversations.parseRecipient'
  | 'conversations.open'
  | 'conversations.setPinned'
  | 'conversations.setMuted'
  | 'conversations.markRead'
  | 'conversations.markUnread'
  | 'conversations.setNickname'
  | 'conversations.setDisappearing'
  | 'conversations.setBlocked'
  | 'conversations.delete'
  | 'conversations.clearMessages'
  | 'conversations.getDraft'
  | 'conversations.setDraft'
  | 'requests.list'
  | 'requests.accept'
  | 'requests.decline'
  | 'requests.block';

/** Builds views for the open session (one contact cache per call). */
export function conversationViews(messaging: MessagingService) {
  const a = messaging.current();
  const people = new PeopleCache(a.session.store, a.self);
  const typing = (id: string) => messaging.isTyping(id);
  return {
    a,
    one: (id: string): ConversationView =>
      conversationView(a.session.store, anyConversationOf(a, id), people, typing),
    many: (items: readonly ConversationListItem[]) =>
      items.map((c) => conversationView(a.session.store, c, people, typing)),
  };
}

function page(items: readonly ConversationListItem[], limit: number) {
  const last = items[limit - 1];
  return {
    shown: items.slice(0, limit),
    next:
      items.length > limit && last
        ? listCursor({ priority: last.priority, activityAt: last.lastActivityAt, id: last.id })
        : null,
  };
}

export function conversationHandlers(module: () => MessagingService): Pick<Handlers, Methods> {
  const views = () => conversationViews(module());
  const after = (cursor: string | undefined) => (cursor ? readListCursor(cursor) : undefined);
  return {
    'conversations.list': ({ cursor, limit }) => {
      const v = views();
      const { store } = v.a.session;
      const { shown, next } = page(store.chat.listMain(store.read, limit + 1, after(cursor)), limit);
      return {
        items: v.many(shown),
        nextCursor: next,
        unreadTotal: store.chat.unreadMain(store.read),
        requestCount: store.chat.requestCount(store.read),
      };
    },
    'conversations.get': ({ conversationId }) => views().one(conversationId),
    'conversations.parseRecipient': ({ input }) => parseRecipient(input),
    'conversations.open': async ({ to }) => {
      const { conversation, created } = await openConversation(module().current(), to);
      return { conversation: views().one(conversation.id), created };
    },
    'conversations.setPinned': ({ conversationId, pinned }) => {
      patchConversation(module().current(), conversationId, { pinned });
      return views().one(conversationId);
    },
    'conversations.setMuted': ({ conversationId, mutedUntil }) => {
      const until = mutedUntil === null ? 0 : mutedUntil === 'forever' ? MUTED_FOREVER : mutedUntil;
      patchConversation(module().current(), conversationId, { mutedUntil: until });
      return views().one(conversationId);
    },
    'conversations.markRead': ({ conversationId }) => {
      markRead(module().current(), conversationId);
      return views().one(conversationId);
    },
    'conversations.markUnread': ({ conversationId }) => {
      patchConversation(module().current(), conversationId, { markedUnread: true });
      return views().one(conversationId);
    },
    'conversations.setNickname': ({ conversationId, nickname }) => {
      setNickname(module().current(), conversationId, nickname);
      return views().one(conversationId);
    },
    'conversations.setDisappearing': ({ conversationId, setting }) => {
      setDisappearing(module().current(), conversationId, setting);
      return views().one(conversationId);
    },
    'conversations.setBlocked': ({ conversationId, blocked }) => {
      setBlocked(module().current(), conversationId, blocked);
      return views().one(conversationId);
    },
    'conversations.delete': ({ conversationId }) => {
      deleteConversation(module().current(), conversationId);
      return {};
    },
    'conversations.clearMessages': ({ conversationId }) => {
      clearConversation(module().current(), conversationId);
      return views().one(conversationId);
    },
    'conversations.getDraft': ({ conversationId }) => {
      const a = module().current();
      return { text: anyConversationOf(a, conversationId).draft ?? '' };
    },
    'conversations.setDraft': ({ conversationId, text }) => {
      patchConversation(module().current(), conversationId, { draft: text });
      return {};
    },
    'requests.list': ({ cursor, limit }) => {
      const v = views();
      const { store } = v.a.session;
      const { shown, next } = page(store.chat.listRequests(store.read, limit + 1, after(cursor)), limit);
      return { items: v.many(shown), nextCursor: next, count: store.chat.requestCount(store.read) };
    },
    'requests.accept': ({ conversationId }) => {
      acceptRequest(module().current(), conversationId);
      return views().one(conversationId);
    },
    'requests.decline': ({ conversationId }) => {
      declineRequest(module().current(), conversationId, false);
      return {};
    },
    'requests.block': ({ conversationId }) => {
      declineRequest(module().current(), conversationId, true);
      return {};
    },
  };
}
