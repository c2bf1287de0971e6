import type { GroupId, SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';
import { StoreError } from '../errors';
import { definedOnly } from './contacts';

/** A conversation is named by the other side: a Session ID (1:1, Note to Self) or a group ID. */
export type ConversationId = SessionId | GroupId;

export type ConversationKind = 'direct' | 'group';
/** 'request': someone not approved wrote to us; 'invite': a group we were invited to. */
export type RequestState = 'accepted' | 'request' | 'invite';
export type ExpireMode = 'off' | 'after-send' | 'after-read';

export interface ConversationRecord {
  readonly id: ConversationId;
  readonly kind: ConversationKind;
  readonly name: string | null;
  readonly requestState: RequestState;
  /** Epoch ms until which notifications are silenced; 0 = not muted. */
  readonly mutedUntil: number;
  /** > 0 pinned (higher first), 0 normal, < 0 hidden (libsession's convention). */
  readonly priority: number;
  readonly unreadCount: number;
  readonly lastMessageId: number | null;
  readonly lastActivityAt: number;
  readonly draft: string | null;
  readonly expireMode: ExpireMode;
  readonly expireTimerS: number;
  readonly createdAt: number;
}

/** A conversation as the list shows it: the record plus a preview of its last message. */
export interface ConversationListItem extends ConversationRecord {
  readonly lastMessage: {
    readonly body: string | null;
    readonly sender: SessionId;
    readonly sentAt: number;
    readonly state: string;
  } | null;
}

export type ConversationPatch = Partial<
  Pick<
    ConversationRecord,
    'name' | 'requestState' | 'mutedUntil' | 'priority' | 'draft' | 'expireMode' | 'expireTimerS'
  >
>;

export interface ConversationRow {
  id: ConversationId;
  kind: ConversationKind;
  name: string | null;
  request_state: RequestState;
  muted_until: number;
  priority: number;
  unread_count: number;
  last_message_id: number | null;
  last_activity_at: number;
  draft: string | null;
  expire_mode: ExpireMode;
  expire_timer_s: number;
  created_at: number;
}

const COLUMNS =
  'c.id, c.kind, c.name, c.request_state, c.muted_until, c.priority, c.unread_count, c.last_message_id, ' +
  'c.last_activity_at, c.draft, c.expire_mode, c.expire_timer_s, c.created_at';

/** A conversations row (the columns of COLUMNS) as a record; other repositories list them too. */
export function conversationFromRow(r: ConversationRow): ConversationRecord {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    requestState: r.request_state,
    mutedUntil: r.muted_until,
    priority: r.priority,
    unreadCount: r.unread_count,
    lastMessageId: r.last_message_id,
    lastActivityAt: r.last_activity_at,
    draft: r.draft,
    expireMode: r.expire_mode,
    expireTimerS: r.expire_timer_s,
    createdAt: r.created_at,
  };
}

interface ListRow extends ConversationRow {
  m_body: string | null;
  m_sender: SessionId | null;
  m_sent_at: number | null;
  m_state: string | null;
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const CONVERSATION_SQL = {
  get: `SELECT ${COLUMNS} FROM conversations c WHERE c.id = ?`,
  cid: 'SELECT cid FROM conversations WHERE id = ?',
  list:
    `SELECT ${COLUMNS}, m.body AS m_body, m.sender AS m_sender, m.sent_at AS m_sent_at, m.state AS m_state ` +
    'FROM conversations c LEFT JOIN messages m ON m.id = c.last_message_id ' +
    'WHERE c.priority >= ? ORDER BY c.priority DESC, c.last_activity_at DESC LIMIT ?',
  unreadCounts: 'SELECT id, unread_count FROM conversations WHERE unread_count > 0',
  unreadTotal: 'SELECT coalesce(sum(unread_count), 0) AS n FROM conversations WHERE muted_until = 0',
  ensure: `INSERT INTO conversations (id, kind, name, request_state, created_at, last_activity_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  update: `UPDATE conversations SET name = ?, request_state = ?, muted_until = ?, priority = ?, draft = ?,
         expire_mode = ?, expire_timer_s = ? WHERE id = ?`,
  remove: 'DELETE FROM conversations WHERE id = ?',
} as const;

/** The integer key messages use for a conversation, or undefined when it does not exist. */
export function cidOf(db: ReadDb, conversationId: ConversationId): number | undefined {
  return db.get<{ cid: number }>(CONVERSATION_SQL.cid, conversationId)?.cid;
}

export const conversations = {
  get(db: ReadDb, id: ConversationId): ConversationRecord | undefined {
    const r = db.get<ConversationRow>(CONVERSATION_SQL.get, id);
    return r ? conversationFromRow(r) : undefined;
  },

  /** The list, pinned first then most recent; hidden (priority < 0) ones only when asked. */
  list(db: ReadDb, opts: { limit?: number; includeHidden?: boolean } = {}): ConversationListItem[] {
    const rows = db.all<ListRow>(
      CONVERSATION_SQL.list,
      opts.includeHidden ? Number.MIN_SAFE_INTEGER : 0,
      opts.limit ?? 500,
    );
    return rows.map((r) => ({
      ...conversationFromRow(r),
      lastMessage:
        r.m_sender !== null && r.m_sent_at !== null && r.m_state !== null
          ? { body: r.m_body, sender: r.m_sender, sentAt: r.m_sent_at, state: r.m_state }
          : null,
    }));
  },

  /** Unread counts of every conversation that has any, from the maintained counter column. */
  unreadCounts(db: ReadDb): Map<ConversationId, number> {
    const rows = db.all<{ id: ConversationId; unread_count: number }>(CONVERSATION_SQL.unreadCounts);
    return new Map(rows.map((r) => [r.id, r.unread_count]));
  },

  /** Unread messages in conversations that are not muted (the badge). */
  unreadTotal(db: ReadDb): number {
    return db.get<{ n: number }>(CONVERSATION_SQL.unreadTotal)?.n ?? 0;
  },

  /** Creates the conversation if absent (keeping an existing one as is); returns the stored record. */
  ensure(
    tx: WriteDb,
    c: { id: ConversationId; kind: ConversationKind; now: number } & ConversationPatch,
  ): ConversationRecord {
    tx.run(CONVERSATION_SQL.ensure, c.id, c.kind, c.name ?? null, c.requestState ?? 'accepted', c.now, c.now);
    const got = conversations.get(tx, c.id);
    if (!got) throw new StoreError('not-found', 'The conversation could not be created.');
    return got;
  },

  update(tx: WriteDb, id: ConversationId, patch: ConversationPatch): ConversationRecord {
    const cur = conversations.get(tx, id);
    if (!cur) throw new StoreError('not-found', 'There is no such conversation.');
    const next = { ...cur, ...definedOnly(patch) };
    tx.run(
      CONVERSATION_SQL.update,
      next.name,
      next.requestState,
      next.mutedUntil,
      next.priority,
      next.draft,
      next.expireMode,
      next.expireTimerS,
      id,
    );
    return next;
  },

  /** Deletes the conversation with its messages, reactions, attachment refs and outbox jobs. */
  remove(tx: WriteDb, id: ConversationId): boolean {
    return tx.run(CONVERSATION_SQL.remove, id).changes > 0;
  },
};
