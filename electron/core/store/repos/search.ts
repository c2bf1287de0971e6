import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';
import { bodyMatch, inConversation } from '../fts-query';
import { readableSnippet } from '../search-text';
import { cidOf, type ConversationId } from './conversations';

/** Marks the matched words inside `snippet`: split on these to highlight. */
export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

export interface SearchHit {
  readonly messageId: number;
  readonly conversationId: ConversationId;
  readonly sender: SessionId;
  readonly sentAt: number;
  /** Up to ~16 words around the match, matches wrapped in SNIPPET_START/SNIPPET_END. */
  readonly snippet: string;
}

export interface SearchOptions {
  readonly conversationId?: ConversationId;
  readonly limit?: number;
  /** Continue after the last hit of a previous page (its messageId). */
  readonly beforeMessageId?: number;
  /** Treat the last word as a prefix (search as you type). */
  readonly prefix?: boolean;
}

/** One match inside a conversation, in the order the chat shows it. */
export interface ChatMatch {
  readonly messageId: number;
  readonly sentAt: number;
}

export interface ChatMatches {
  /** Every match in the conversation, however many `matches` holds. */
  readonly total: number;
  /** Newest first by (sentAt, id), as the chat orders its messages; at most the limit asked. */
  readonly matches: readonly ChatMatch[];
}

export const MAX_CHAT_MATCHES = 5_000;

/** A conversation, or a contact without one, with every name it may be found by. */
export interface PersonRow {
  readonly id: string;
  readonly kind: 'direct' | 'group';
  /** The conversation's own name (groups); null for a contact without a conversation. */
  readonly conversationName: string | null;
  readonly contactName: string | null;
  readonly nickname: string | null;
  /** False for a contact not (yet) in a conversation. */
  readonly hasConversation: boolean;
  readonly lastActivityAt: number;
}

interface Row {
  id: number;
  conversation_id: ConversationId;
  sender: SessionId;
  sent_at: number;
  snippet: string;
}

/**
 * Newest first means highest rowid first: message ids grow with arrival, so FTS5 can walk its
 * doclists backwards and stop after `limit` hits instead of sorting every match of a common word.
 * (A backfilled old message ranks by when it arrived, which search results tolerate.)
 */
export const SEARCH_SQL =
  'SELECT m.id, (SELECT c.id FROM conversations c WHERE c.cid = m.cid) AS conversation_id, m.sender, m.sent_at, ' +
  'f.snippet FROM ' +
  "(SELECT rowid, snippet(messages_fts, 0, char(2), char(3), '…', 16) AS snippet FROM messages_fts " +
  'WHERE messages_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?) AS f ' +
  'JOIN messages m ON m.id = f.rowid ORDER BY f.rowid DESC';

/**
 * Matches inside one conversation, for next/previous in a chat: in the chat's own order (sent_at,
 * id), which arrival order is not for synced or restored history. FTS5 intersects the cid and word
 * posting lists; the sort then covers only the matches, never the conversation.
 */
export const CHAT_MATCHES_SQL =
  'SELECT m.id, m.sent_at FROM messages_fts f JOIN messages m ON m.id = f.rowid ' +
  'WHERE messages_fts MATCH ? ORDER BY m.sent_at DESC, m.id DESC LIMIT ?';

export const REBUILD_SQL = "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')";

export const CHAT_MATCH_COUNT_SQL = 'SELECT count(*) AS n FROM messages_fts WHERE messages_fts MATCH ?';

/**
 * Everyone search can find by name: every conversation (with its contact's names) and approved
 * contacts without one. A few thousand rows at most — names are matched in the service, folded the
 * way search folds message text, which SQL's LIKE cannot do.
 */
export const PEOPLE_SQL =
  'SELECT c.id, c.kind, c.name AS conversation_name, ct.name AS contact_name, ct.nickname, 1 AS has_conversation, ' +
  'c.last_activity_at FROM conversations c LEFT JOIN contacts ct ON ct.session_id = c.id ' +
  "UNION ALL SELECT ct.session_id, 'direct', NULL, ct.name, ct.nickname, 0, 0 FROM contacts ct " +
  'WHERE ct.approved = 1 AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = ct.session_id)';

interface PersonSqlRow {
  id: string;
  kind: 'direct' | 'group';
  conversation_name: string | null;
  contact_name: string | null;
  nickname: string | null;
  has_conversation: number;
  last_activity_at: number;
}

function scopedMatch(db: ReadDb, input: string, opts: SearchOptions): string | undefined {
  const body = bodyMatch(input, { prefix: opts.prefix ?? false });
  if (body === undefined || opts.conversationId === undefined) return body;
  const cid = cidOf(db, opts.conversationId);
  return cid === undefined ? undefined : inConversation(body, cid);
}

export const search = {
  messages(db: ReadDb, input: string, opts: SearchOptions = {}): SearchHit[] {
    const match = scopedMatch(db, input, opts);
    if (match === undefined) return [];
    const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
    const rows = db.all<Row>(SEARCH_SQL, match, opts.beforeMessageId ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map((r) => ({
      messageId: r.id,
      conversationId: r.conversation_id,
      sender: r.sender,
      sentAt: r.sent_at,
      snippet: readableSnippet(r.snippet),
    }));
  },

  /** Rebuilds the message index from the messages table. */
  rebuild(tx: WriteDb): void {
    tx.run(REBUILD_SQL);
  },

  people(db: ReadDb): PersonRow[] {
    return db.all<PersonSqlRow>(PEOPLE_SQL).map((r) => ({
      id: r.id,
      kind: r.kind,
      conversationName: r.conversation_name,
      contactName: r.contact_name,
      nickname: r.nickname,
      hasConversation: r.has_conversation === 1,
      lastActivityAt: r.last_activity_at,
    }));
  },

  /** Every match of `input` in one conversation (up to `limit`), and how many there are. */
  inConversation(
    db: ReadDb,
    conversationId: ConversationId,
    input: string,
    opts: { prefix?: boolean; limit?: number } = {},
  ): ChatMatches {
    const match = scopedMatch(db, input, { conversationId, prefix: opts.prefix ?? false });
    if (match === undefined) return { total: 0, matches: [] };
    const limit = Math.max(1, Math.min(opts.limit ?? MAX_CHAT_MATCHES, MAX_CHAT_MATCHES));
    const rows = db.all<{ id: number; sent_at: number }>(CHAT_MATCHES_SQL, match, limit);
    const total =
      rows.length < limit ? rows.length : (db.get<{ n: number }>(CHAT_MATCH_COUNT_SQL, match)?.n ?? 0);
    return { total, matches: rows.map((r) => ({ messageId: r.id, sentAt: r.sent_at })) };
  },
};
