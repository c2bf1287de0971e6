import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';
import {
  cidOf,
  conversationFromRow,
  type ConversationId,
  type ConversationListItem,
  type ConversationRow,
} from './conversations';
import { messages } from './messages';

/**
 * What one-to-one messaging asks of the store beyond plain rows (schema 0004): messages by their
 * protocol identity (author, sent time), the bookkeeping of a send (hashes, kept bytes), deleted
 * placeholders, the requests box (message requests and group invites) apart from the main list, the hand-made unread mark and the
 * profile-update time of contacts.
 */
export interface MessageIdentity {
  readonly id: number;
  readonly conversationId: ConversationId;
  readonly kind: string;
  readonly outgoing: boolean;
  readonly state: string;
  readonly serverHash: string | null;
  readonly syncHash: string | null;
  readonly expireMode: string;
  readonly expireTimerS: number;
}

interface IdentityRow {
  id: number;
  conversation_id: ConversationId;
  kind: string;
  outgoing: number;
  state: string;
  server_hash: string | null;
  sync_hash: string | null;
  expire_mode: string;
  expire_timer_s: number;
}

/** Where a list page ends: (pinned-first priority, activity time, id) of its last conversation. */
export interface ListCursor {
  readonly priority: number;
  readonly activityAt: number;
  readonly id: string;
}

const IDENTITY =
  'SELECT m.id, (SELECT c.id FROM conversations c WHERE c.cid = m.cid) AS conversation_id, m.kind, m.outgoing, ' +
  'm.state, m.server_hash, m.sync_hash, m.expire_mode, m.expire_timer_s FROM messages m';

const LIST_COLUMNS =
  'c.id, c.kind, c.name, c.request_state, c.muted_until, c.priority, c.unread_count, c.last_message_id, ' +
  'c.last_activity_at, c.draft, c.expire_mode, c.expire_timer_s, c.created_at, ' +
  'm.body AS m_body, m.sender AS m_sender, m.sent_at AS m_sent_at, m.state AS m_state';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const CHAT_SQL = {
  byIdentity: `${IDENTITY} WHERE m.sender = ? AND m.sent_at = ? LIMIT 1`,
  byClientKey: 'SELECT id FROM messages WHERE client_key = ?',
  wireOf: 'SELECT wire FROM messages WHERE id = ?',
  setWire: 'UPDATE messages SET wire = ?, failure_reason = NULL WHERE id = ?',
  sentBookkeeping:
    'UPDATE messages SET sync_hash = coalesce(?, sync_hash), wire = NULL, ' +
    'expire_started_at = coalesce(?, expire_started_at), expires_at = coalesce(?, expires_at) WHERE id = ?',
  startExpiry: 'UPDATE messages SET expire_started_at = ?, expires_at = ? WHERE id = ?',
  placeholder:
    "UPDATE messages SET kind = 'deleted', body = NULL, notice = NULL, quote_author = NULL, quote_sent_at = NULL, " +
    'quote_body = NULL, expires_at = NULL, wire = NULL WHERE id = ?',
  clearReactions: 'DELETE FROM reactions WHERE message_id = ?',
  clearAttachments: 'DELETE FROM attachments WHERE message_id = ?',
  listMain:
    `SELECT ${LIST_COLUMNS} FROM conversations c LEFT JOIN messages m ON m.id = c.last_message_id ` +
    "WHERE c.request_state = 'accepted' AND c.priority >= 0 AND (c.priority, c.last_activity_at, c.id) < (?, ?, ?) " +
    'ORDER BY c.priority DESC, c.last_activity_at DESC, c.id DESC LIMIT ?',
  listRequests:
    `SELECT ${LIST_COLUMNS} FROM conversations c LEFT JOIN messages m ON m.id = c.last_message_id ` +
    "WHERE c.request_state IN ('request', 'invite') AND (c.last_activity_at, c.id) < (?, ?) " +
    'ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?',
  requestCount: "SELECT count(*) AS n FROM conversations WHERE request_state IN ('request', 'invite')",
  unreadMain:
    "SELECT coalesce(sum(unread_count), 0) AS n FROM conversations WHERE request_state = 'accepted' AND muted_until = 0",
  markedUnread: 'SELECT marked_unread AS v FROM conversations WHERE id = ?',
  setMarkedUnread: 'UPDATE conversations SET marked_unread = ? WHERE id = ?',
  profileUpdated: 'SELECT profile_updated_s AS v FROM contacts WHERE session_id = ?',
  setProfileUpdated: 'UPDATE contacts SET profile_updated_s = ? WHERE session_id = ?',
  clearConversation: 'DELETE FROM messages WHERE cid = ?',
  resetConversation: 'UPDATE conversations SET unread_count = 0, last_message_id = NULL WHERE cid = ?',
  reactionCount: 'SELECT count(*) AS n FROM reactions WHERE message_id = ? AND author = ? AND emoji = ?',
} as const;

function identityFrom(r: IdentityRow): MessageIdentity {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    kind: r.kind,
    outgoing: r.outgoing !== 0,
    state: r.state,
    serverHash: r.server_hash,
    syncHash: r.sync_hash,
    expireMode: r.expire_mode,
    expireTimerS: r.expire_timer_s,
  };
}

