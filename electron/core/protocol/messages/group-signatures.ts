import type { SessionId } from '../../crypto/ids';
import { utf8 } from '../../crypto/bytes';
import {
  INFO_CHANGE_TYPE,
  MEMBER_CHANGE_TYPE,
  type GroupInfoChange,
  type GroupMemberChange,
} from './group-update';

/**
 * What a group admin signs with the group's Ed25519 key for each signed control message
 * (protocol reference §7.2; desktop `ts/session/messages/outgoing/controlMessage/group_v2/**` and
 * `ts/receiver/groupv2/handleGroupV2Message.ts`): ASCII, numbers in decimal, T = the message's
 * sent time in ms. Receivers verify the same bytes against the group's public key.
 */
export type GroupSignedUpdate =
  | { readonly type: 'invite'; readonly invitee: SessionId }
  | { readonly type: 'info-change'; readonly field: GroupInfoChange['field'] }
  | { readonly type: 'member-change'; readonly change: GroupMemberChange }
  | {
      readonly type: 'delete-member-content';
      readonly members: readonly SessionId[];
      readonly messageHashes: readonly string[];
    };

export function groupAdminSignedBytes(update: GroupSignedUpdate, sentAtMs: number): Uint8Array {
  switch (update.type) {
    case 'invite':
      return utf8(`INVITE${update.invitee}${sentAtMs}`);
    case 'info-change':
      return utf8(`INFO_CHANGE${INFO_CHANGE_TYPE[update.field]}${sentAtMs}`);
    case 'member-change':
      return utf8(`MEMBER_CHANGE${MEMBER_CHANGE_TYPE[update.change]}${sentAtMs}`);
    case 'delete-member-content':
      return utf8(`DELETE_CONTENT${sentAtMs}${update.members.join('')}${update.messageHashes.join('')}`);
  }
}
