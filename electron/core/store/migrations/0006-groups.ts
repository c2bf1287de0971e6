import type { Migration } from './types';

/**
 * Closed groups v2 (issue 13). One row per group this account is in, was invited to or was
 * removed from; its conversation (kind 'group') and messages live in the messaging tables.
 *
 * - state: 'invited' (an invite not accepted yet; nothing polled), 'joined', 'kicked' (an admin
 *   removed us; only the removal namespace is still read), 'destroyed' (an admin deleted it).
 * - secret_key: the group's 64-byte Ed25519 secret key when we are an admin; auth_data: the
 *   100-byte subaccount grant of a member (protocol reference §7.2). Both sit in the encrypted
 *   store like the account seed.
 * - keys_dump, info_dump, members_dump: the GroupKeys, GroupInfo and GroupMembers state, as each
 *   one's `dump()` gives it, written in the transaction that applied what changed them.
 * - name: the name an invite or the UserGroups config gave, shown until Info has been read.
 * - invited_by: who sent the invite or promotion (05…); member_count: for the list, without
 *   parsing Members for every row.
 * - response_due: an invite we accepted whose response goes out once the group's keys arrived.
 */
const SQL = `
CREATE TABLE IF NOT EXISTS groups (
  group_id      TEXT PRIMARY KEY,
  state         TEXT NOT NULL CHECK (state IN ('invited', 'joined', 'kicked', 'destroyed')),
  secret_key    BLOB CHECK (secret_key IS NULL OR length(secret_key) = 64),
  auth_data     BLOB CHECK (auth_data IS NULL OR length(auth_data) = 100),
  keys_dump     BLOB,
  info_dump     BLOB,
  members_dump  BLOB,
  name          TEXT,
  invited_by    TEXT,
  member_count  INTEGER NOT NULL DEFAULT 0 CHECK (member_count >= 0),
  response_due  INTEGER NOT NULL DEFAULT 0,
  joined_at     INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) WITHOUT ROWID;
`;

export const migration0006: Migration = {
  version: 6,
  name: 'groups',
  up(db) {
    db.exec(SQL);
  },
};
