import { describe, expect, it } from 'vitest';
import {
  encodeMessage,
  MessageEncodeError,
  type AttachmentPointer,
  type MessageEncodeErrorCode,
  type OutgoingMessage,
} from '../../../../electron/core/protocol/messages';
import type { SessionId } from '../../../../electron/core/crypto/ids';
import { ALICE, deterministicPointer, fill, GROUP, legacyPointer, T } from './fixtures';

function codeOf(m: OutgoingMessage): MessageEncodeErrorCode | 'none' {
  try {
    encodeMessage(m);
    return 'none';
  } catch (e) {
    if (e instanceof MessageEncodeError) return e.code;
    throw e;
  }
}

const text = (extra: Partial<Extract<OutgoingMessage, { kind: 'visible' }>>): OutgoingMessage => ({
  kind: 'visible',
  sentAtMs: T,
  body: 'x',
  ...extra,
});
const withPointer = (p: Partial<AttachmentPointer>) => text({ attachments: [{ ...legacyPointer, ...p }] });
const notAnId = 'not-an-id' as SessionId;

describe('encodeMessage refuses with a typed error', () => {
  it('times', () => {
    for (const sentAtMs of [0, -1, 1.5, 2 ** 53, Number.NaN])
      expect(codeOf(text({ sentAtMs }))).toBe('timestamp');
    expect(codeOf({ kind: 'read-receipt', sentAtMs: T, timestamps: [0] })).toBe('timestamp');
    expect(codeOf({ kind: 'data-extraction', sentAtMs: T, type: 'media-saved', referencedSentAtMs: 0 })).toBe(
      'timestamp',
    );
    expect(codeOf(text({ profile: { displayName: 'a', updatedAtSeconds: -1 } }))).toBe('timestamp');
    // Desktop's OutgoingUserProfile refuses a "seconds" value of 4e9 or more (it is milliseconds).
    expect(codeOf(text({ profile: { displayName: 'a', updatedAtSeconds: 4_000_000_000 } }))).toBe(
      'timestamp',
    );
    expect(codeOf(text({ profile: { displayName: 'a', updatedAtSeconds: 3_999_999_999 } }))).toBe('none');
  });

  it('bodies over 2,000 code points, counted as code points', () => {
    // 2,000 astral characters are 4,000 UTF-16 units and still allowed.
    expect(codeOf(text({ body: '😀'.repeat(2000) }))).toBe('none');
    expect(codeOf(text({ body: '😀'.repeat(2001) }))).toBe('body-too-long');
    expect(codeOf(text({ body: 'a'.repeat(2001) }))).toBe('body-too-long');
  });

  it('empty messages and too many attachments', () => {
    expect(codeOf(text({ body: '' }))).toBe('empty');
    expect(codeOf(text({ body: undefined, attachments: [legacyPointer] }))).toBe('none');
    expect(codeOf(text({ attachments: Array(33).fill(legacyPointer) }))).toBe('too-many-attachments');
    expect(codeOf(text({ attachments: Array(32).fill(legacyPointer) }))).toBe('none');
  });

  it('attachment pointers receivers would reject', () => {
    for (const p of [
      { url: 'ftp://fs/file/1' },
      { url: 'http://open.getsession.org/file/1' },
      { url: 'http://fs/' },
      { url: 'http://fs/file/a%2Fb' },
      { key: fill(32, 1) },
      { digest: undefined },
      { digest: fill(31, 1) },
      { size: 0 },
      { size: 10_000_001 },
      { width: 65_536 },
      { contentType: 'not a type' },
    ]) {
      expect(codeOf(withPointer(p)), JSON.stringify(p)).toBe('attachment');
    }
    expect(codeOf(text({ attachments: [{ ...deterministicPointer, digest: fill(32, 1) }] }))).toBe(
      'attachment',
    );
    expect(codeOf(text({ attachments: [{ ...deterministicPointer, key: fill(64, 1) }] }))).toBe('attachment');
  });

  it('ids, targets, emoji, names and pictures', () => {
    expect(codeOf(text({ quote: { author: notAnId, sentAtMs: 1 } }))).toBe('id');
    expect(codeOf(text({ quote: { author: ALICE, sentAtMs: 0 } }))).toBe('target');
    expect(codeOf(text({ syncTarget: notAnId }))).toBe('id');
    expect(codeOf(text({ syncTarget: ALICE.toUpperCase() as SessionId }))).toBe('id');
    const react = (emoji: string): OutgoingMessage => ({
      kind: 'reaction',
      sentAtMs: T,
      target: { author: ALICE, sentAtMs: 1 },
      emoji,
      action: 'react',
    });
    expect(codeOf(react(''))).toBe('emoji');
    expect(codeOf(react('x'.repeat(33)))).toBe('emoji');
    expect(codeOf(react('👨‍👩‍👧‍👦'))).toBe('none');
    expect(codeOf({ kind: 'unsend', sentAtMs: T, target: { author: notAnId, sentAtMs: 1 } })).toBe('id');
    expect(codeOf(text({ profile: { displayName: 'é'.repeat(51), updatedAtSeconds: 1 } }))).toBe('name');
    expect(codeOf(text({ profile: { displayName: 'é'.repeat(50), updatedAtSeconds: 1 } }))).toBe('none');
    for (const picture of [
      { url: 'http://fs/file/1', key: fill(31, 0) },
      { url: 'file:///etc/passwd', key: fill(32, 0) },
    ]) {
      expect(codeOf(text({ profile: { picture, updatedAtSeconds: 1 } }))).toBe('profile-picture');
    }
    expect(codeOf(text({ previews: [{ url: 'javascript:alert(1)', title: 't' }] }))).toBe('preview');
  });

  it('timers and receipts', () => {
    for (const seconds of [0, -5, 1.5, 2 ** 32]) {
      expect(codeOf(text({ expiration: { mode: 'after-send', seconds } }))).toBe('expiration');
    }
    expect(codeOf({ kind: 'read-receipt', sentAtMs: T, timestamps: [] })).toBe('receipt-empty');
  });

  it('group updates with malformed parts', () => {
    const group = (update: Extract<OutgoingMessage, { kind: 'group-update' }>['update'], profile = false) =>
      codeOf({
        kind: 'group-update',
        sentAtMs: T,
        update,
        ...(profile ? { profile: { displayName: 'A', updatedAtSeconds: 1 } } : {}),
      });
    const sig = fill(64, 7);
    const invite = {
      type: 'invite',
      groupId: GROUP,
      name: 'G',
      memberAuthData: fill(100, 1),
      adminSignature: sig,
    } as const;
    expect(group(invite, true)).toBe('none');
    expect(group({ ...invite, memberAuthData: fill(99, 1) })).toBe('length');
    expect(group({ ...invite, adminSignature: fill(63, 1) })).toBe('length');
    expect(group({ ...invite, groupId: ALICE as unknown as typeof GROUP })).toBe('id');
    expect(group({ ...invite, name: 'n'.repeat(101) })).toBe('name');
    expect(group({ type: 'promote', groupSeed: fill(31, 1), name: 'G' })).toBe('length');
    expect(group({ type: 'promote', groupSeed: fill(32, 1), name: '' })).toBe('name');
    expect(group({ type: 'info-change', change: { field: 'name', name: '' }, adminSignature: sig })).toBe(
      'name',
    );
    const change = {
      type: 'member-change',
      change: 'added',
      historyShared: false,
      adminSignature: sig,
    } as const;
    expect(group({ ...change, members: [] })).toBe('group-update');
    expect(group({ ...change, members: [notAnId] })).toBe('id');
    expect(group({ type: 'delete-member-content', members: [], messageHashes: [] })).toBe('group-update');
    expect(group({ type: 'member-left' }, true)).toBe('profile-not-allowed');
    expect(group({ type: 'invite-response', approved: true }, true)).toBe('none');
  });
});
