import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';
import type { ConversationId } from './conversations';

/**
 * What attachments and profile pictures keep in the store (schema 0007): the encrypted files on
 * disk (`local_files`: an opaque name and its key), attachment rows by their opaque id with their
 * transfer state, files staged for a message not written yet, and the local copies of avatars.
 */
export const ATTACHMENT_STATES = [
  'pending',
  'uploading',
  'downloading',
  'ready',
  'failed',
  'expired',
  'rejected',
] as const;
export type AttachmentState = (typeof ATTACHMENT_STATES)[number];

export interface LocalFile {
  readonly id: string;
  readonly key: Uint8Array;
  readonly size: number;
  readonly contentType: string;
  readonly createdAt: number;
}

/** An attachment row with what its message says about it. */
export interface StoredAttachment {
  readonly aid: string;
  readonly messageId: number;
  readonly position: number;
  readonly conversationId: ConversationId;
  readonly sender: SessionId;
  readonly outgoing: boolean;
  readonly sentAt: number;
  readonly contentType: string;
  readonly size: number;
  readonly fileName: string | null;
  readonly url: string | null;
  readonly key: Uint8Array | null;
  readonly digest: Uint8Array | null;
  /** local_files id of the decrypted copy. */
  readonly fileId: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly voice: boolean;
  readonly caption: string | null;
  readonly durationMs: number | null;
  readonly state: AttachmentState;
  readonly failure: string | null;
  readonly blobFile: string | null;
  readonly expiresAt: number | null;
}

export interface StagedUpload {
  readonly aid: string;
  readonly fileId: string;
  readonly blobFile: string;
  readonly legacyKey: Uint8Array;
  readonly digest: Uint8Array;
  readonly fileName: string | null;
  readonly contentType: string;
  readonly size: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly voice: boolean;
  readonly durationMs: number | null;
  readonly caption: string | null;
  readonly createdAt: number;
}

export interface NewAttachment {
  readonly aid: string;
  readonly position: number;
  readonly contentType: string;
  readonly size: number;
  readonly fileName: string | null;
  readonly url: string | null;
  readonly key: Uint8Array | null;
  readonly digest: Uint8Array | null;
  readonly fileId: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly voice: boolean;
  readonly caption: string | null;
  readonly durationMs: number | null;
  readonly state: AttachmentState;
  readonly failure?: string | null;
  readonly blobFile?: string | null;
}

export type AttachmentPatch = Partial<
  Pick<
    StoredAttachment,
    'state' | 'failure' | 'url' | 'fileId' | 'blobFile' | 'expiresAt' | 'width' | 'height' | 'durationMs'
  >
>;

const ATTACHMENT_COLUMNS =
  'a.aid, a.message_id, a.position, a.content_type, a.size, a.file_name, a.url, a.key, a.digest, ' +
  'a.local_path, a.width, a.height, a.voice, a.caption, a.duration_ms, a.state, a.failure, ' +
  'a.blob_file, a.expires_at, m.sender, m.outgoing, m.sent_at, ' +
  '(SELECT c.id FROM conversations c WHERE c.cid = m.cid) AS conversation_id';

