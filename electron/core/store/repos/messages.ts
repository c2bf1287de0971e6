import type { ReadDb, WriteDb } from '../handles';
import { StoreError } from '../errors';
import type { SessionId } from '../../crypto/ids';
import { cidOf, type ConversationId, type ExpireMode } from './conversations';
import { MESSAGE_SQL } from './message-sql';
import {
  MESSAGE_TRANSITIONS,
  type AttachmentRef,
  type MessageRecord,
  type MessageState,
  type NewMessage,
  type PageCursor,
  type Reaction,
  type ReadMessage,
} from './message-types';

export * from './message-types';
export { MESSAGE_SQL } from './message-sql';

interface Row {
  id: number;
  /** Present only in queries not already scoped to one conversation. */
  conversation_id?: ConversationId;
  sender: SessionId;
  outgoing: number;
  sent_at: number;
  received_at: number;
  kind: string;
  body: string | null;
  state: MessageState;
  failure_reason: string | null;
  server_hash: string | null;
  read_at: number | null;
  expire_mode: ExpireMode;
  expire_timer_s: number;
  expires_at: number | null;
  quote_author: SessionId | null;
  quote_sent_at: number | null;
  quote_body: string | null;
  notice: string | null;
  sync_hash: string | null;
  expire_started_at: number | null;
}

interface AttachmentRow {
  message_id: number;
  position: number;
  content_type: string;
  size: number;
  file_name: string | null;
  url: string | null;
  key: Uint8Array | null;
  digest: Uint8Array | null;
  local_path: string | null;
  width: number | null;
  height: number | null;
  aid: string | null;
  state: string;
  failure: string | null;
  voice: number;
  caption: string | null;
  duration_ms: number | null;
}

interface ReactionRow {
  message_id: number;
  author: SessionId;
  emoji: string;
  reacted_at: number;
}

function fromRow(
  r: Row,
  conversationId: ConversationId | undefined,
  attachments: readonly AttachmentRef[] = [],
  reactions: readonly Reaction[] = [],
): MessageRecord {
  return {
    id: r.id,
    conversationId: conversationOf(r, conversationId),
    sender: r.sender,
    outgoing: r.outgoing !== 0,
    sentAt: r.sent_at,
    receivedAt: r.received_at,
    kind: r.kind,
    body: r.body,
    state: r.state,
    failureReason: r.failure_reason,
    serverHash: r.server_hash,
    readAt: r.read_at,
    expireMode: r.expire_mode,
    expireTimerS: r.expire_timer_s,
    expiresAt: r.expires_at,
    quote:
      r.quote_author !== null && r.quote_sent_at !== null
        ? { author: r.quote_author, sentAt: r.quote_sent_at, body: r.quote_body }
        : null,
    attachments,
    reactions,
    notice: r.notice,
    syncHash: r.sync_hash,
    expireStartedAt: r.expire_started_at,
  };
}

function attachmentFromRow(a: AttachmentRow): AttachmentRef {
  return {
    position: a.position,
    contentType: a.content_type,
    size: a.size,
    fileName: a.file_name,
    url: a.url,
    key: a.key ? new Uint8Array(a.key) : null,
    digest: a.digest ? new Uint8Array(a.digest) : null,
    localPath: a.local_path,
    width: a.width,
    height: a.height,
    aid: a.aid,
    state: a.state,
    failure: a.failure,
    voice: a.voice !== 0,
    caption: a.caption,
    durationMs: a.duration_ms,
  };
}

/** Loads attachments and reactions of many rows with two indexed queries, not 2·N. */
/** A row's conversation: named by the query that was scoped to it, or selected with the row. */
function conversationOf(r: Row, scoped: ConversationId | undefined): ConversationId {
  const id = r.conversation_id ?? scoped;
  if (id === undefined) throw new StoreError('corrupt', 'A message has no conversation.');
  return id;
}

function hydrate(db: ReadDb, rows: readonly Row[], conversationId?: ConversationId): MessageRecord[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const atts = new Map<number, AttachmentRef[]>();
  for (const a of db.all<AttachmentRow>(MESSAGE_SQL.attachmentsOf, ids)) {
    let list = atts.get(a.message_id);
    if (!list) atts.set(a.message_id, (list = []));
    list.push(attachmentFromRow(a));
  }
  const reacts = new Map<number, Reaction[]>();
  for (const x of db.all<ReactionRow>(MESSAGE_SQL.reactionsOf, ids)) {
    let list = reacts.get(x.message_id);
    if (!list) reacts.set(x.message_id, (list = []));
    list.push({ author: x.author, emoji: x.emoji, reactedAt: x.reacted_at });
  }
  return rows.map((r) => fromRow(r, conversationId, atts.get(r.id), reacts.get(r.id)));
}

