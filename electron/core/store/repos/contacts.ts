import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';

export interface AvatarRef {
  /** Where the encrypted picture can be downloaded (file server URL). */
  readonly url: string;
  /** The profile key that decrypts it. */
  readonly key: Uint8Array;
  /** Local encrypted copy, once downloaded. */
  readonly path: string | null;
}

export interface ContactRecord {
  readonly sessionId: SessionId;
  readonly name: string | null;
  readonly nickname: string | null;
  readonly avatar: AvatarRef | null;
  readonly approved: boolean;
  readonly approvedMe: boolean;
  readonly blocked: boolean;
  readonly updatedAt: number;
}

export type ContactPatch = Partial<Omit<ContactRecord, 'sessionId' | 'updatedAt'>>;

interface Row {
  session_id: SessionId;
  name: string | null;
  nickname: string | null;
  avatar_url: string | null;
  avatar_key: Uint8Array | null;
  avatar_path: string | null;
  approved: number;
  approved_me: number;
  blocked: number;
  updated_at: number;
}

const COLUMNS =
  'session_id, name, nickname, avatar_url, avatar_key, avatar_path, approved, approved_me, blocked, updated_at';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const CONTACT_SQL = {
  get: `SELECT ${COLUMNS} FROM contacts WHERE session_id = ?`,
  list: `SELECT ${COLUMNS} FROM contacts ORDER BY session_id`,
  listBlocked: `SELECT ${COLUMNS} FROM contacts WHERE blocked = ? ORDER BY session_id`,
  upsert: `INSERT INTO contacts (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET
         name = excluded.name, nickname = excluded.nickname, avatar_url = excluded.avatar_url,
         avatar_key = excluded.avatar_key, avatar_path = excluded.avatar_path, approved = excluded.approved,
         approved_me = excluded.approved_me, blocked = excluded.blocked, updated_at = excluded.updated_at`,
  remove: 'DELETE FROM contacts WHERE session_id = ?',
} as const;

function fromRow(r: Row): ContactRecord {
  return {
    sessionId: r.session_id,
    name: r.name,
    nickname: r.nickname,
    avatar:
      r.avatar_url !== null && r.avatar_key !== null
        ? { url: r.avatar_url, key: new Uint8Array(r.avatar_key), path: r.avatar_path }
        : null,
    approved: r.approved !== 0,
    approvedMe: r.approved_me !== 0,
    blocked: r.blocked !== 0,
    updatedAt: r.updated_at,
  };
}

const EMPTY: Omit<ContactRecord, 'sessionId' | 'updatedAt'> = {
  name: null,
  nickname: null,
  avatar: null,
  approved: false,
  approvedMe: false,
  blocked: false,
};

/** Drops keys whose value is undefined, so a patch never erases a field it did not mention. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const contacts = {
  get(db: ReadDb, sessionId: SessionId): ContactRecord | undefined {
    const r = db.get<Row>(CONTACT_SQL.get, sessionId);
    return r ? fromRow(r) : undefined;
  },

  list(db: ReadDb, filter: { blocked?: boolean } = {}): ContactRecord[] {
    const rows =
      filter.blocked === undefined
        ? db.all<Row>(CONTACT_SQL.list)
        : db.all<Row>(CONTACT_SQL.listBlocked, filter.blocked ? 1 : 0);
    return rows.map(fromRow);
  },

  /** Creates the contact or changes only the fields given; returns the stored record. */
  upsert(tx: WriteDb, sessionId: SessionId, patch: ContactPatch, now: number): ContactRecord {
    const merged = { ...EMPTY, ...contacts.get(tx, sessionId), ...definedOnly(patch) };
    tx.run(
      CONTACT_SQL.upsert,
      sessionId,
      merged.name,
      merged.nickname,
      merged.avatar?.url ?? null,
      merged.avatar?.key ?? null,
      merged.avatar?.path ?? null,
      merged.approved ? 1 : 0,
      merged.approvedMe ? 1 : 0,
      merged.blocked ? 1 : 0,
      now,
    );
    return { ...merged, sessionId, updatedAt: now };
  },

  remove(tx: WriteDb, sessionId: SessionId): boolean {
    return tx.run(CONTACT_SQL.remove, sessionId).changes > 0;
  },
};
