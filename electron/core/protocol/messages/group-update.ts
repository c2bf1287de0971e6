import { isSessionId, type GroupId, type SessionId } from '../../crypto/ids';
import { SessionProtos } from '../content-codec';
import type { ConversationRef, EnvelopeFacts } from './envelope-facts';
import type { Expiration } from './expiration';
import { MessageEncodeError } from './message-error';
import { profileFields, type Profile } from './profile';
import { MAX_NAME_BYTES, utf8Length } from './text-bounds';
import { bytesOfLength } from './wire-values';

/**
 * Groups v2 control messages (DataMessage.groupUpdateMessage, field 120; protocol reference §3.4,
 * §7.2). Invites and promotions travel one-to-one to the member; the others are posted in the
 * group. Admin signatures are made by whoever holds the group key (see groupAdminSignedBytes).
 */
export type GroupUpdate =
  | {
      readonly type: 'invite';
      readonly groupId: GroupId;
      readonly name: string;
      /** 100 bytes: 0x03 ‖ flags ‖ 0 ‖ 0 ‖ k ‖ admin signature. */
      readonly memberAuthData: Uint8Array;
      readonly adminSignature: Uint8Array;
    }
  | { readonly type: 'promote'; readonly groupSeed: Uint8Array; readonly name: string }
  | { readonly type: 'invite-response'; readonly approved: boolean }
  | { readonly type: 'info-change'; readonly change: GroupInfoChange; readonly adminSignature: Uint8Array }
  | {
      readonly type: 'member-change';
      readonly change: GroupMemberChange;
      readonly members: readonly SessionId[];
      readonly historyShared: boolean;
      readonly adminSignature: Uint8Array;
    }
  | { readonly type: 'member-left' }
  | { readonly type: 'member-left-notification' }
  | {
      readonly type: 'delete-member-content';
      readonly members: readonly SessionId[];
      readonly messageHashes: readonly string[];
      /** Absent when a member deletes their own messages. */
      readonly adminSignature?: Uint8Array;
    };

export type GroupInfoChange =
  | { readonly field: 'name'; readonly name: string }
  | { readonly field: 'avatar' }
  | { readonly field: 'disappearing'; readonly seconds: number };

export type GroupMemberChange = 'added' | 'removed' | 'promoted';

export interface GroupUpdateMessage {
  readonly kind: 'group-update';
  readonly sentAtMs: number;
  readonly update: GroupUpdate;
  /** Desktop sends invites, promotions, responses and "left" as not disappearing. */
  readonly expiration?: Expiration;
  /** Only invite, promote and invite-response carry the sender's profile. */
  readonly profile?: Profile;
}

export interface IncomingGroupUpdate extends EnvelopeFacts {
  readonly kind: 'group-update';
  /** The group for updates posted in it; the inviting member for invites and promotions. */
  readonly conversation: ConversationRef;
  readonly update: GroupUpdate;
  readonly expiration: Expiration;
  readonly profile?: Profile;
}

export const GROUP_MEMBER_AUTH_BYTES = 100;
export const GROUP_SEED_BYTES = 32;
export const ADMIN_SIGNATURE_BYTES = 64;

const GROUP_ID_RE = /^03[0-9a-f]{64}$/;
export function isGroupIdText(id: unknown): id is GroupId {
  return typeof id === 'string' && GROUP_ID_RE.test(id);
}

export const INFO_CHANGE_TYPE = {
  name: SessionProtos.GroupUpdateInfoChangeMessage.Type.NAME,
  avatar: SessionProtos.GroupUpdateInfoChangeMessage.Type.AVATAR,
  disappearing: SessionProtos.GroupUpdateInfoChangeMessage.Type.DISAPPEARING_MESSAGES,
} as const;

export const MEMBER_CHANGE_TYPE = {
  added: SessionProtos.GroupUpdateMemberChangeMessage.Type.ADDED,
  removed: SessionProtos.GroupUpdateMemberChangeMessage.Type.REMOVED,
  promoted: SessionProtos.GroupUpdateMemberChangeMessage.Type.PROMOTED,
} as const;

const WITH_PROFILE: ReadonlySet<GroupUpdate['type']> = new Set(['invite', 'promote', 'invite-response']);

