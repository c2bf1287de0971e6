/**
 * Control messages posted in a group (DataMessage.groupUpdateMessage; desktop 1.17.17
 * `handleGroupV2Message.ts`), applied inside the poll batch's transaction. Member and info changes
 * and admin deletions must carry the group key's signature over their time; a bad one is a drop.
 * Each shows as a notice; an admin also acts on "left" (the member's removal) and on invite
 * responses (the invite is accepted).
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import { ShallotError } from '../../errors';
import {
  groupAdminSignedBytes,
  type GroupSignedUpdate,
  type GroupUpdate,
  type IncomingGroupUpdate,
} from '../../protocol';
import { withInviteAccepted } from '../../protocol/config';
import { verifyGroupControl } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import type { InboxContext, InboxKinds } from '../inbox/kinds';
import { expireFields } from '../messaging/outgoing';
import type { GroupChanges } from './group-changes';
import { groupOf, handler, type Apply } from './group-message-handlers';
import { addNotice, groupNotice, type NoticeAt } from './group-notices';
import type { GroupsActive } from './groups-active';
import { markForRemoval } from './removals';

/** Why a control message was refused inside a handler (counted as `failed:group-update:<code>`). */
export class GroupUpdateRefused extends ShallotError<'bad-admin-signature' | 'not-admin-update'> {}

export interface IncomingUpdateDeps {
  readonly active: () => GroupsActive;
}

type Update<T extends GroupUpdate['type']> = Extract<GroupUpdate, { type: T }>;

function checkSigned(
  groupId: GroupId,
  signed: GroupSignedUpdate,
  sentAtMs: number,
  signature: Uint8Array | undefined,
): void {
  if (!signature || !verifyGroupControl(groupId, groupAdminSignedBytes(signed, sentAtMs), signature)) {
    throw new GroupUpdateRefused('bad-admin-signature', 'The admin signature does not verify.');
  }
}

function at(m: IncomingGroupUpdate, ctx: InboxContext): NoticeAt {
  return {
    sender: m.sender,
    sentAt: m.sentAtMs,
    outgoing: m.fromSelf,
    receivedAt: ctx.now,
    hash: ctx.source.hash,
  };
}

const CHANGE_NOTICE = {
  added: 'members-added',
  removed: 'members-removed',
  promoted: 'members-promoted',
} as const;

function memberChange(
  a: GroupsActive,
  tx: WriteDb,
  groupId: GroupId,
  m: IncomingGroupUpdate,
  u: Update<'member-change'>,
  ctx: InboxContext,
  changes: GroupChanges,
): void {
  checkSigned(groupId, { type: 'member-change', change: u.change }, m.sentAtMs, u.adminSignature);
  const notice = groupNotice(CHANGE_NOTICE[u.change], m.sender, u.members);
  if (addNotice(a.session.store, tx, groupId, at(m, ctx), notice, changes)) changes.group(groupId);
}

function infoChange(
  a: GroupsActive,
  tx: WriteDb,
  groupId: GroupId,
  m: IncomingGroupUpdate,
  u: Update<'info-change'>,
  ctx: InboxContext,
  changes: GroupChanges,
): void {
  checkSigned(groupId, { type: 'info-change', field: u.change.field }, m.sentAtMs, u.adminSignature);
  const { store } = a.session;
  if (u.change.field === 'disappearing') {
    const seconds = u.change.seconds;
    const setting = seconds > 0 ? ({ mode: 'after-send', seconds } as const) : ({ mode: 'off' } as const);
    // Info's timer is what counts; the message brings it early and says who changed it.
    store.conversations.update(tx, groupId, expireFields(setting));
    changes.conversation(groupId);
    addNotice(
      store,
      tx,
      groupId,
      at(m, ctx),
      { type: 'disappearing-changed', by: m.sender, setting },
      changes,
    );
    return;
  }
  const notice =
    u.change.field === 'name'
      ? groupNotice('renamed', m.sender, [], u.change.name)
      : groupNotice('avatar-changed', m.sender);
  addNotice(store, tx, groupId, at(m, ctx), notice, changes);
}

function deleteContent(
  a: GroupsActive,
  tx: WriteDb,
  groupId: GroupId,
  m: IncomingGroupUpdate,
  u: Update<'delete-member-content'>,
  changes: GroupChanges,
): void {
  const { store } = a.session;
  const targets = new Set<number>();
  if (u.adminSignature) {
    const signed = {
      type: 'delete-member-content',
      members: u.members,
      messageHashes: u.messageHashes,
    } as const;
    checkSigned(groupId, signed, m.sentAtMs, u.adminSignature);
    for (const member of u.members)
      for (const id of store.groups.messagesFrom(tx, groupId, member, m.sentAtMs)) targets.add(id);
  }
  for (const hash of u.messageHashes) {
    const found = store.messages.byServerHash(tx, hash);
    // Without an admin signature a member may only delete their own messages.
    if (!found || found.conversationId !== groupId || found.sentAt > m.sentAtMs) continue;
    if (u.adminSignature || found.sender === m.sender) targets.add(found.id);
  }
  for (const id of targets) {
    const row = store.messages.get(tx, id);
    if (!row || row.kind === 'deleted') continue;
    store.chat.toPlaceholder(tx, id);
    changes.updated(groupId, id);
  }
}

function leftOrResponse(
  a: GroupsActive,
  tx: WriteDb,
  groupId: GroupId,
  sender: SessionId,
  u: GroupUpdate,
  changes: GroupChanges,
): void {
  const g = a.registry.get(groupId);
  if (!g?.isAdmin || g.state !== 'joined') return;
  const member = g.members.get(sender);
  if (!member) return;
  if (u.type === 'member-left') {
    if (member.removedStatus === 0) markForRemoval(a, tx, g, [sender], false);
  } else if (u.type === 'invite-response' && u.approved && member.inviteStatus !== 0) {
    g.members.set(withInviteAccepted(member));
    a.outgoing.push(tx, groupId);
  } else {
    return;
  }
  changes.group(groupId);
}

const update: Apply<IncomingGroupUpdate> = (a, tx, m, ctx, changes) => {
  const groupId = groupOf(a, tx, m);
  if (!groupId || m.conversation.kind !== 'group') return;
  const u = m.update;
  switch (u.type) {
    case 'member-change':
      return memberChange(a, tx, groupId, m, u, ctx, changes);
    case 'info-change':
      return infoChange(a, tx, groupId, m, u, ctx, changes);
    case 'delete-member-content':
      return deleteContent(a, tx, groupId, m, u, changes);
    case 'member-left-notification':
      addNotice(
        a.session.store,
        tx,
        groupId,
        at(m, ctx),
        groupNotice('member-left', m.sender, [m.sender]),
        changes,
      );
      return;
    case 'member-left':
    case 'invite-response':
      return leftOrResponse(a, tx, groupId, m.sender, u, changes);
    default:
      // Invites and promotions travel one-to-one; classifyContent keeps them out of groups.
      throw new GroupUpdateRefused('not-admin-update', 'This update does not belong in a group.');
  }
};

export function registerGroupUpdateHandler(kinds: InboxKinds, deps: IncomingUpdateDeps): void {
  kinds.on<IncomingGroupUpdate>('group-update', handler(deps.active, update));
}