function checkNewState(m: NewMessage): void {
  const ok = m.outgoing
    ? m.state === 'sending' || m.state === 'sent' || m.state === 'failed'
    : m.state === 'unread' || m.state === 'read';
  if (!ok) {
    throw new StoreError(
      'illegal-transition',
      `A new ${m.outgoing ? 'outgoing' : 'incoming'} message cannot start in state '${m.state}'.`,
    );
  }
}

/** Points the conversation at its newest remaining message after a deletion. */
function refreshLastMessage(tx: WriteDb, cid: number): void {
  const newest = tx.get<{ id: number }>(MESSAGE_SQL.newestOf, cid);
  tx.run(MESSAGE_SQL.setLastMessage, newest?.id ?? null, cid);
}

export const messages = {
  get(db: ReadDb, id: number): MessageRecord | undefined {
    const r = db.get<Row>(MESSAGE_SQL.get, id);
    return r ? hydrate(db, [r])[0] : undefined;
  },

  /**
   * One page of a conversation, newest first. Keyset pagination on (cid, sent_at, id):
   * `before` gives older messages, `after` newer ones; cost is independent of the depth.
   */
  page(
    db: ReadDb,
    conversationId: ConversationId,
    opts: { limit?: number; before?: PageCursor; after?: PageCursor } = {},
  ): MessageRecord[] {
    const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
    const cid = cidOf(db, conversationId);
    if (cid === undefined) return [];
    let rows: Row[];
    if (opts.before) {
      rows = db.all<Row>(MESSAGE_SQL.pageBefore, cid, opts.before.sentAt, opts.before.id, limit);
    } else if (opts.after) {
      rows = db.all<Row>(MESSAGE_SQL.pageAfter, cid, opts.after.sentAt, opts.after.id, limit).reverse();
    } else {
      rows = db.all<Row>(MESSAGE_SQL.pageNewest, cid, limit);
    }
    return hydrate(db, rows, conversationId);
  },

  byServerHash(db: ReadDb, hash: string): MessageRecord | undefined {
    const r = db.get<Row>(MESSAGE_SQL.byServerHash, hash);
    return r ? hydrate(db, [r])[0] : undefined;
  },

  /** Second-level de-duplication (protocol §11.2): same sender, same protocol timestamp. */
  existsBySenderSentAt(
    db: ReadDb,
    conversationId: ConversationId,
    sender: SessionId,
    sentAt: number,
  ): boolean {
    const cid = cidOf(db, conversationId);
    return cid !== undefined && db.get(MESSAGE_SQL.bySenderSentAt, cid, sentAt, sender) !== undefined;
  },

  /** Counts unread rows through the partial index; the counter column is the cheap path. */
  countUnreadIndexed(db: ReadDb, conversationId: ConversationId): number {
    const cid = cidOf(db, conversationId);
    return cid === undefined ? 0 : (db.get<{ n: number }>(MESSAGE_SQL.unreadIndexed, cid)?.n ?? 0);
  },

  firstUnread(db: ReadDb, conversationId: ConversationId): PageCursor | undefined {
    const cid = cidOf(db, conversationId);
    if (cid === undefined) return undefined;
    const r = db.get<{ id: number; sent_at: number }>(MESSAGE_SQL.firstUnread, cid);
    return r ? { id: r.id, sentAt: r.sent_at } : undefined;
  },

  /**
   * Inserts a message and updates its conversation (last message, activity time, unread counter)
   * in the caller's transaction. Returns the new id, or undefined when a message with the same
   * server hash is already stored (a duplicate from the second polled swarm member).
   */
  insert(tx: WriteDb, m: NewMessage): number | undefined {
    checkNewState(m);
    const cid = cidOf(tx, m.conversationId);
    if (cid === undefined)
      throw new StoreError('not-found', 'The message belongs to a conversation that does not exist.');
    const seq = tx.get<{ value: number }>(MESSAGE_SQL.nextId);
    if (!seq) throw new StoreError('corrupt', 'The message counter is missing.');
    // A duplicate hash burns the id it drew; ids need to grow, not to be dense.
    const id = seq.value;
    const inserted = tx.run(
      MESSAGE_SQL.insert,
      id,
      cid,
      m.sender,
      m.outgoing ? 1 : 0,
      m.sentAt,
      m.receivedAt,
      m.kind ?? 'text',
      m.body,
      m.state,
      m.failureReason ?? null,
      m.serverHash ?? null,
      m.expireMode ?? 'off',
      m.expireTimerS ?? 0,
      m.expiresAt ?? null,
      m.quote?.author ?? null,
      m.quote?.sentAt ?? null,
      m.quote?.body ?? null,
      m.notice ?? null,
      m.syncHash ?? null,
      m.expireStartedAt ?? null,
      m.wire ?? null,
      m.clientKey ?? null,
    );
    if (inserted.changes === 0) return undefined;
    tx.run(MESSAGE_SQL.bumpConversation, m.state === 'unread' ? 1 : 0, m.sentAt, id, m.sentAt, cid);
    for (const a of m.attachments ?? []) messages.putAttachment(tx, id, a);
    return id;
  },

  putAttachment(tx: WriteDb, messageId: number, a: AttachmentRef): void {
    tx.run(
      MESSAGE_SQL.putAttachment,
      messageId,
      a.position,
      a.contentType,
      a.size,
      a.fileName,
      a.url,
      a.key,
      a.digest,
      a.localPath,
      a.width,
      a.height,
    );
  },

  setAttachmentPath(tx: WriteDb, messageId: number, position: number, localPath: string | null): boolean {
    return tx.run(MESSAGE_SQL.setAttachmentPath, localPath, messageId, position).changes > 0;
  },

  /**
   * Moves a message along its state machine; anything not in MESSAGE_TRANSITIONS throws
   * 'illegal-transition' and changes nothing. `sent` records the server hash and, for
   * after-send expiry, the deadline the caller computed from network time.
   */
  setState(
    tx: WriteDb,
    id: number,
    next: MessageState,
    extra: { serverHash?: string; failureReason?: string; expiresAt?: number; now?: number } = {},
  ): MessageRecord {
    const now = extra.now ?? Date.now();
    const cur = tx.get<{ state: MessageState; cid: number }>(MESSAGE_SQL.stateOf, id);
    if (!cur) throw new StoreError('not-found', 'There is no such message.');
    if (!MESSAGE_TRANSITIONS[cur.state].includes(next)) {
      throw new StoreError('illegal-transition', `A message cannot go from '${cur.state}' to '${next}'.`);
    }
    tx.run(
      MESSAGE_SQL.setState,
      next,
      extra.serverHash ?? null,
      next,
      extra.failureReason ?? null,
      extra.expiresAt ?? null,
      now,
      next,
      now,
      id,
    );
    if (cur.state === 'unread') {
      tx.run(MESSAGE_SQL.unreadDown, 1, cur.cid);
    }
    const out = messages.get(tx, id);
    if (!out) throw new StoreError('not-found', 'There is no such message.');
    return out;
  },

  /**
   * Marks every unread incoming message up to `upToSentAt` read, starting after-read timers
   * (expires_at = now + timer). Walks only the partial unread index.
   */
  markRead(tx: WriteDb, conversationId: ConversationId, upToSentAt: number, now: number): ReadMessage[] {
    const cid = cidOf(tx, conversationId);
    if (cid === undefined) return [];
    const rows = tx.all<{
      id: number;
      sender: SessionId;
      sent_at: number;
      server_hash: string | null;
      expires_at: number | null;
    }>(MESSAGE_SQL.markRead, now, now, cid, upToSentAt);
    if (rows.length > 0) {
      tx.run(MESSAGE_SQL.unreadDown, rows.length, cid);
    }
    return rows.map((r) => ({
      id: r.id,
      sender: r.sender,
      sentAt: r.sent_at,
      serverHash: r.server_hash,
      expiresAt: r.expires_at,
    }));
  },

  /** A read receipt from the recipient: our sent messages with these timestamps become read. */
  markReadByRecipient(
    tx: WriteDb,
    conversationId: ConversationId,
    sentAts: readonly number[],
    now: number,
  ): number {
    const cid = cidOf(tx, conversationId);
    if (cid === undefined) return 0;
    return tx.run(MESSAGE_SQL.markReadByRecipient, now, cid, JSON.stringify(sentAts)).changes;
  },

  setReaction(tx: WriteDb, messageId: number, r: Reaction): void {
    tx.run(MESSAGE_SQL.setReaction, messageId, r.author, r.emoji, r.reactedAt);
  },

  removeReaction(tx: WriteDb, messageId: number, author: SessionId, emoji: string): boolean {
    return tx.run(MESSAGE_SQL.removeReaction, messageId, author, emoji).changes > 0;
  },

  /** Deletes one message (unsend, delete-for-me, expiry), keeping its conversation's counters right. */
  remove(tx: WriteDb, id: number): boolean {
    const cur = tx.get<{ state: MessageState; cid: number }>(MESSAGE_SQL.stateOf, id);
    if (!cur) return false;
    tx.run(MESSAGE_SQL.remove, id);
    tx.run(MESSAGE_SQL.unreadDown, cur.state === 'unread' ? 1 : 0, cur.cid);
    const conv = tx.get<{ last_message_id: number | null }>(MESSAGE_SQL.lastMessageOf, cur.cid);
    if (conv?.last_message_id === id) refreshLastMessage(tx, cur.cid);
    return true;
  },

  /** Ids of messages whose disappearing timer has run out (oldest deadline first). */
  expired(db: ReadDb, now: number, limit = 500): number[] {
    return db.all<{ id: number }>(MESSAGE_SQL.expired, now, limit).map((r) => r.id);
  },

  /** The earliest pending expiry, for scheduling the next sweep. */
  nextExpiry(db: ReadDb): number | undefined {
    return db.get<{ t: number | null }>(MESSAGE_SQL.nextExpiry)?.t ?? undefined;
  },
};