export function groupUpdateCarriesProfile(type: GroupUpdate['type']): boolean {
  return WITH_PROFILE.has(type);
}

function need(
  ok: boolean,
  code: 'length' | 'id' | 'name' | 'group-update' | 'expiration',
  message: string,
): void {
  if (!ok) throw new MessageEncodeError(code, message);
}

function checkName(name: string, required: boolean): void {
  need(
    typeof name === 'string' && utf8Length(name) <= MAX_NAME_BYTES,
    'name',
    'A group name has at most 100 bytes.',
  );
  need(!required || name !== '', 'name', 'A group name is required.');
}

function signature(bytes: Uint8Array | undefined): Uint8Array {
  need(bytesOfLength(bytes, ADMIN_SIGNATURE_BYTES), 'length', 'An admin signature is 64 bytes.');
  return bytes!;
}

function members(ids: readonly SessionId[], required: boolean): SessionId[] {
  need(
    ids.every((id) => isSessionId(id)),
    'id',
    'Group members are named by Session ID.',
  );
  need(!required || ids.length > 0, 'group-update', 'A member change names its members.');
  return [...ids];
}

function infoChangeFields(
  change: GroupInfoChange,
): Omit<SessionProtos.IGroupUpdateInfoChangeMessage, 'adminSignature'> {
  switch (change.field) {
    case 'name':
      checkName(change.name, true);
      return { type: INFO_CHANGE_TYPE.name, updatedName: change.name };
    case 'avatar':
      return { type: INFO_CHANGE_TYPE.avatar };
    case 'disappearing':
      need(
        Number.isInteger(change.seconds) && change.seconds >= 0 && change.seconds <= 0xffff_ffff,
        'expiration',
        'A disappearing timer is a number of seconds.',
      );
      return { type: INFO_CHANGE_TYPE.disappearing, updatedExpiration: change.seconds };
  }
}

function updateFields(u: GroupUpdate): SessionProtos.IGroupUpdateMessage {
  switch (u.type) {
    case 'invite':
      need(isGroupIdText(u.groupId), 'id', 'An invite names a 03 group ID.');
      checkName(u.name, false);
      need(
        bytesOfLength(u.memberAuthData, GROUP_MEMBER_AUTH_BYTES),
        'length',
        'Member auth data is 100 bytes.',
      );
      return {
        inviteMessage: {
          groupSessionId: u.groupId,
          name: u.name,
          memberAuthData: u.memberAuthData,
          adminSignature: signature(u.adminSignature),
        },
      };
    case 'promote':
      need(bytesOfLength(u.groupSeed, GROUP_SEED_BYTES), 'length', 'A group seed is 32 bytes.');
      checkName(u.name, true);
      return { promoteMessage: { groupIdentitySeed: u.groupSeed, name: u.name } };
    case 'invite-response':
      return { inviteResponse: { isApproved: u.approved } };
    case 'info-change':
      return {
        infoChangeMessage: { ...infoChangeFields(u.change), adminSignature: signature(u.adminSignature) },
      };
    case 'member-change':
      return {
        memberChangeMessage: {
          type: MEMBER_CHANGE_TYPE[u.change],
          memberSessionIds: members(u.members, true),
          ...(u.historyShared ? { historyShared: true } : {}),
          adminSignature: signature(u.adminSignature),
        },
      };
    case 'member-left':
      return { memberLeftMessage: {} };
    case 'member-left-notification':
      return { memberLeftNotificationMessage: {} };
    case 'delete-member-content':
      need(
        u.members.length + u.messageHashes.length > 0,
        'group-update',
        'A deletion names members or messages.',
      );
      return {
        deleteMemberContent: {
          memberSessionIds: members(u.members, false),
          messageHashes: [...u.messageHashes],
          ...(u.adminSignature ? { adminSignature: signature(u.adminSignature) } : {}),
        },
      };
  }
}

export function groupUpdateDataMessage(m: GroupUpdateMessage): SessionProtos.IDataMessage {
  if (m.profile && !groupUpdateCarriesProfile(m.update.type)) {
    throw new MessageEncodeError(
      'profile-not-allowed',
      `A group ${m.update.type} message carries no profile.`,
    );
  }
  return { ...profileFields(m.profile), groupUpdateMessage: updateFields(m.update) };
}
