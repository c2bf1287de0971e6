/**
 * The conversation and message methods for a group's conversation (an `03…` id): the renderer and
 * the CLI use the same methods for both kinds of chat, and these send them to the groups module
 * instead of one-to-one messaging. Methods that treat both alike (pages, pins, drafts) stay as
 * they are; one-to-one ids pass through unchanged.
 */
import { isGroupIdText } from '../../protocol';
import { ShallotError } from '../../errors';
import type { GroupsService } from '../../services/groups/groups-service';
import {
  acceptInvite,
  declineInvite,
  deleteGroupConversation,
  setGroupDisappearing,
} from '../../services/groups/life-cycle';
import {
  deleteGroupMessages,
  markGroupRead,
  reactInGroup,
  retryGroupMessage,
  sendGroupMessage,
} from '../../services/groups/member-actions';
import { MessagingError } from '../../services/messaging/messaging-error';
import type { MessagingService } from '../../services/messaging/messaging-service';
import type { Handlers } from '../dispatcher';
import { messageView } from '../views/message-view';
import { PeopleCache } from '../views/people';
import { conversationViews } from './conversations';
import { parseMessageId } from './messages';

type MessageRouted =
  | 'messages.send'
  | 'messages.retry'
  | 'messages.react'
  | 'messages.unreact'
  | 'messages.delete'
  | 'messages.markReadUpTo'
  | 'messages.typing';
type ConversationRouted =
  | 'conversations.markRead'
  | 'conversations.setDisappearing'
  | 'conversations.setNickname'
  | 'conversations.setBlocked'
  | 'conversations.delete'
  | 'requests.accept'
  | 'requests.decline';

/** A group this device no longer holds is, to these methods, a conversation that is not there. */
async function asConversation<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ShallotError && e.code === 'group-not-found') {
      throw new MessagingError('conversation-not-found', 'There is no such conversation.', { cause: e });
    }
    // An invite is a group's request: accepting one that is not there is the requests' refusal.
    if (e instanceof ShallotError && e.code === 'not-invited') {
      throw new MessagingError('not-a-request', 'There is no invite to accept.', { cause: e });
    }
    throw e;
  }
}

type Routed = MessageRouted | ConversationRouted;

interface Deps {
  readonly messaging: () => MessagingService;
  readonly groups: () => GroupsService;
}

/** The groups module's state, a message's view, and the group a message id belongs to. */
function helpers({ messaging, groups }: Deps) {
  return {
    a: () => groups().current(),
    view: (id: number) => {
      const m = messaging().current();
      const { store } = m.session;
      const row = store.messages.get(store.read, id);
      if (!row) throw new MessagingError('message-not-found', 'There is no such message.');
      return messageView(store, row, new PeopleCache(store, m.self));
    },
    /** The conversation of a message given by id alone (retry, react), when it is a group's. */
    groupOf: (messageId: string): string | undefined => {
      const { store } = messaging().current().session;
      const c = store.messages.get(store.read, parseMessageId(messageId))?.conversationId;
      return c !== undefined && isGroupIdText(c) ? c : undefined;
    },
    conversation: (id: string) => conversationViews(messaging()).one(id),
  };
}

