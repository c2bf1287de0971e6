/**
 * Group notices in the timeline ("Alice added Bob and Carol"): control rows of the group's
 * conversation, kept as the messaging module's notice JSON (`type: 'group'`), at the time of the
 * control message they stand for, so its own copy coming back from the swarm is the same row.
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import type { Store, WriteDb } from '../../store';
import { encodeNotice, type GroupChange, type Notice } from '../messaging/notices';
import type { Changes } from '../messaging/changes';

export interface NoticeAt {
  readonly sender: SessionId;
  readonly sentAt: number;
  readonly outgoing: boolean;
  readonly receivedAt: number;
  /** The control message's storage hash, when it came from the swarm. */
  readonly hash?: string;
}

export function groupNotice(
  change: GroupChange,
  by: SessionId | null,
  members: readonly SessionId[] = [],
  name: string | null = null,
): Notice {
  return { type: 'group', change, by, members: [...members], name };
}

/** Adds the row; false when a row of that sender and time exists already (a repeated delivery). */
export function addNotice(
  store: Store,
  tx: WriteDb,
  groupId: GroupId,
  at: NoticeAt,
  notice: Notice,
  changes: Changes,
): boolean {
  if (store.chat.byIdentity(tx, at.sender, at.sentAt)) return false;
  if (at.hash && store.messages.byServerHash(tx, at.hash)) return false;
  const id = store.messages.insert(tx, {
    conversationId: groupId,
    sender: at.sender,
    outgoing: at.outgoing,
    sentAt: at.sentAt,
    receivedAt: at.receivedAt,
    kind: 'control',
    body: null,
    notice: encodeNotice(notice),
    state: at.outgoing ? 'sent' : 'read',
    ...(at.hash ? { serverHash: at.hash } : {}),
  });
  if (id === undefined) return false;
  changes.added(groupId, id);
  return true;
}
