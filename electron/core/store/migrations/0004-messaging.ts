import { addColumn } from './add-column';
import type { Migration } from './types';

/**
 * What one-to-one messaging needs beyond the base schema (issue 17):
 *
 * - messages.notice: the JSON of a control row (timer changed, request accepted, media saved,
 *   missed call); messages.kind says which family a row is ('text', 'control', 'call', 'deleted').
 * - messages.sync_hash: the storage hash of our own-swarm copy of an outgoing message (its sync
 *   copy, or the only copy in Note to Self): unsend deletes exactly that hash from our swarm.
 * - messages.wire: the sealed bytes of an outgoing message while it is not yet sent, so a retry
 *   after a final failure stores the same bytes — the same timestamp and the same hash.
 * - messages.client_key: the caller's idempotency key of a send (a repeated call returns the row).
 * - messages.expire_started_at: when a disappearing timer started (after send: the send; after
 *   read: the read), shown in the message info and used to re-derive the deadline.
 * - messages (sender, sent_at): a message's protocol identity (§3.5); quotes, reactions, unsend
 *   requests and second-level de-duplication find messages by it regardless of conversation.
 * - contacts.profile_updated_s: the sender's lastProfileUpdateSeconds last applied (§3.5 profile rule).
 * - conversations.marked_unread: the hand-made unread mark.
 * - conversations (request_state, last_activity_at) for the requests box, which is kept apart
 *   from the main list.
 */
const SQL = `
CREATE INDEX IF NOT EXISTS messages_author_sent ON messages (sender, sent_at);
CREATE UNIQUE INDEX IF NOT EXISTS messages_sync_hash ON messages (sync_hash) WHERE sync_hash IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS messages_client_key ON messages (client_key) WHERE client_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS conversations_requests ON conversations (request_state, last_activity_at);
`;

export const migration0004: Migration = {
  version: 4,
  name: 'messaging',
  up(db) {
    addColumn(db, 'messages', 'notice', 'TEXT');
    addColumn(db, 'messages', 'sync_hash', 'TEXT');
    addColumn(db, 'messages', 'wire', 'BLOB');
    addColumn(db, 'messages', 'client_key', 'TEXT');
    addColumn(db, 'messages', 'expire_started_at', 'INTEGER');
    addColumn(db, 'contacts', 'profile_updated_s', 'INTEGER NOT NULL DEFAULT 0');
    addColumn(db, 'conversations', 'marked_unread', 'INTEGER NOT NULL DEFAULT 0');
    db.exec(SQL);
  },
};