function messageRoutes(base: Pick<Handlers, MessageRouted>, deps: Deps): Pick<Handlers, MessageRouted> {
  const { a, view, groupOf } = helpers(deps);
  const { messaging } = deps;
  return {
    'messages.send': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['messages.send'](p, call);
      if (p.attachments && p.attachments.length > 0) {
        throw new MessagingError('attachment-not-found', 'Attachments are not uploaded by this version yet.');
      }
      return asConversation(() => {
        const m = sendGroupMessage(a(), {
          groupId: p.conversationId,
          ...(p.body !== undefined ? { body: p.body } : {}),
          ...(p.quote !== undefined ? { quoteId: parseMessageId(p.quote) } : {}),
          ...(p.idempotencyKey !== undefined ? { clientKey: p.idempotencyKey } : {}),
        });
        return view(m.id);
      });
    },
    'messages.retry': (p, call) => {
      const g = groupOf(p.messageId);
      if (!g) return base['messages.retry'](p, call);
      return view(retryGroupMessage(a(), g, parseMessageId(p.messageId)).id);
    },
    'messages.react': (p, call) => {
      const g = groupOf(p.messageId);
      if (!g) return base['messages.react'](p, call);
      return view(reactInGroup(a(), g, parseMessageId(p.messageId), p.emoji, 'react').id);
    },
    'messages.unreact': (p, call) => {
      const g = groupOf(p.messageId);
      if (!g) return base['messages.unreact'](p, call);
      return view(reactInGroup(a(), g, parseMessageId(p.messageId), p.emoji, 'remove').id);
    },
    'messages.delete': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['messages.delete'](p, call);
      return asConversation(async () => {
        const ids = p.messageIds.map(parseMessageId);
        const done = await deleteGroupMessages(a(), p.conversationId, ids, p.scope);
        return { deleted: done.map(String) };
      });
    },
    'messages.markReadUpTo': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['messages.markReadUpTo'](p, call);
      return asConversation(() => {
        const { store } = messaging().current().session;
        const m = store.messages.get(store.read, parseMessageId(p.messageId));
        if (!m || m.conversationId !== p.conversationId) {
          throw new MessagingError('message-not-found', 'There is no such message.');
        }
        return { unreadCount: markGroupRead(a(), p.conversationId, m.sentAt) };
      });
    },
    // The official apps send no typing indicators in groups.
    'messages.typing': (p, call) => (isGroupIdText(p.conversationId) ? {} : base['messages.typing'](p, call)),
  };
}

function conversationRoutes(
  base: Pick<Handlers, ConversationRouted>,
  deps: Deps,
): Pick<Handlers, ConversationRouted> {
  const { a, conversation } = helpers(deps);
  const oneToOneOnly = (id: string) => {
    if (isGroupIdText(id)) {
      throw new MessagingError('conversation-not-found', 'A group has no nickname and cannot be blocked.');
    }
  };
  return {
    'conversations.markRead': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['conversations.markRead'](p, call);
      return asConversation(() => {
        markGroupRead(a(), p.conversationId);
        return conversation(p.conversationId);
      });
    },
    'conversations.setDisappearing': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['conversations.setDisappearing'](p, call);
      return asConversation(() => {
        setGroupDisappearing(a(), p.conversationId, p.setting);
        return conversation(p.conversationId);
      });
    },
    'conversations.setNickname': (p, call) => {
      oneToOneOnly(p.conversationId);
      return base['conversations.setNickname'](p, call);
    },
    'conversations.setBlocked': (p, call) => {
      oneToOneOnly(p.conversationId);
      return base['conversations.setBlocked'](p, call);
    },
    'conversations.delete': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['conversations.delete'](p, call);
      return asConversation(() => {
        deleteGroupConversation(a(), p.conversationId);
        return {};
      });
    },
    // An invite waits in the requests like a message request; accepting it joins the group.
    'requests.accept': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['requests.accept'](p, call);
      return asConversation(() => {
        acceptInvite(a(), p.conversationId);
        return conversation(p.conversationId);
      });
    },
    'requests.decline': (p, call) => {
      if (!isGroupIdText(p.conversationId)) return base['requests.decline'](p, call);
      return asConversation(() => {
        declineInvite(a(), p.conversationId);
        return {};
      });
    },
  };
}

export function groupRoutes(
  base: Pick<Handlers, Routed>,
  messaging: () => MessagingService,
  groups: () => GroupsService,
): Pick<Handlers, Routed> {
  const deps = { messaging, groups };
  return { ...messageRoutes(base, deps), ...conversationRoutes(base, deps) };
}
