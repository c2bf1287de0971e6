import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../../electron/core/crypto/bytes';
import {
  classifyContent,
  DROP_REASONS,
  type DropReason,
  type EnvelopeFacts,
  type IncomingContent,
} from '../../../../electron/core/protocol/messages';
import {
  adminSig,
  ALICE,
  inviteProto,
  BOB,
  fill,
  fromAlice,
  fromSelf,
  GROUP,
  inGroup,
  legacyPointer,
  rawContent,
  rawData,
  T,
} from './fixtures';

/**
 * Every reason classifyContent sets a Content aside, each against the session-desktop v1.17.17
 * rule it mirrors (`ts/receiver/contentMessage.ts`, `dataMessage.ts`, `common.ts`
 * shouldProcessContentMessage, `callMessage.ts`, `groupv2/handleGroupV2Message.ts`).
 */

const seen = new Set<DropReason>();

function reasonOf(bytes: Uint8Array, facts: EnvelopeFacts = fromAlice): DropReason | IncomingContent['kind'] {
  const result = classifyContent(bytes, facts);
  if (result.kind !== 'dropped') return result.kind;
  expect(result).toMatchObject(facts);
  seen.add(result.reason);
  return result.reason;
}

const pointer = {
  deprecatedId: 1,
  url: legacyPointer.url,
  key: legacyPointer.key,
  digest: legacyPointer.digest,
  size: 10,
};
const sig = adminSig;

