import type { GroupId, SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';

/**
 * The groups this account is in (schema 0006): each one's keys and config dumps, its secret key
 * (admins) or subaccount grant (members), and what the list needs without opening the dumps. Its
 * conversation and messages are the messaging tables' (kind 'group').
 */
export type GroupState = 'invited' | 'joined' | 'kicked' | 'destroyed';

export interface GroupRecord {
  readonly groupId: GroupId;
  readonly state: GroupState;
  /** The group's 64-byte Ed25519 secret key: we are an admin. */
  readonly secretKey: Uint8Array | null;
  /** The 100-byte subaccount auth data of a member. */
  readonly authData: Uint8Array | null;
  readonly keysDump: Uint8Array | null;
  readonly infoDump: Uint8Array | null;
  readonly membersDump: Uint8Array | null;
  /** The name an invite or the UserGroups config gave, until Info has been read. */
  readonly name: string | null;
  readonly invitedBy: SessionId | null;
  readonly memberCount: number;
  /** An accepted invite whose response is sent once the group's keys are known. */
  readonly responseDue: boolean;
  readonly joinedAt: number;
  readonly updatedAt: number;
}

export type NewGroup = Omit<GroupRecord, 'updatedAt'>;
export type GroupPatch = Partial<Omit<GroupRecord, 'groupId' | 'updatedAt'>>;

interface Row {
  group_id: GroupId;
  state: GroupState;
  secret_key: Uint8Array | null;
  auth_data: Uint8Array | null;
  keys_dump: Uint8Array | null;
  info_dump: Uint8Array | null;
  members_dump: Uint8Array | null;
  name: string | null;
  invited_by: SessionId | null;
  member_count: number;
  response_due: number;
  joined_at: number;
  updated_at: number;
}

const COLUMNS =
  'group_id, state, secret_key, auth_data, keys_dump, info_dump, members_dump, name, invited_by, ' +
  'member_count, response_due, joined_at, updated_at';

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const GROUP_SQL = {
  get: `SELECT ${COLUMNS} FROM groups WHERE group_id = ?`,
  list: `SELECT ${COLUMNS} FROM groups ORDER BY group_id`,
  upsert: `INSERT INTO groups (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (group_id) DO UPDATE SET
         state = excluded.state, secret_key = excluded.secret_key, auth_data = excluded.auth_data,
         keys_dump = excluded.keys_dump, info_dump = excluded.info_dump, members_dump = excluded.members_dump,
         name = excluded.name, invited_by = excluded.invited_by, member_count = excluded.member_count,
         response_due = excluded.response_due, joined_at = excluded.joined_at, updated_at = excluded.updated_at`,
  remove: 'DELETE FROM groups WHERE group_id = ?',
  /** A group's messages from one member up to a time (delete member content, §11.5). */
  fromSender:
    'SELECT m.id FROM messages m WHERE m.sender = ? AND m.sent_at <= ? ' +
    'AND m.cid = (SELECT c.cid FROM conversations c WHERE c.id = ?) ORDER BY m.sent_at LIMIT ?',
  /** A group's messages sent before a time (Info `delete_before`). */
  before:
    'SELECT m.id FROM messages m WHERE m.cid = (SELECT c.cid FROM conversations c WHERE c.id = ?) ' +
    'AND m.sent_at < ? ORDER BY m.sent_at LIMIT ?',
} as const;

function fromRow(r: Row): GroupRecord {
  return {
    groupId: r.group_id,
    state: r.state,
    secretKey: r.secret_key,
    authData: r.auth_data,
    keysDump: r.keys_dump,
    infoDump: r.info_dump,
    membersDump: r.members_dump,
    name: r.name,
    invitedBy: r.invited_by,
    memberCount: r.member_count,
    responseDue: r.response_due !== 0,
    joinedAt: r.joined_at,
    updatedAt: r.updated_at,
  };
}

/** Bounds a caller's batch: deletions run in steps rather than one unbounded statement. */
const MAX_IDS = 5_000;

export const groups = {
  get(db: ReadDb, groupId: GroupId): GroupRecord | undefined {
    const r = db.get<Row>(GROUP_SQL.get, groupId);
    return r ? fromRow(r) : undefined;
  },

  list(db: ReadDb): GroupRecord[] {
    return db.all<Row>(GROUP_SQL.list).map(fromRow);
  },

  put(tx: WriteDb, g: NewGroup, now: number): GroupRecord {
    tx.run(
      GROUP_SQL.upsert,
      g.groupId,
      g.state,
      g.secretKey,
      g.authData,
      g.keysDump,
      g.infoDump,
      g.membersDump,
      g.name,
      g.invitedBy,
      g.memberCount,
      g.responseDue ? 1 : 0,
      g.joinedAt,
      now,
    );
    return { ...g, updatedAt: now };
  },

  /** Applies `patch` to an existing row; undefined when there is none. */
  update(tx: WriteDb, groupId: GroupId, patch: GroupPatch, now: number): GroupRecord | undefined {
    const cur = groups.get(tx, groupId);
    if (!cur) return undefined;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return groups.put(tx, { ...cur, ...defined }, now);
  },

  remove(tx: WriteDb, groupId: GroupId): boolean {
    return tx.run(GROUP_SQL.remove, groupId).changes > 0;
  },

  /** Ids of the group's messages by `sender` sent at or before `upTo`. */
  messagesFrom(db: ReadDb, groupId: GroupId, sender: SessionId, upTo: number): number[] {
    return db.all<{ id: number }>(GROUP_SQL.fromSender, sender, upTo, groupId, MAX_IDS).map((r) => r.id);
  },

  /** Ids of the group's messages sent before `time`. */
  messagesBefore(db: ReadDb, groupId: GroupId, time: number): number[] {
    return db.all<{ id: number }>(GROUP_SQL.before, groupId, time, MAX_IDS).map((r) => r.id);
  },
};
