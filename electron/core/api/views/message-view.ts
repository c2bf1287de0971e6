/**
 * Store message records → the bridge's MessageView / MessageInfo. A row never becomes the wire:
 * hashes, kept bytes and raw notices stay here; ids become opaque strings.
 */
import type {
  AttachmentView,
  ControlNotice,
  MessageInfo,
  MessageView,
  ReactionView,
} from '../../../bridge/methods/messages';
import { DisappearingSetting } from '../../../bridge/methods/conversations';
import { parseNotice } from '../../services/messaging/notices';
import { ATTACHMENT_STATES, type AttachmentRef, type MessageRecord, type Store } from '../../store';
import type { PeopleCache } from './people';

const MAX_AUTHORS = 20;
const MAX_REACTIONS = 64;
/** A stored timer the official apps do not offer (another client's) shows as off. */
export function disappearingOf(mode: string, seconds: number): DisappearingSetting {
  const parsed = DisappearingSetting.safeParse(mode === 'off' ? { mode } : { mode, seconds });
  return parsed.success ? parsed.data : { mode: 'off' };
}

function reactionsOf(m: MessageRecord, people: PeopleCache): ReactionView[] {
  const byEmoji = new Map<string, string[]>();
  for (const r of m.reactions) {
    const list = byEmoji.get(r.emoji) ?? [];
    list.push(r.author);
    byEmoji.set(r.emoji, list);
  }
  return [...byEmoji].slice(0, MAX_REACTIONS).map(([emoji, authors]) => ({
    emoji,
    count: authors.length,
    mine: authors.includes(people.self),
    authors: authors.slice(0, MAX_AUTHORS).map((a) => people.person(a)),
  }));
}

function noticeOf(m: MessageRecord, people: PeopleCache): ControlNotice | null {
  const n = parseNotice(m.notice);
  if (!n || m.kind !== 'control') return null;
  if (n.type === 'missed-call') return null;
  if (n.type === 'group') {
    return {
      type: 'group',
      change: n.change,
      by: n.by === null ? null : people.person(n.by),
      members: n.members.slice(0, MAX_AUTHORS).map((id) => people.person(id)),
      memberCount: n.members.length,
      name: n.name === null ? null : n.name.slice(0, 100),
    };
  }
  if (n.type === 'disappearing-changed') {
    const setting =
      n.setting.mode === 'off' ? disappearingOf('off', 0) : disappearingOf(n.setting.mode, n.setting.seconds);
    return { type: 'disappearing-changed', by: people.person(n.by), setting };
  }
  return { type: n.type, by: people.person(n.by) };
}

const STATES = new Set<string>(ATTACHMENT_STATES);

/**
 * An attachment as the renderer sees it: its opaque id (the one app-only routes serve), what to
 * show before it is fetched, and its transfer state; progress comes as `attachments.progress`.
 */
function attachmentView(m: MessageRecord, a: AttachmentRef): AttachmentView {
  const state = a.state && STATES.has(a.state) ? (a.state as AttachmentView['state']) : 'pending';
  return {
    id: a.aid ?? `${m.id}:${a.position}`,
    fileName: a.fileName,
    size: a.size,
    contentType: a.contentType ? a.contentType.slice(0, 255) : null,
    width: a.width && a.width > 0 ? a.width : null,
    height: a.height && a.height > 0 ? a.height : null,
    voice: a.voice ?? false,
    durationMs: a.durationMs ?? null,
    caption: a.caption ? a.caption.slice(0, 2_000) : null,
    state,
    failure: state === 'failed' || state === 'rejected' ? (a.failure ?? 'unknown').slice(0, 64) : null,
    progress: null,
  };
}

function kindOf(m: MessageRecord): MessageView['kind'] {
  return m.kind === 'control' || m.kind === 'call' || m.kind === 'deleted' ? m.kind : 'text';
}

function statusOf(m: MessageRecord): MessageView['status'] {
  if (!m.outgoing) return 'received';
  return m.state === 'unread' ? 'sent' : m.state;
}

export function messageView(store: Store, m: MessageRecord, people: PeopleCache): MessageView {
  const kind = kindOf(m);
  const quoted = m.quote ? store.chat.byIdentity(store.read, m.quote.author, m.quote.sentAt) : undefined;
  return {
    id: String(m.id),
    conversationId: m.conversationId,
    sender: { ...people.person(m.sender), avatar: people.avatar(m.sender) },
    outgoing: m.outgoing,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
    kind,
    body: kind === 'text' ? (m.body ?? '') : null,
    notice: noticeOf(m, people),
    call: kind === 'call' ? { missed: true } : null,
    status: statusOf(m),
    failure: m.state === 'failed' ? { code: (m.failureReason ?? 'unknown').slice(0, 64) } : null,
    unread: m.state === 'unread',
    quote: m.quote
      ? {
          messageId: quoted ? String(quoted.id) : null,
          author: people.person(m.quote.author),
          sentAt: m.quote.sentAt,
          snippet: m.quote.body === null ? null : m.quote.body.slice(0, 200),
        }
      : null,
    reactions: reactionsOf(m, people),
    attachments: m.attachments.slice(0, 32).map((a) => attachmentView(m, a)),
    expiresAt: m.expiresAt,
    disappearing: disappearingOf(m.expireMode, m.expireTimerS),
  };
}

export function messageInfo(store: Store, m: MessageRecord, people: PeopleCache): MessageInfo {
  const started =
    m.expireStartedAt ??
    (m.expiresAt !== null && m.expireTimerS > 0 ? m.expiresAt - m.expireTimerS * 1000 : null);
  return { ...messageView(store, m, people), readAt: m.readAt, expirationStartedAt: started };
}
