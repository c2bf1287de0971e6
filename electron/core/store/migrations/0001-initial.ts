import type { Migration } from './types';

/**
 * The base schema: account, contacts, conversations, messages (+ quotes, reactions, attachment
 * refs), network state, outbox and settings.
 *
 * Messages point at their conversation by a small integer (`cid`), not by the 66-character id:
 * every key and FTS posting carries it, so its width is paid 100,000s of times.
 *
 * The messages table is clustered on (cid, sent_at, id) (WITHOUT ROWID): a page of one
 * conversation is a few adjacent B-tree leaves instead of 50 scattered rows — each cold page
 * costs a read and a decryption under SQLCipher. `id` is a global, arrival-ordered number from
 * `counters` (never reused), uniquely indexed; FTS uses it as its rowid, so "newest first" in
 * search is "highest id first". The same key serves de-duplication by (sender, timestamp);
 * unread messages sit in a partial index so marking a conversation read touches only them; the
 * conversation list walks (priority, last_activity_at). `unread_count` on conversations is a
 * counter kept in step by the repository inside the same transaction as the message change.
 */
const SQL = `
CREATE TABLE IF NOT EXISTS account (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  session_id    TEXT NOT NULL,
  seed          BLOB NOT NULL CHECK (length(seed) IN (16, 32)),
  display_name  TEXT,
  created_at    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS contacts (
  session_id    TEXT PRIMARY KEY,
  name          TEXT,
  nickname      TEXT,
  avatar_url    TEXT,
  avatar_key    BLOB,
  avatar_path   TEXT,
  approved      INTEGER NOT NULL DEFAULT 0,
  approved_me   INTEGER NOT NULL DEFAULT 0,
  blocked       INTEGER NOT NULL DEFAULT 0,
  updated_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS conversations (
  cid               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL CHECK (kind IN ('direct', 'group')),
  name              TEXT,
  request_state     TEXT NOT NULL DEFAULT 'accepted' CHECK (request_state IN ('accepted', 'request', 'invite')),
  muted_until       INTEGER NOT NULL DEFAULT 0,
  priority          INTEGER NOT NULL DEFAULT 0,
  unread_count      INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
  last_message_id   INTEGER,
  last_activity_at  INTEGER NOT NULL DEFAULT 0,
  draft             TEXT,
  expire_mode       TEXT NOT NULL DEFAULT 'off' CHECK (expire_mode IN ('off', 'after-send', 'after-read')),
  expire_timer_s    INTEGER NOT NULL DEFAULT 0,
  created_at        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_list ON conversations (priority, last_activity_at);

CREATE TABLE IF NOT EXISTS counters (
  name   TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO counters (name, value) VALUES ('message_id', 0);

CREATE TABLE IF NOT EXISTS messages (
  cid              INTEGER NOT NULL REFERENCES conversations (cid) ON DELETE CASCADE,
  sent_at          INTEGER NOT NULL,
  id               INTEGER NOT NULL,
  sender           TEXT NOT NULL,
  outgoing         INTEGER NOT NULL,
  received_at      INTEGER NOT NULL,
  kind             TEXT NOT NULL DEFAULT 'text',
  body             TEXT,
  state            TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'read', 'unread')),
  failure_reason   TEXT,
  server_hash      TEXT,
  read_at          INTEGER,
  expire_mode      TEXT NOT NULL DEFAULT 'off' CHECK (expire_mode IN ('off', 'after-send', 'after-read')),
  expire_timer_s   INTEGER NOT NULL DEFAULT 0,
  expires_at       INTEGER,
  quote_author     TEXT,
  quote_sent_at    INTEGER,
  quote_body       TEXT,
  PRIMARY KEY (cid, sent_at, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS messages_id ON messages (id);
CREATE INDEX IF NOT EXISTS messages_unread ON messages (cid, sent_at) WHERE state = 'unread';
CREATE UNIQUE INDEX IF NOT EXISTS messages_server_hash ON messages (server_hash) WHERE server_hash IS NOT NULL;
CREATE INDEX IF NOT EXISTS messages_expiry ON messages (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS reactions (
  message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  author      TEXT NOT NULL,
  emoji       TEXT NOT NULL,
  reacted_at  INTEGER NOT NULL,
  PRIMARY KEY (message_id, author, emoji)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS attachments (
  message_id    INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  content_type  TEXT NOT NULL,
  size          INTEGER NOT NULL,
  file_name     TEXT,
  url           TEXT,
  key           BLOB,
  digest        BLOB,
  local_path    TEXT,
  width         INTEGER,
  height        INTEGER,
  PRIMARY KEY (message_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS snode_pool (
  ed25519  TEXT PRIMARY KEY,
  ip       TEXT NOT NULL,
  port     INTEGER NOT NULL,
  x25519   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS swarms (
  pubkey    TEXT NOT NULL,
  position  INTEGER NOT NULL,
  ed25519   TEXT NOT NULL,
  PRIMARY KEY (pubkey, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS guard_nodes (
  position  INTEGER PRIMARY KEY,
  ed25519   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS last_hashes (
  snode       TEXT NOT NULL,
  pubkey      TEXT NOT NULL,
  namespace   INTEGER NOT NULL,
  hash        TEXT NOT NULL,
  expires_at  INTEGER NOT NULL,
  PRIMARY KEY (snode, pubkey, namespace)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS last_hashes_expiry ON last_hashes (expires_at);

CREATE TABLE IF NOT EXISTS seen_hashes (
  hash        TEXT PRIMARY KEY,
  expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_hashes_expiry ON seen_hashes (expires_at);

CREATE TABLE IF NOT EXISTS outbox (
  id               INTEGER PRIMARY KEY,
  kind             TEXT NOT NULL,
  message_id       INTEGER REFERENCES messages (id) ON DELETE CASCADE,
  payload          BLOB,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  claimed_until    INTEGER NOT NULL DEFAULT 0,
  last_error       TEXT,
  created_at       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_message ON outbox (message_id) WHERE message_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
