import { addColumn } from './add-column';
import type { Migration } from './types';

/**
 * Attachments, voice messages and profile pictures (issue 14):
 *
 * - local_files: every file under DATA_DIR/attachments/ is a row here — its opaque name (`id`, 32
 *   random hex digits, also the id the renderer fetches by), its secretstream key, its plaintext size
 *   and type. A file on disk without a row is garbage; a row nothing points at is too.
 * - attachments (base schema) gains: `aid`, the attachment's opaque id on the bridge and in URLs;
 *   `state` (pending, uploading, downloading, ready, failed, expired, rejected) and `failure` (its
 *   code); `voice`, `caption`, `duration_ms` (no pointer field carries a duration: a voice note's
 *   is known to its sender and read from the audio otherwise); `blob_file` (an outgoing attachment's legacy-encrypted blob under attachments/outgoing/ until it is uploaded,
 *   so a retry after a crash uploads the same bytes); `expires_at` (the file server's expiry, ms).
 *   `local_path` holds a local_files id from now on, never a path.
 * - attachment_uploads: files handed over through the bridge (or the CLI) that no message carries
 *   yet; `messages.send` moves a row into `attachments`.
 * - account.avatar_path / avatar_path_url / avatar_updated_s: the local_files id of our own profile
 *   picture's decrypted copy, the URL it is a copy of (config sync's avatar_url may move on, from
 *   another device), and when we last changed it (our lastProfileUpdateSeconds for it).
 *   contacts.avatar_path now holds the local_files id of a contact's decrypted avatar.
 */
const SQL = `
CREATE TABLE IF NOT EXISTS local_files (
  id            TEXT PRIMARY KEY CHECK (length(id) = 32),
  key           BLOB NOT NULL CHECK (length(key) = 32),
  size          INTEGER NOT NULL CHECK (size >= 0),
  content_type  TEXT NOT NULL,
  created_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS attachment_uploads (
  aid           TEXT PRIMARY KEY,
  file_id       TEXT NOT NULL,
  blob_file     TEXT NOT NULL,
  legacy_key    BLOB NOT NULL CHECK (length(legacy_key) = 64),
  digest        BLOB NOT NULL CHECK (length(digest) = 32),
  file_name     TEXT,
  content_type  TEXT NOT NULL,
  size          INTEGER NOT NULL,
  width         INTEGER,
  height        INTEGER,
  voice         INTEGER NOT NULL DEFAULT 0,
  duration_ms   INTEGER,
  caption       TEXT,
  created_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE UNIQUE INDEX IF NOT EXISTS attachments_aid ON attachments (aid) WHERE aid IS NOT NULL;
CREATE INDEX IF NOT EXISTS attachments_file ON attachments (local_path) WHERE local_path IS NOT NULL;
CREATE INDEX IF NOT EXISTS attachments_state ON attachments (state) WHERE state IN ('uploading', 'downloading');
CREATE INDEX IF NOT EXISTS attachment_uploads_file ON attachment_uploads (file_id);
CREATE INDEX IF NOT EXISTS contacts_avatar_file ON contacts (avatar_path) WHERE avatar_path IS NOT NULL;
`;

export const migration0007: Migration = {
  version: 7,
  name: 'attachments',
  up(db) {
    addColumn(db, 'attachments', 'aid', 'TEXT');
    addColumn(db, 'attachments', 'state', "TEXT NOT NULL DEFAULT 'pending'");
    addColumn(db, 'attachments', 'failure', 'TEXT');
    addColumn(db, 'attachments', 'voice', 'INTEGER NOT NULL DEFAULT 0');
    addColumn(db, 'attachments', 'caption', 'TEXT');
    addColumn(db, 'attachments', 'duration_ms', 'INTEGER');
    addColumn(db, 'attachments', 'blob_file', 'TEXT');
    addColumn(db, 'attachments', 'expires_at', 'INTEGER');
    addColumn(db, 'account', 'avatar_path', 'TEXT');
    addColumn(db, 'account', 'avatar_path_url', 'TEXT');
    addColumn(db, 'account', 'avatar_updated_s', 'INTEGER NOT NULL DEFAULT 0');
    db.exec(SQL);
    // Attachment rows from before this step (none were ever downloaded) get their opaque ids.
    db.exec('UPDATE attachments SET aid = lower(hex(randomblob(16))), local_path = NULL WHERE aid IS NULL');
  },
};