interface ListRow extends ConversationRow {
  m_body: string | null;
  m_sender: SessionId | null;
  m_sent_at: number | null;
  m_state: string | null;
}

function listItem(r: ListRow): ConversationListItem {
  return {
    ...conversationFromRow(r),
    lastMessage:
      r.m_sender !== null && r.m_sent_at !== null && r.m_state !== null
        ? { body: r.m_body, sender: r.m_sender, sentAt: r.m_sent_at, state: r.m_state }
        : null,
  };
}

const TOP = { priority: Number.MAX_SAFE_INTEGER, activityAt: Number.MAX_SAFE_INTEGER, id: '\uffff' };

export const chat = {
  /** The message a quote, reaction, receipt or unsend names: its author and sent time (§3.5). */
  byIdentity(db: ReadDb, author: SessionId, sentAt: number): MessageIdentity | undefined {
    const r = db.get<IdentityRow>(CHAT_SQL.byIdentity, author, sentAt);
    return r ? identityFrom(r) : undefined;
  },

  byClientKey(db: ReadDb, key: string): number | undefined {
    return db.get<{ id: number }>(CHAT_SQL.byClientKey, key)?.id;
  },

  /** The sealed bytes kept for an unsent message (a retry sends them again). */
  wireOf(db: ReadDb, id: number): Uint8Array | undefined {
    const w = db.get<{ wire: Uint8Array | null }>(CHAT_SQL.wireOf, id)?.wire;
    return w ? new Uint8Array(w) : undefined;
  },

  setWire(tx: WriteDb, id: number, wire: Uint8Array): void {
    tx.run(CHAT_SQL.setWire, wire, id);
  },

  /** After both stores: our own-swarm hash, the kept bytes dropped, the expiry started if it does. */
  recordSent(
    tx: WriteDb,
    id: number,
    extra: { syncHash?: string; expireStartedAt?: number; expiresAt?: number },
  ): void {
    tx.run(
      CHAT_SQL.sentBookkeeping,
      extra.syncHash ?? null,
      extra.expireStartedAt ?? null,
      extra.expiresAt ?? null,
      id,
    );
  },

  startExpiry(tx: WriteDb, id: number, startedAt: number, expiresAt: number): void {
    tx.run(CHAT_SQL.startExpiry, startedAt, expiresAt, id);
  },

  /** Unsend: the row stays as a "deleted" placeholder; its text, quote, reactions and files go. */
  toPlaceholder(tx: WriteDb, id: number): boolean {
    const cur = messages.get(tx, id);
    if (!cur) return false;
    if (cur.state === 'unread') messages.setState(tx, id, 'read');
    tx.run(CHAT_SQL.placeholder, id);
    tx.run(CHAT_SQL.clearReactions, id);
    tx.run(CHAT_SQL.clearAttachments, id);
    return true;
  },

  /** The main list (accepted, not hidden): pinned first, then the most recent; keyset pages. */
  listMain(db: ReadDb, limit: number, after: ListCursor = TOP): ConversationListItem[] {
    return db
      .all<ListRow>(CHAT_SQL.listMain, after.priority, after.activityAt, after.id, limit)
      .map(listItem);
  },

  /** Pending incoming requests, most recent first. */
  listRequests(db: ReadDb, limit: number, after: ListCursor = TOP): ConversationListItem[] {
    return db.all<ListRow>(CHAT_SQL.listRequests, after.activityAt, after.id, limit).map(listItem);
  },

  requestCount(db: ReadDb): number {
    return db.get<{ n: number }>(CHAT_SQL.requestCount)?.n ?? 0;
  },

  /** Unread messages over the main list, muted conversations and requests left out. */
  unreadMain(db: ReadDb): number {
    return db.get<{ n: number }>(CHAT_SQL.unreadMain)?.n ?? 0;
  },

  markedUnread(db: ReadDb, conversationId: ConversationId): boolean {
    return (db.get<{ v: number }>(CHAT_SQL.markedUnread, conversationId)?.v ?? 0) !== 0;
  },

  setMarkedUnread(tx: WriteDb, conversationId: ConversationId, on: boolean): void {
    tx.run(CHAT_SQL.setMarkedUnread, on ? 1 : 0, conversationId);
  },

  profileUpdatedSeconds(db: ReadDb, sessionId: SessionId): number {
    return db.get<{ v: number }>(CHAT_SQL.profileUpdated, sessionId)?.v ?? 0;
  },

  setProfileUpdatedSeconds(tx: WriteDb, sessionId: SessionId, seconds: number): void {
    tx.run(CHAT_SQL.setProfileUpdated, seconds, sessionId);
  },

  /** Deletes every message of a conversation and keeps the conversation. */
  clear(tx: WriteDb, conversationId: ConversationId): number {
    const cid = cidOf(tx, conversationId);
    if (cid === undefined) return 0;
    const n = tx.run(CHAT_SQL.clearConversation, cid).changes;
    tx.run(CHAT_SQL.resetConversation, cid);
    return n;
  },

  hasReaction(db: ReadDb, messageId: number, author: SessionId, emoji: string): boolean {
    return (db.get<{ n: number }>(CHAT_SQL.reactionCount, messageId, author, emoji)?.n ?? 0) > 0;
  },
};