const UPLOAD_COLUMNS =
  'aid, file_id, blob_file, legacy_key, digest, file_name, content_type, size, width, height, voice, ' +
  'duration_ms, caption, created_at';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const MEDIA_SQL = {
  putFile:
    'INSERT INTO local_files (id, key, size, content_type, created_at) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (id) DO UPDATE SET key = excluded.key, size = excluded.size, content_type = excluded.content_type',
  file: 'SELECT id, key, size, content_type, created_at FROM local_files WHERE id = ?',
  removeFile: 'DELETE FROM local_files WHERE id = ?',
  /** Files nothing points at any more (their message, contact or upload went). */
  orphanFiles: `SELECT f.id FROM local_files f WHERE
      NOT EXISTS (SELECT 1 FROM attachments a WHERE a.local_path = f.id)
      AND NOT EXISTS (SELECT 1 FROM attachment_uploads u WHERE u.file_id = f.id)
      AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.avatar_path = f.id)
      AND NOT EXISTS (SELECT 1 FROM account WHERE id = 1 AND avatar_path = f.id)
      LIMIT ?`,
  liveBlobs:
    'SELECT blob_file FROM attachments WHERE blob_file IS NOT NULL UNION SELECT blob_file FROM attachment_uploads',
  attachment: `SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN messages m ON m.id = a.message_id WHERE a.aid = ?`,
  ofMessage: `SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN messages m ON m.id = a.message_id
      WHERE a.message_id = ? ORDER BY a.position`,
  inFlight: `SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN messages m ON m.id = a.message_id
      WHERE a.state IN ('uploading', 'downloading')`,
  insertAttachment: `INSERT INTO attachments (message_id, position, aid, content_type, size, file_name, url, key, digest,
      local_path, width, height, voice, caption, duration_ms, state, failure, blob_file)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  patchAttachment: `UPDATE attachments SET
      state = coalesce(?, state), failure = CASE WHEN ? THEN ? ELSE failure END,
      url = coalesce(?, url), local_path = CASE WHEN ? THEN ? ELSE local_path END,
      blob_file = CASE WHEN ? THEN ? ELSE blob_file END,
      expires_at = coalesce(?, expires_at), width = coalesce(?, width), height = coalesce(?, height),
      duration_ms = coalesce(?, duration_ms)
      WHERE aid = ?`,
  putUpload: `INSERT INTO attachment_uploads (${UPLOAD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  upload: `SELECT ${UPLOAD_COLUMNS} FROM attachment_uploads WHERE aid = ?`,
  removeUpload: 'DELETE FROM attachment_uploads WHERE aid = ?',
  staleUploads: 'SELECT aid FROM attachment_uploads WHERE created_at < ?',
  setContactAvatarFile: 'UPDATE contacts SET avatar_path = ? WHERE session_id = ? AND avatar_url = ?',
  contactsWithoutAvatarFile:
    'SELECT session_id, avatar_url, avatar_key FROM contacts WHERE avatar_url IS NOT NULL AND avatar_key IS NOT NULL AND avatar_path IS NULL LIMIT ?',
  ownAvatarFile: 'SELECT avatar_path, avatar_path_url, avatar_updated_s FROM account WHERE id = 1',
  setOwnAvatarFile:
    'UPDATE account SET avatar_path = ?, avatar_path_url = ?, avatar_updated_s = ? WHERE id = 1',
} as const;

interface AttachmentRow {
  aid: string;
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
  voice: number;
  caption: string | null;
  duration_ms: number | null;
  state: AttachmentState;
  failure: string | null;
  blob_file: string | null;
  expires_at: number | null;
  sender: SessionId;
  outgoing: number;
  sent_at: number;
  conversation_id: ConversationId;
}

interface UploadRow {
  aid: string;
  file_id: string;
  blob_file: string;
  legacy_key: Uint8Array;
  digest: Uint8Array;
  file_name: string | null;
  content_type: string;
  size: number;
  width: number | null;
  height: number | null;
  voice: number;
  duration_ms: number | null;
  caption: string | null;
  created_at: number;
}

const own = (b: Uint8Array | null): Uint8Array | null => (b ? new Uint8Array(b) : null);

function fromAttachmentRow(r: AttachmentRow): StoredAttachment {
  return {
    aid: r.aid,
    messageId: r.message_id,
    position: r.position,
    conversationId: r.conversation_id,
    sender: r.sender,
    outgoing: r.outgoing !== 0,
    sentAt: r.sent_at,
    contentType: r.content_type,
    size: r.size,
    fileName: r.file_name,
    url: r.url,
    key: own(r.key),
    digest: own(r.digest),
    fileId: r.local_path,
    width: r.width,
    height: r.height,
    voice: r.voice !== 0,
    caption: r.caption,
    durationMs: r.duration_ms,
    state: r.state,
    failure: r.failure,
    blobFile: r.blob_file,
    expiresAt: r.expires_at,
  };
}

function fromUploadRow(r: UploadRow): StagedUpload {
  return {
    aid: r.aid,
    fileId: r.file_id,
    blobFile: r.blob_file,
    legacyKey: new Uint8Array(r.legacy_key),
    digest: new Uint8Array(r.digest),
    fileName: r.file_name,
    contentType: r.content_type,
    size: r.size,
    width: r.width,
    height: r.height,
    voice: r.voice !== 0,
    durationMs: r.duration_ms,
    caption: r.caption,
    createdAt: r.created_at,
  };
}

/** `CASE WHEN ? THEN ? …`: a patch field that is present sets the column, even to null. */
const setIf = <T>(v: T | undefined): [number, T | null] => (v === undefined ? [0, null] : [1, v]);

export const media = {
  putFile(tx: WriteDb, f: LocalFile): void {
    tx.run(MEDIA_SQL.putFile, f.id, f.key, f.size, f.contentType, f.createdAt);
  },

  file(db: ReadDb, id: string): LocalFile | undefined {
    const r = db.get<{ id: string; key: Uint8Array; size: number; content_type: string; created_at: number }>(
      MEDIA_SQL.file,
      id,
    );
    return (
      r && {
        id: r.id,
        key: new Uint8Array(r.key),
        size: r.size,
        contentType: r.content_type,
        createdAt: r.created_at,
      }
    );
  },

  removeFile(tx: WriteDb, id: string): boolean {
    return tx.run(MEDIA_SQL.removeFile, id).changes > 0;
  },

  /** Files no row points at (every file is recorded together with what points at it). */
  orphanFiles(db: ReadDb, limit = 500): string[] {
    return db.all<{ id: string }>(MEDIA_SQL.orphanFiles, limit).map((r) => r.id);
  },

  liveBlobs(db: ReadDb): Set<string> {
    return new Set(db.all<{ blob_file: string }>(MEDIA_SQL.liveBlobs).map((r) => r.blob_file));
  },

  attachment(db: ReadDb, aid: string): StoredAttachment | undefined {
    const r = db.get<AttachmentRow>(MEDIA_SQL.attachment, aid);
    return r && fromAttachmentRow(r);
  },

  ofMessage(db: ReadDb, messageId: number): StoredAttachment[] {
    return db.all<AttachmentRow>(MEDIA_SQL.ofMessage, messageId).map(fromAttachmentRow);
  },

  /** Transfers a crash interrupted (found at start-up). */
  inFlight(db: ReadDb): StoredAttachment[] {
    return db.all<AttachmentRow>(MEDIA_SQL.inFlight).map(fromAttachmentRow);
  },

  insertAttachment(tx: WriteDb, messageId: number, a: NewAttachment): void {
    tx.run(
      MEDIA_SQL.insertAttachment,
      messageId,
      a.position,
      a.aid,
      a.contentType,
      a.size,
      a.fileName,
      a.url,
      a.key,
      a.digest,
      a.fileId,
      a.width,
      a.height,
      a.voice ? 1 : 0,
      a.caption,
      a.durationMs,
      a.state,
      a.failure ?? null,
      a.blobFile ?? null,
    );
  },

  patchAttachment(tx: WriteDb, aid: string, p: AttachmentPatch): boolean {
    return (
      tx.run(
        MEDIA_SQL.patchAttachment,
        p.state ?? null,
        ...setIf(p.failure),
        p.url ?? null,
        ...setIf(p.fileId),
        ...setIf(p.blobFile),
        p.expiresAt ?? null,
        p.width ?? null,
        p.height ?? null,
        p.durationMs ?? null,
        aid,
      ).changes > 0
    );
  },

  putUpload(tx: WriteDb, u: StagedUpload): void {
    tx.run(
      MEDIA_SQL.putUpload,
      u.aid,
      u.fileId,
      u.blobFile,
      u.legacyKey,
      u.digest,
      u.fileName,
      u.contentType,
      u.size,
      u.width,
      u.height,
      u.voice ? 1 : 0,
      u.durationMs,
      u.caption,
      u.createdAt,
    );
  },

  upload(db: ReadDb, aid: string): StagedUpload | undefined {
    const r = db.get<UploadRow>(MEDIA_SQL.upload, aid);
    return r && fromUploadRow(r);
  },

  removeUpload(tx: WriteDb, aid: string): boolean {
    return tx.run(MEDIA_SQL.removeUpload, aid).changes > 0;
  },

  staleUploads(db: ReadDb, before: number): string[] {
    return db.all<{ aid: string }>(MEDIA_SQL.staleUploads, before).map((r) => r.aid);
  },

  /** Records the decrypted copy of a contact's avatar — only if the avatar is still that URL. */
  setContactAvatarFile(tx: WriteDb, contact: SessionId, url: string, fileId: string): boolean {
    return tx.run(MEDIA_SQL.setContactAvatarFile, fileId, contact, url).changes > 0;
  },

  contactsWithoutAvatarFile(db: ReadDb, limit = 50): { contact: SessionId; url: string; key: Uint8Array }[] {
    return db
      .all<{ session_id: SessionId; avatar_url: string; avatar_key: Uint8Array }>(
        MEDIA_SQL.contactsWithoutAvatarFile,
        limit,
      )
      .map((r) => ({ contact: r.session_id, url: r.avatar_url, key: new Uint8Array(r.avatar_key) }));
  },

  /** Our own picture's decrypted copy, the URL it copies, and when we last changed our picture. */
  ownAvatarFile(db: ReadDb): { fileId: string | null; url: string | null; updatedS: number } {
    const r = db.get<{
      avatar_path: string | null;
      avatar_path_url: string | null;
      avatar_updated_s: number;
    }>(MEDIA_SQL.ownAvatarFile);
    return {
      fileId: r?.avatar_path ?? null,
      url: r?.avatar_path_url ?? null,
      updatedS: r?.avatar_updated_s ?? 0,
    };
  },

  setOwnAvatarFile(tx: WriteDb, a: { fileId: string | null; url: string | null; updatedS: number }): void {
    tx.run(MEDIA_SQL.setOwnAvatarFile, a.fileId, a.url, a.updatedS);
  },
};
