import type { SessionId } from '../../crypto/ids';
import type { ReadDb } from '../handles';
import { bodyMatch, inConversation } from '../fts-query';
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

export const search = {
  messages(db: ReadDb, input: string, opts: SearchOptions = {}): SearchHit[] {
    const body = bodyMatch(input, { prefix: opts.prefix ?? false });
    if (body === undefined) return [];
    let match = body;
    if (opts.conversationId !== undefined) {
      const cid = cidOf(db, opts.conversationId);
      if (cid === undefined) return [];
      match = inConversation(body, cid);
    }
    const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
    const rows = db.all<Row>(SEARCH_SQL, match, opts.beforeMessageId ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map((r) => ({
      messageId: r.id,
      conversationId: r.conversation_id,
      sender: r.sender,
      sentAt: r.sent_at,
      snippet: r.snippet,
    }));
  },
};
