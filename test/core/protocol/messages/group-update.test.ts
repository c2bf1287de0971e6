import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { decodeContent } from '../../../../electron/core/protocol/content-codec';
import {
  classifyContent,
  encodeMessage,
  groupAdminSignedBytes,
  type GroupUpdate,
} from '../../../../electron/core/protocol/messages';
import { ALICE, BOB, fill, fromAlice, GROUP, inGroup, inviteProto, rawData, T } from './fixtures';

/**
 * Groups v2 control messages: field numbers of protocol reference §3.4 and desktop v1.17.17
 * `ts/session/messages/outgoing/controlMessage/group_v2/**`; signed strings of §7.2 and
 * `ts/receiver/groupv2/handleGroupV2Message.ts` (verifySig calls).
 */

const sig = fill(64, 8);

describe('group update encoding', () => {
  it('puts each update at its field of GroupUpdateMessage (DataMessage 120)', () => {
    const cases: [GroupUpdate, string][] = [
      [
        { type: 'invite', groupId: GROUP, name: 'G', memberAuthData: fill(100, 1), adminSignature: sig },
        'inviteMessage',
      ],
      [{ type: 'info-change', change: { field: 'avatar' }, adminSignature: sig }, 'infoChangeMessage'],
      [
        {
          type: 'member-change',
          change: 'removed',
          members: [BOB],
          historyShared: false,
          adminSignature: sig,
        },
        'memberChangeMessage',
      ],
      [{ type: 'promote', groupSeed: fill(32, 2), name: 'G' }, 'promoteMessage'],
      [{ type: 'member-left' }, 'memberLeftMessage'],
      [{ type: 'invite-response', approved: true }, 'inviteResponse'],
      [{ type: 'delete-member-content', members: [BOB], messageHashes: ['h1'] }, 'deleteMemberContent'],
      [{ type: 'member-left-notification' }, 'memberLeftNotificationMessage'],
    ];
    for (const [update, field] of cases) {
      const c = decodeContent(encodeMessage({ kind: 'group-update', sentAtMs: T, update }));
      expect(Object.keys(c.dataMessage!.groupUpdateMessage!), update.type).toEqual([field]);
      // Group control messages carry the expiration fields, "unknown"/0 unless given (§11.3).
      expect([c.expirationType, c.expirationTimer, c.sigTimestamp]).toEqual([0, 0, T]);
    }
  });

  it('writes the exact bytes of a member-left message and of an approved invite response', () => {
    // Content.1 (0a) { DataMessage.120 (c2 07) { GroupUpdateMessage.5 (2a) {} } }, then fields 12, 13, 15.
    expect(toHex(encodeMessage({ kind: 'group-update', sentAtMs: T, update: { type: 'member-left' } }))).toBe(
      '0a05' + 'c20702' + '2a00' + '6000' + '6800' + '7880d095ffbc31',
    );
    // GroupUpdateMessage.6 (32) { isApproved (08) 1 }.
    const response = encodeMessage({
      kind: 'group-update',
      sentAtMs: T,
      update: { type: 'invite-response', approved: true },
    });
    expect(toHex(response)).toBe('0a07' + 'c20704' + '32020801' + '6000' + '6800' + '7880d095ffbc31');
  });

  it('writes info changes with their typed payload and member changes with history', () => {
    const info = (change: Extract<GroupUpdate, { type: 'info-change' }>['change']) =>
      decodeContent(
        encodeMessage({
          kind: 'group-update',
          sentAtMs: T,
          update: { type: 'info-change', change, adminSignature: sig },
        }),
      ).dataMessage!.groupUpdateMessage!.infoChangeMessage;
    expect(info({ field: 'name', name: 'New' })).toMatchObject({ type: 1, updatedName: 'New' });
    expect(info({ field: 'disappearing', seconds: 0 })).toMatchObject({ type: 3, updatedExpiration: 0 });
    const change = decodeContent(
      encodeMessage({
        kind: 'group-update',
        sentAtMs: T,
        update: {
          type: 'member-change',
          change: 'added',
          members: [ALICE, BOB],
          historyShared: true,
          adminSignature: sig,
        },
      }),
    ).dataMessage!.groupUpdateMessage!.memberChangeMessage;
    expect(change).toMatchObject({ type: 1, memberSessionIds: [ALICE, BOB], historyShared: true });
  });
});

