import { isSessionId, type SessionId } from '../../crypto/ids';
import type { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { readConversationExpiration } from './expiration';
import {
  ADMIN_SIGNATURE_BYTES,
  GROUP_MEMBER_AUTH_BYTES,
  GROUP_SEED_BYTES,
  groupUpdateCarriesProfile,
  INFO_CHANGE_TYPE,
  isGroupIdText,
  MEMBER_CHANGE_TYPE,
  type GroupInfoChange,
  type GroupMemberChange,
  type GroupUpdate,
  type IncomingGroupUpdate,
} from './group-update';
import { readProfile } from './profile';
import { MAX_NAME_BYTES, truncateUtf8, withoutControlCharacters } from './text-bounds';
import { bytesOfLength, ownBytes } from './wire-values';

type Proto = SessionProtos.IGroupUpdateMessage;

/** The parts desktop reads from a group's swarm, in the order it tries them (`handleGroupUpdateMessage`). */
const IN_GROUP_ORDER = [
  'memberChangeMessage',
  'infoChangeMessage',
  'memberLeftMessage',
  'memberLeftNotificationMessage',
  'deleteMemberContent',
  'inviteResponse',
] as const satisfies readonly (keyof Proto)[];

// Storage hashes are unpadded base64 (43 characters today).
const HASH_RE = /^[A-Za-z0-9+/=_-]{1,128}$/;

function groupName(name: string | null | undefined): string {
  return truncateUtf8(withoutControlCharacters(name ?? ''), MAX_NAME_BYTES);
}

function adminSignature(bytes: Uint8Array | null | undefined): Uint8Array | undefined {
  return bytesOfLength(bytes, ADMIN_SIGNATURE_BYTES) ? ownBytes(bytes) : undefined;
}

function sessionIds(ids: readonly string[] | null | undefined): SessionId[] {
  return (ids ?? []).filter((id): id is SessionId => isSessionId(id));
}

function byValue<K extends string>(table: Readonly<Record<K, number>>, value: unknown): K | undefined {
  return (Object.keys(table) as K[]).find((k) => table[k] === value);
}

function readInvite(p: SessionProtos.IGroupUpdateInviteMessage): GroupUpdate | undefined {
  const signature = adminSignature(p.adminSignature);
  if (
    !isGroupIdText(p.groupSessionId) ||
    !bytesOfLength(p.memberAuthData, GROUP_MEMBER_AUTH_BYTES) ||
    !signature
  ) {
    return undefined;
  }
  return {
    type: 'invite',
    groupId: p.groupSessionId,
    name: groupName(p.name),
    memberAuthData: ownBytes(p.memberAuthData),
    adminSignature: signature,
  };
}

function readPromote(p: SessionProtos.IGroupUpdatePromoteMessage): GroupUpdate | undefined {
  if (!bytesOfLength(p.groupIdentitySeed, GROUP_SEED_BYTES)) return undefined;
  return { type: 'promote', groupSeed: ownBytes(p.groupIdentitySeed), name: groupName(p.name) };
}

function readInfoChange(p: SessionProtos.IGroupUpdateInfoChangeMessage): GroupUpdate | undefined {
  const field = byValue(INFO_CHANGE_TYPE, p.type);
  const signature = adminSignature(p.adminSignature);
  if (!field || !signature) return undefined;
  let change: GroupInfoChange;
  if (field === 'name') {
    const name = groupName(p.updatedName);
    if (!name) return undefined;
    change = { field, name };
  } else if (field === 'disappearing') {
    change = { field, seconds: p.updatedExpiration ?? 0 };
  } else {
    change = { field };
  }
  return { type: 'info-change', change, adminSignature: signature };
}

function readMemberChange(p: SessionProtos.IGroupUpdateMemberChangeMessage): GroupUpdate | undefined {
  const change: GroupMemberChange | undefined = byValue(MEMBER_CHANGE_TYPE, p.type);
  const signature = adminSignature(p.adminSignature);
  const members = sessionIds(p.memberSessionIds);
  if (!change || !signature || members.length === 0) return undefined;
  return {
    type: 'member-change',
    change,
    members,
    historyShared: p.historyShared === true,
    adminSignature: signature,
  };
}

function readDeleteContent(p: SessionProtos.IGroupUpdateDeleteMemberContentMessage): GroupUpdate | undefined {
  const members = sessionIds(p.memberSessionIds);
  const messageHashes = (p.messageHashes ?? []).filter((h) => HASH_RE.test(h));
  // Desktop takes an empty signature for none (a member deleting their own messages).
  const signed = (p.adminSignature?.length ?? 0) > 0;
  const signature = adminSignature(p.adminSignature);
  if (members.length + messageHashes.length === 0 || (signed && !signature)) return undefined;
  return {
    type: 'delete-member-content',
    members,
    messageHashes,
    ...(signature ? { adminSignature: signature } : {}),
  };
}

function readInGroupPart(proto: Proto, part: (typeof IN_GROUP_ORDER)[number]): GroupUpdate | undefined {
  switch (part) {
    case 'memberChangeMessage':
      return readMemberChange(proto.memberChangeMessage!);
    case 'infoChangeMessage':
      return readInfoChange(proto.infoChangeMessage!);
    case 'memberLeftMessage':
      return { type: 'member-left' };
    case 'memberLeftNotificationMessage':
      return { type: 'member-left-notification' };
    case 'deleteMemberContent':
      return readDeleteContent(proto.deleteMemberContent!);
    case 'inviteResponse':
      return { type: 'invite-response', approved: proto.inviteResponse!.isApproved === true };
  }
}

/**
 * Desktop first tries invite and promote as one-to-one messages (from a 05 sender, not a group),
 * then the in-group parts in IN_GROUP_ORDER; the first present part is the message.
 */
function pickUpdate(proto: Proto, facts: EnvelopeFacts): GroupUpdate | DroppedContent {
  const has = (part: keyof Proto) => proto[part] != null;
  if (has('inviteMessage') || has('promoteMessage')) {
    if (facts.group) return dropped(facts, 'one-to-one-only');
    const update = has('inviteMessage')
      ? readInvite(proto.inviteMessage!)
      : readPromote(proto.promoteMessage!);
    return update ?? dropped(facts, 'group-update-invalid');
  }
  const part = IN_GROUP_ORDER.find(has);
  if (!part) return dropped(facts, 'group-update-empty');
  if (!facts.group) return dropped(facts, 'group-only');
  return readInGroupPart(proto, part) ?? dropped(facts, 'group-update-invalid');
}

export function readGroupUpdate(
  dm: SessionProtos.IDataMessage,
  content: SessionProtos.Content,
  facts: EnvelopeFacts,
): IncomingGroupUpdate | DroppedContent {
  const update = pickUpdate(dm.groupUpdateMessage!, facts);
  if ('kind' in update) return update;
  const profile = groupUpdateCarriesProfile(update.type) ? readProfile(dm.profile, dm.profileKey) : undefined;
  return {
    ...facts,
    kind: 'group-update',
    conversation: facts.group ? { kind: 'group', id: facts.group } : { kind: 'direct', id: facts.sender },
    update,
    expiration: readConversationExpiration(content, facts.group !== undefined),
    ...(profile ? { profile } : {}),
  };
}
