import { utf8 } from '../../crypto/bytes';
import { ed25519Sign, ed25519Verify } from '../../crypto/ed25519';
import type { GroupId } from '../../crypto/ids';
import { SessionProtos } from '../content-codec';
import { ControlSignatureError } from './errors';
import { groupPublicKeyBytes } from './identity';
import { bytes, list, nonNegativeInteger, sessionId } from './input';

/**
 * The admin signatures inside DataMessage.groupUpdateMessage (protocol reference §7.2): Ed25519 by
 * the group's secret key over ASCII strings, with T the message's network timestamp in decimal
 * milliseconds and change types as their protobuf numbers (session-desktop
 * `ts/session/messages/outgoing/controlMessage/group_v2/**`, `groupSignature.ts`,
 * `handleGroupV2Message.ts`; Session Android `buildGroupInviteSignature` and friends agree).
 */
export const InfoChangeType = SessionProtos.GroupUpdateInfoChangeMessage.Type;
export const MemberChangeType = SessionProtos.GroupUpdateMemberChangeMessage.Type;

const fail = (message: string) => new ControlSignatureError('input', message);
const ms = (t: number) => String(nonNegativeInteger(t, 'A signature timestamp', fail));

function changeType(type: number, allowed: Record<string, string | number>): string {
  if (!Object.values(allowed).includes(type)) throw fail('Unknown change type.');
  return String(type);
}

/** `"INVITE" ‖ memberSessionId (05… hex) ‖ T`, in GroupUpdateInviteMessage.adminSignature. */
export function inviteSignatureMessage(memberSessionId: string, timestampMs: number): Uint8Array {
  return utf8(`INVITE${sessionId(memberSessionId, fail)}${ms(timestampMs)}`);
}

/** `"INFO_CHANGE" ‖ type ‖ T`. */
export function infoChangeSignatureMessage(type: number, timestampMs: number): Uint8Array {
  return utf8(`INFO_CHANGE${changeType(type, InfoChangeType)}${ms(timestampMs)}`);
}

/** `"MEMBER_CHANGE" ‖ type ‖ T`. */
export function memberChangeSignatureMessage(type: number, timestampMs: number): Uint8Array {
  return utf8(`MEMBER_CHANGE${changeType(type, MemberChangeType)}${ms(timestampMs)}`);
}

/** `"DELETE_CONTENT" ‖ T ‖ sessionId… ‖ messageHash…` (each list concatenated as is). */
export function deleteContentSignatureMessage(
  timestampMs: number,
  memberSessionIds: readonly string[],
  messageHashes: readonly string[],
): Uint8Array {
  const ids = list(memberSessionIds, 'Member Session IDs', fail).map((m) => sessionId(m, fail));
  const hashes = list(messageHashes, 'Message hashes', fail);
  if (!hashes.every((h) => typeof h === 'string')) throw fail('Message hashes are text.');
  return utf8(`DELETE_CONTENT${ms(timestampMs)}${ids.join('')}${hashes.join('')}`);
}

/** The adminSignature for one of the strings above. */
export function signGroupControl(groupSecretKey: Uint8Array, message: Uint8Array): Uint8Array {
  return ed25519Sign(
    bytes(groupSecretKey, 'The group secret key', fail, 64),
    bytes(message, 'The message', fail),
  );
}

/** Whether `signature` is the group key's over `message`; false for anything malformed. */
export function verifyGroupControl(
  group: GroupId | Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  return ed25519Verify(signature, message, groupPublicKeyBytes(group));
}
