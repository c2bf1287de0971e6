/**
 * Every statement of the messages repository, kept apart from the code that runs them so the
 * query-plan test can EXPLAIN each one (a new statement lands here or does not exist).
 */
const COLUMNS =
  'm.id, m.sender, m.outgoing, m.sent_at, m.received_at, m.kind, m.body, m.state, ' +
  'm.failure_reason, m.server_hash, ' +
  'm.read_at, m.expire_mode, m.expire_timer_s, m.expires_at, m.quote_author, m.quote_sent_at, m.quote_body, ' +
  'm.notice, m.sync_hash, m.expire_started_at';

/** No join: a correlated rowid lookup keeps the plan fixed whatever ANALYZE learns. */
const WITH_CONVERSATION = `${COLUMNS}, (SELECT c.id FROM conversations c WHERE c.cid = m.cid) AS conversation_id`;
const FROM = 'FROM messages m';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const MESSAGE_SQL = {
  get: `SELECT ${WITH_CONVERSATION} ${FROM} WHERE m.id = ?`,
  pageNewest: `SELECT ${COLUMNS} ${FROM} WHERE m.cid = ? ORDER BY m.sent_at DESC, m.id DESC LIMIT ?`,
  pageBefore:
    `SELECT ${COLUMNS} ${FROM} WHERE m.cid = ? AND (m.sent_at, m.id) < (?, ?) ` +
    'ORDER BY m.sent_at DESC, m.id DESC LIMIT ?',
  pageAfter:
    `SELECT ${COLUMNS} ${FROM} WHERE m.cid = ? AND (m.sent_at, m.id) > (?, ?) ` +
    'ORDER BY m.sent_at ASC, m.id ASC LIMIT ?',
  attachmentsOf:
    'SELECT message_id, position, content_type, size, file_name, url, key, digest, local_path, width, height, ' +
    'aid, state, failure, voice, caption, duration_ms ' +
    'FROM attachments WHERE message_id IN (SELECT value FROM json_each(?)) ORDER BY message_id, position',
  reactionsOf:
    'SELECT message_id, author, emoji, reacted_at FROM reactions ' +
    'WHERE message_id IN (SELECT value FROM json_each(?))',
  byServerHash: `SELECT ${WITH_CONVERSATION} ${FROM} WHERE m.server_hash = ?`,
  bySenderSentAt: 'SELECT id FROM messages WHERE cid = ? AND sent_at = ? AND sender = ? LIMIT 1',
  unreadIndexed: "SELECT count(*) AS n FROM messages WHERE cid = ? AND state = 'unread'",
  firstUnread:
    "SELECT id, sent_at FROM messages WHERE cid = ? AND state = 'unread' ORDER BY sent_at ASC LIMIT 1",
  newestOf: 'SELECT id FROM messages WHERE cid = ? ORDER BY sent_at DESC, id DESC LIMIT 1',
  nextId: "UPDATE counters SET value = value + 1 WHERE name = 'message_id' RETURNING value",
  insert: `INSERT INTO messages (id, cid, sender, outgoing, sent_at, received_at, kind, body, state,
         failure_reason, server_hash, expire_mode, expire_timer_s, expires_at, quote_author, quote_sent_at, quote_body,
         notice, sync_hash, expire_started_at, wire, client_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (server_hash) WHERE server_hash IS NOT NULL DO NOTHING`,
  bumpConversation: `UPDATE conversations SET
         unread_count = unread_count + ?,
         last_message_id = CASE WHEN last_message_id IS NULL OR ? >= last_activity_at THEN ? ELSE last_message_id END,
         last_activity_at = max(last_activity_at, ?)
       WHERE cid = ?`,
  putAttachment: `INSERT INTO attachments (message_id, position, content_type, size, file_name, url, key, digest, local_path, width, height)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (message_id, position) DO UPDATE SET content_type = excluded.content_type, size = excluded.size,
         file_name = excluded.file_name, url = excluded.url, key = excluded.key, digest = excluded.digest,
         local_path = excluded.local_path, width = excluded.width, height = excluded.height`,
  setAttachmentPath: 'UPDATE attachments SET local_path = ? WHERE message_id = ? AND position = ?',
  stateOf: 'SELECT state, cid FROM messages WHERE id = ?',
  setState: `UPDATE messages SET state = ?,
         server_hash = coalesce(?, server_hash),
         failure_reason = CASE WHEN ? = 'failed' THEN ? ELSE NULL END,
         expires_at = coalesce(?, CASE WHEN state = 'unread' AND expire_mode = 'after-read' AND expire_timer_s > 0
                                       THEN ? + expire_timer_s * 1000 ELSE expires_at END),
         read_at = CASE WHEN ? = 'read' THEN coalesce(read_at, ?) ELSE read_at END
       WHERE id = ?`,
  unreadDown: 'UPDATE conversations SET unread_count = max(unread_count - ?, 0) WHERE cid = ?',
  markRead: `UPDATE messages SET state = 'read', read_at = ?,
         expires_at = CASE WHEN expire_mode = 'after-read' AND expire_timer_s > 0
                           THEN ? + expire_timer_s * 1000 ELSE expires_at END
       WHERE cid = ? AND state = 'unread' AND sent_at <= ?
       RETURNING id, sender, sent_at, server_hash, expires_at`,
  markReadByRecipient: `UPDATE messages SET state = 'read', read_at = coalesce(read_at, ?)
       WHERE cid = ? AND sent_at IN (SELECT value FROM json_each(?)) AND outgoing = 1 AND state = 'sent'`,
  setReaction: `INSERT INTO reactions (message_id, author, emoji, reacted_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (message_id, author, emoji) DO UPDATE SET reacted_at = excluded.reacted_at`,
  removeReaction: 'DELETE FROM reactions WHERE message_id = ? AND author = ? AND emoji = ?',
  remove: 'DELETE FROM messages WHERE id = ?',
  lastMessageOf: 'SELECT last_message_id FROM conversations WHERE cid = ?',
  setLastMessage: 'UPDATE conversations SET last_message_id = ? WHERE cid = ?',
  expired:
    'SELECT id FROM messages WHERE expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?',
  nextExpiry: 'SELECT min(expires_at) AS t FROM messages WHERE expires_at IS NOT NULL',
} as const;