describe('admin-signed bytes', () => {
  const text = (b: Uint8Array) => Buffer.from(b).toString('ascii');
  it('are the ASCII strings desktop signs and verifies', () => {
    expect(text(groupAdminSignedBytes({ type: 'invite', invitee: BOB }, T))).toBe(`INVITE${BOB}${T}`);
    expect(text(groupAdminSignedBytes({ type: 'info-change', field: 'disappearing' }, T))).toBe(
      `INFO_CHANGE3${T}`,
    );
    expect(text(groupAdminSignedBytes({ type: 'member-change', change: 'promoted' }, T))).toBe(
      `MEMBER_CHANGE3${T}`,
    );
    expect(
      text(
        groupAdminSignedBytes(
          { type: 'delete-member-content', members: [ALICE, BOB], messageHashes: ['h1', 'h2'] },
          T,
        ),
      ),
    ).toBe(`DELETE_CONTENT${T}${ALICE}${BOB}h1h2`);
  });
});

describe('group update classification', () => {
  it('reads invites and promotions one-to-one, with the inviter as conversation and profile', () => {
    const invite = classifyContent(
      rawData({
        groupUpdateMessage: {
          inviteMessage: {
            groupSessionId: GROUP,
            name: 'Gr\u0000oup',
            memberAuthData: fill(100, 1),
            adminSignature: sig,
          },
        },
        profile: { displayName: 'Alice' },
      }),
      fromAlice,
    );
    expect(invite).toMatchObject({
      kind: 'group-update',
      conversation: { kind: 'direct', id: ALICE },
      update: { type: 'invite', groupId: GROUP, name: 'Group' },
      profile: { displayName: 'Alice', updatedAtSeconds: 0 },
    });
    // Desktop reads the invite when both are present.
    const both = classifyContent(
      rawData({
        groupUpdateMessage: {
          inviteMessage: inviteProto,
          promoteMessage: { groupIdentitySeed: fill(32, 1), name: 'G' },
        },
      }),
      fromAlice,
    );
    expect(both).toMatchObject({ update: { type: 'invite' } });
  });

  it('reads in-group parts in desktop order and ignores profiles on them', () => {
    const c = classifyContent(
      rawData({
        groupUpdateMessage: {
          inviteResponse: { isApproved: true },
          deleteMemberContent: { messageHashes: ['abc'] },
          memberChangeMessage: { type: 2, memberSessionIds: [BOB, 'junk'], adminSignature: sig },
        },
        profile: { displayName: 'X' },
      }),
      inGroup,
    );
    expect(c).toMatchObject({
      kind: 'group-update',
      conversation: { kind: 'group', id: GROUP },
      update: { type: 'member-change', change: 'removed', members: [BOB], historyShared: false },
    });
    expect(c).not.toHaveProperty('profile');
    const del = classifyContent(
      rawData({
        groupUpdateMessage: {
          inviteResponse: { isApproved: false },
          deleteMemberContent: { messageHashes: ['abc', 'bad hash'] },
        },
      }),
      inGroup,
    );
    expect(del).toMatchObject({
      update: { type: 'delete-member-content', members: [], messageHashes: ['abc'] },
    });
    expect(del).not.toHaveProperty('update.adminSignature');
  });

  it('reads an empty adminSignature on a content deletion as a member deleting their own', () => {
    // desktop v1.17.17 `handleGroupUpdateDeleteMemberContentMessage`: `!adminSignature ||
    // isEmpty(adminSignature)` is the non-admin path, so a present but empty field is not an error.
    const c = classifyContent(
      rawData({
        groupUpdateMessage: { deleteMemberContent: { messageHashes: ['abc'], adminSignature: fill(0, 0) } },
      }),
      inGroup,
    );
    expect(c).toMatchObject({
      kind: 'group-update',
      update: { type: 'delete-member-content', members: [], messageHashes: ['abc'] },
    });
    expect(c).not.toHaveProperty('update.adminSignature');
  });
});