describe('classifyContent drops', () => {
  it('bytes that are not a Content, or miss a required field', () => {
    expect(reasonOf(Uint8Array.of(0x0a, 0x05, 0x01))).toBe('malformed');
    expect(reasonOf(Uint8Array.of(0xff))).toBe('malformed');
    // typingMessage{timestamp} without its required action.
    expect(reasonOf(fromHex('32020801'))).toBe('malformed');
    // An unknown value of a required proto2 enum is not kept by protobufjs 8: reaction action 7.
    expect(reasonOf(rawData({ reaction: { id: 1, author: BOB, emoji: 'x', action: 7 as 0 } }))).toBe(
      'malformed',
    );
  });

  it('a signed timestamp that differs from the envelope, unless either is zero', () => {
    expect(reasonOf(rawData({ body: 'x' }, { sigTimestamp: T + 1 }))).toBe('signature-timestamp-mismatch');
    expect(reasonOf(rawData({ body: 'x' }, { sigTimestamp: 0 }))).toBe('visible');
    expect(reasonOf(rawData({ body: 'x' }, { sigTimestamp: T + 1 }), { ...fromAlice, sentAtMs: 0 })).toBe(
      'visible',
    );
  });

  it('contents with none of the handled fields', () => {
    expect(reasonOf(rawContent({ sharedConfigMessage: { kind: 1, seqno: 1, data: fill(3, 1) } }))).toBe(
      'config-message',
    );
    // Content field 7 (the removed ConfigurationMessage, tag 0x3a) is an unknown field to us.
    expect(reasonOf(fromHex('3a007880d095ffbc31'))).toBe('unsupported-content');
    expect(reasonOf(rawContent({ proMessage: { profileBitset: 1 } }))).toBe('pro-only');
    expect(reasonOf(rawContent({}))).toBe('unsupported-content');
    // Field 30, a varint nobody defines.
    expect(reasonOf(fromHex('f001017880d095ffbc31'))).toBe('unsupported-content');
  });

  it('data messages: flags, attachment count, sync target, emptiness', () => {
    expect(reasonOf(rawData({ body: 'x', flags: 1 }))).toBe('unknown-flags');
    expect(reasonOf(rawData({ body: 'x', flags: 4 }))).toBe('unknown-flags');
    // Desktop tests the timer bit, so 3 is a timer update too.
    expect(reasonOf(rawData({ flags: 3 }))).toBe('expiration-timer-update');
    const many = Array(33).fill(pointer);
    expect(reasonOf(rawData({ body: 'x', attachments: many }))).toBe('too-many-attachments');
    expect(reasonOf(rawData({ body: 'x', attachments: Array(32).fill(pointer) }))).toBe('visible');
    expect(reasonOf(rawData({ flags: 2, attachments: many }))).toBe('expiration-timer-update');
    expect(reasonOf(rawData({ body: 'x', syncTarget: BOB }))).toBe('sync-from-other');
    expect(reasonOf(rawData({ body: 'x', syncTarget: 'nope' }), fromSelf)).toBe('sync-target-invalid');
    expect(
      reasonOf(rawData({ body: 'x', syncTarget: `__textsecure_group__!${'aa'.repeat(16)}` }), fromSelf),
    ).toBe('sync-target-invalid');
    expect(
      reasonOf(rawData({ body: 'x', syncTarget: BOB }), { ...inGroup, sender: ALICE, fromSelf: true }),
    ).toBe('sync-target-invalid');
    expect(reasonOf(rawData({ body: 'x', syncTarget: '' }))).toBe('visible');
    expect(reasonOf(rawData({}))).toBe('empty-message');
    expect(reasonOf(rawData({ profile: { displayName: 'A' } }))).toBe('empty-message');
  });

  it('reactions without an emoji or a target', () => {
    expect(reasonOf(rawData({ reaction: { id: 1, author: BOB, action: 0 } }))).toBe('reaction-invalid');
    expect(reasonOf(rawData({ reaction: { id: 1, author: 'x', emoji: '👍', action: 0 } }))).toBe(
      'reaction-invalid',
    );
    expect(reasonOf(rawData({ reaction: { id: 0, author: BOB, emoji: '👍', action: 0 } }))).toBe(
      'reaction-invalid',
    );
    expect(reasonOf(rawData({ reaction: { id: 1, author: BOB, emoji: 'x'.repeat(33), action: 0 } }))).toBe(
      'reaction-invalid',
    );
  });

  it('receipts, typing, unsend, calls and request responses', () => {
    expect(reasonOf(rawContent({ receiptMessage: { type: 0, timestamp: [1] } }))).toBe('receipt-not-read');
    expect(reasonOf(rawContent({ receiptMessage: { type: 1, timestamp: [] } }))).toBe('receipt-empty');
    expect(reasonOf(rawContent({ receiptMessage: { type: 1, timestamp: [0, 2 ** 60] } }))).toBe(
      'receipt-empty',
    );
    expect(reasonOf(rawContent({ typingMessage: { timestamp: T, action: 0 } }), fromSelf)).toBe(
      'typing-from-self',
    );
    expect(reasonOf(rawContent({ typingMessage: { timestamp: T - 1, action: 0 } }))).toBe(
      'typing-timestamp-mismatch',
    );
    expect(reasonOf(rawContent({ typingMessage: { timestamp: 0, action: 0 } }))).toBe('typing');
    expect(reasonOf(rawContent({ unsendRequest: { timestamp: 5, author: BOB } }))).toBe(
      'unsend-author-mismatch',
    );
    expect(reasonOf(rawContent({ unsendRequest: { timestamp: 0, author: ALICE } }))).toBe(
      'unsend-timestamp-missing',
    );
    expect(reasonOf(rawContent({ unsendRequest: { timestamp: 2 ** 60, author: ALICE } }))).toBe(
      'timestamp-invalid',
    );
    expect(reasonOf(rawContent({ callMessage: { type: 1, uuid: 'u' } }), fromSelf)).toBe('call-from-self');
    expect(reasonOf(rawContent({ callMessage: { type: 6, uuid: 'u' } }), fromSelf)).toBe('call-from-self');
    expect(reasonOf(rawContent({ callMessage: { type: 2, uuid: 'u' } }), fromSelf)).toBe('call');
    expect(reasonOf(rawContent({ callMessage: { type: 5, uuid: 'u' } }), fromSelf)).toBe('call');
    expect(reasonOf(rawContent({ messageRequestResponse: { isApproved: false } }))).toBe(
      'request-not-approved',
    );
  });

  it('kinds in the wrong place: one-to-one kinds in a group, group kinds outside one', () => {
    expect(reasonOf(rawContent({ receiptMessage: { type: 1, timestamp: [1] } }), inGroup)).toBe(
      'not-in-group',
    );
    expect(reasonOf(rawContent({ unsendRequest: { timestamp: 1, author: ALICE } }), inGroup)).toBe(
      'not-in-group',
    );
    expect(reasonOf(rawContent({ typingMessage: { timestamp: T, action: 0 } }), inGroup)).toBe(
      'not-in-group',
    );
    const left = rawData({ groupUpdateMessage: { memberLeftMessage: {} } });
    expect(reasonOf(left)).toBe('group-only');
    expect(reasonOf(left, inGroup)).toBe('group-update');
    const invite = rawData({ groupUpdateMessage: { inviteMessage: inviteProto } });
    expect(reasonOf(invite)).toBe('group-update');
    expect(reasonOf(invite, inGroup)).toBe('one-to-one-only');
  });

  it('group updates that are empty or malformed', () => {
    expect(reasonOf(rawData({ groupUpdateMessage: {} }), inGroup)).toBe('group-update-empty');
    expect(reasonOf(rawData({ groupUpdateMessage: {} }))).toBe('group-update-empty');
    const bad = [
      { inviteMessage: { ...inviteProto, memberAuthData: fill(99, 1) } },
      { inviteMessage: { ...inviteProto, groupSessionId: ALICE } },
      { inviteMessage: { ...inviteProto, groupSessionId: GROUP.toUpperCase() } },
      { inviteMessage: { ...inviteProto, adminSignature: fill(1, 1) } },
      { promoteMessage: { groupIdentitySeed: fill(33, 1), name: 'G' } },
    ];
    for (const groupUpdateMessage of bad)
      expect(reasonOf(rawData({ groupUpdateMessage }))).toBe('group-update-invalid');
    const inGroupBad = [
      { memberChangeMessage: { type: 1, memberSessionIds: ['05zz'], adminSignature: sig } },
      { memberChangeMessage: { type: 1, memberSessionIds: [BOB], adminSignature: fill(10, 1) } },
      { infoChangeMessage: { type: 1, updatedName: '', adminSignature: sig } },
      { infoChangeMessage: { type: 2, adminSignature: fill(63, 1) } },
      { deleteMemberContent: { memberSessionIds: ['x'], messageHashes: ['bad hash!'] } },
      { deleteMemberContent: { messageHashes: ['abc'], adminSignature: fill(3, 1) } },
    ];
    for (const groupUpdateMessage of inGroupBad) {
      expect(reasonOf(rawData({ groupUpdateMessage }), inGroup), JSON.stringify(groupUpdateMessage)).toBe(
        'group-update-invalid',
      );
    }
  });

  it('covers every declared reason', () => {
    expect([...seen].sort()).toEqual([...DROP_REASONS].sort());
  });
});
