/** Store conversation records → the bridge's ConversationView. */
import type { ConversationView } from '../../../bridge/methods/conversations';
import { parseNotice } from '../../services/messaging/notices';
import type { ConversationRecord, MessageRecord, Store } from '../../store';
import { groupFacts, groupSnippet } from './group-conversation';
import { disappearingOf } from './message-view';
import { NOTE_TO_SELF_NAME, type PeopleCache } from './people';

/** "Muted for ever" is stored as the largest time. */
export const MUTED_FOREVER = Number.MAX_SAFE_INTEGER;

const NOTICE_SNIPPETS: Record<string, string> = {
  'disappearing-changed': 'Disappearing messages changed',
  'request-accepted': 'Message request accepted',
  'media-saved': 'A file was saved',
  screenshot: 'A screenshot was taken',
  'missed-call': 'Missed call',
};

function snippetOf(m: MessageRecord, people: PeopleCache): string {
  if (m.kind === 'deleted') return 'This message was deleted';
  if (m.kind === 'control' || m.kind === 'call') {
    const n = parseNotice(m.notice);
    if (n?.type === 'group') return groupSnippet(n, people).slice(0, 200);
    return NOTICE_SNIPPETS[n?.type ?? ''] ?? '';
  }
  return (m.body ?? '').split('\n', 1)[0]!.slice(0, 200);
}

function lastMessageOf(
  store: Store,
  c: ConversationRecord,
  people: PeopleCache,
): ConversationView['lastMessage'] {
  const m = c.lastMessageId !== null ? store.messages.get(store.read, c.lastMessageId) : undefined;
  if (!m) return null;
  return {
    snippet: snippetOf(m, people),
    sentAt: m.sentAt,
    outgoing: m.outgoing,
    status: m.outgoing ? (m.state === 'unread' ? 'sent' : m.state) : 'received',
    kind: m.kind === 'control' || m.kind === 'call' || m.kind === 'deleted' ? m.kind : 'text',
  };
}

function mutedOf(until: number): ConversationView['mutedUntil'] {
  if (until <= 0) return null;
  return until >= MUTED_FOREVER ? 'forever' : until;
}

export function conversationView(
  store: Store,
  c: ConversationRecord,
  people: PeopleCache,
  typing: (id: string) => boolean,
): ConversationView {
  const self = c.id === people.self;
  const contact = self ? undefined : people.contact(c.id);
  const blocked = contact?.blocked ?? false;
  const request: ConversationView['request'] =
    c.requestState === 'request' || c.requestState === 'invite'
      ? 'incoming'
      : !self && contact?.approved && !contact.approvedMe
        ? 'outgoing'
        : 'none';
  return {
    id: c.id,
    kind: self ? 'note-to-self' : c.kind === 'group' ? 'group' : 'direct',
    displayName: self ? NOTE_TO_SELF_NAME : people.displayName(c.id),
    nickname: contact?.nickname?.slice(0, 100) ?? null,
    profileName: contact?.name?.slice(0, 100) ?? null,
    avatar: c.kind === 'direct' ? people.avatar(c.id) : null,
    lastMessage: lastMessageOf(store, c, people),
    lastActivityAt: Math.max(0, c.lastActivityAt),
    unreadCount: c.unreadCount,
    markedUnread: store.chat.markedUnread(store.read, c.id),
    mutedUntil: mutedOf(c.mutedUntil),
    pinned: c.priority > 0,
    request,
    blocked,
    disappearing: disappearingOf(c.expireMode, c.expireTimerS),
    typing: !self && typing(c.id),
    memberCount: null,
    sendability: blocked ? { canSend: false, reason: 'blocked' } : { canSend: true },
    ...(c.kind === 'group' ? groupFacts(store, c) : {}),
  };
}
