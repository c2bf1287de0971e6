import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { ed25519Sign } from '../../../../electron/core/crypto/ed25519';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { decodeBt, isBtDict, isBtList } from '../../../../electron/core/protocol/bencode';
import {
  ControlSignatureError,
  decodeKickedMessage,
  deleteContentSignatureMessage,
  decryptForMultipleSimple,
  encodeKickedMessage,
  encryptForMultipleSimple,
  infoChangeSignatureMessage,
  InfoChangeType,
  inviteSignatureMessage,
  isCurrentKick,
  KICKED_DOMAIN,
  memberChangeSignatureMessage,
  MemberChangeType,
  MultiEncryptError,
  groupKeyPairFromSeed,
  signGroupControl,
  verifyGroupControl,
  type GroupKeyPair,
} from '../../../../electron/core/protocol/groups/index';
import { ADMIN1_SEED, GROUP_SEED, MEMBER_SEEDS } from './upstream-seeds';

/**
 * The kicked-members notice (namespace −11) as session-desktop's `GroupPendingRemovalsJob` builds
 * it and `handleLibSessionKickedMessage` reads it, and the admin signature strings of
 * session-desktop's group_v2 control messages (`handleGroupV2Message.ts`).
 */
const T = 1_700_000_000_123;
let group: GroupKeyPair;
let members: Identity[];

beforeAll(async () => {
  await ready();
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
  members = MEMBER_SEEDS.slice(0, 3).map((s) => identityFromSeed(s));
});

describe('kicked-members notice', () => {
  it('each removed member finds its own copy with the generation; others find none', () => {
    const removed = members.slice(0, 2).map((m) => m.sessionId);
    const data = encodeKickedMessage({ groupSecretKey: group.secretKey, removed, generation: 12 });
    const root = decodeBt(data);
    expect(isBtDict(root) && isBtList(root.get('e')) && root.get('e')).toHaveLength(2);
    for (const m of members.slice(0, 2)) {
      const notice = decodeKickedMessage(data, m.ed25519.secretKey, group.groupId);
      expect(notice).toEqual({ generation: 12 });
      expect(isCurrentKick(notice!, 12)).toBe(true);
      expect(isCurrentKick(notice!, 13)).toBe(false);
    }
    expect(decodeKickedMessage(data, members[2]!.ed25519.secretKey, group.groupId)).toBeUndefined();
    // The plaintext is the member's X25519 key followed by the generation in ASCII.
    const plain = decryptForMultipleSimple(
      data,
      members[0]!.ed25519.secretKey,
      { ed25519: group.publicKey },
      KICKED_DOMAIN,
    );
    expect(toHex(plain!)).toBe(members[0]!.sessionId.slice(2) + toHex(utf8('12')));
  });

  it('rejects a copy for us that does not carry our key and a decimal generation', () => {
    const m = members[0]!;
    const x = fromHex(m.sessionId.slice(2));
    for (const body of [
      utf8('12'),
      new Uint8Array([...fromHex(members[1]!.sessionId.slice(2)), 0x31]),
      new Uint8Array([...x, 0x2d, 0x31]),
      x,
    ]) {
      const data = encryptForMultipleSimple({
        messages: [body],
        recipients: [x],
        sender: group.secretKey,
        domain: KICKED_DOMAIN,
      });
      expect(() => decodeKickedMessage(data, m.ed25519.secretKey, group.groupId)).toThrow(MultiEncryptError);
    }
  });
});

describe('admin signatures of control messages', () => {
  it('builds the exact strings desktop signs and verifies', () => {
    const id = members[0]!.sessionId;
    const str = (b: Uint8Array) => new TextDecoder().decode(b);
    expect(str(inviteSignatureMessage(id, T))).toBe(`INVITE${id}${T}`);
    expect(str(infoChangeSignatureMessage(InfoChangeType.NAME, T))).toBe(`INFO_CHANGE1${T}`);
    expect(str(infoChangeSignatureMessage(InfoChangeType.DISAPPEARING_MESSAGES, T))).toBe(`INFO_CHANGE3${T}`);
    expect(str(memberChangeSignatureMessage(MemberChangeType.REMOVED, T))).toBe(`MEMBER_CHANGE2${T}`);
    const ids = members.slice(0, 2).map((m) => m.sessionId);
    expect(str(deleteContentSignatureMessage(T, ids, ['h1', 'h2']))).toBe(
      `DELETE_CONTENT${T}${ids.join('')}h1h2`,
    );
  });

  it('signs with the group key and verifies only that key over that string', () => {
    const message = memberChangeSignatureMessage(MemberChangeType.ADDED, T);
    const sig = signGroupControl(group.secretKey, message);
    expect(toHex(sig)).toBe(toHex(ed25519Sign(group.secretKey, utf8(`MEMBER_CHANGE1${T}`))));
    expect(verifyGroupControl(group.groupId, message, sig)).toBe(true);
    expect(
      verifyGroupControl(group.groupId, memberChangeSignatureMessage(MemberChangeType.ADDED, T + 1), sig),
    ).toBe(false);
    const admin = identityFromSeed(ADMIN1_SEED);
    expect(
      verifyGroupControl(group.groupId, message, signGroupControl(admin.ed25519.secretKey, message)),
    ).toBe(false);
    expect(verifyGroupControl(group.groupId, message, sig.subarray(1))).toBe(false);
  });

  it('refuses unknown change types, bad IDs and timestamps', () => {
    expect(() => infoChangeSignatureMessage(9, T)).toThrow(ControlSignatureError);
    expect(() => memberChangeSignatureMessage(0, T)).toThrow(ControlSignatureError);
    expect(() => inviteSignatureMessage('03' + 'a'.repeat(64), T)).toThrow(ControlSignatureError);
    expect(() => inviteSignatureMessage(members[0]!.sessionId, -1)).toThrow(ControlSignatureError);
    expect(() => deleteContentSignatureMessage(T, ['nope'], [])).toThrow(ControlSignatureError);
  });
});
