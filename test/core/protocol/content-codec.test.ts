import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../electron/core/crypto/bytes';
import {
  decodeContent,
  encodeContent,
  hasSigTimestamp,
  SessionProtos,
} from '../../../electron/core/protocol/content-codec';
import { DecodeError } from '../../../electron/core/protocol/decode-error';
import { decodeEnvelope, unwrapWebSocketRequest } from '../../../electron/core/protocol/envelope';

function decodeError(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('Content codec', () => {
  it('round-trips a visible message with profile, quote, attachment and expiry', () => {
    const bytes = encodeContent({
      dataMessage: {
        body: 'hi',
        profileKey: new Uint8Array(32).fill(7),
        profile: {
          displayName: 'Alice',
          profilePicture: 'http://fs/file/1',
          lastProfileUpdateSeconds: 1700000000,
        },
        quote: { id: 1699999999999, author: `05${'ab'.repeat(32)}`, text: 'earlier' },
        attachments: [
          { deprecatedId: 12345, contentType: 'image/png', size: 99, url: 'http://fs/file/12345' },
        ],
        preview: [{ url: 'https://example.org', title: 'Example' }],
        reaction: { id: 1, author: `05${'cd'.repeat(32)}`, emoji: '👍', action: 0 },
        syncTarget: `05${'ef'.repeat(32)}`,
        blocksCommunityMessageRequests: true,
      },
      expirationType: SessionProtos.Content.ExpirationType.DELETE_AFTER_SEND,
      expirationTimer: 3600,
      sigTimestamp: 1700000000000,
    });
    const c = decodeContent(bytes);
    expect(c.dataMessage?.body).toBe('hi');
    expect(c.dataMessage?.profile?.lastProfileUpdateSeconds).toBe(1700000000);
    expect(c.dataMessage?.quote?.id).toBe(1699999999999);
    expect(c.dataMessage?.attachments?.[0]?.deprecatedId).toBe(12345);
    expect(c.dataMessage?.reaction?.emoji).toBe('👍');
    expect(c.expirationTimer).toBe(3600);
    expect(c.sigTimestamp).toBe(1700000000000);
    expect(hasSigTimestamp(c)).toBe(true);
    expect(hasSigTimestamp(decodeContent(encodeContent({ dataMessage: { body: 'x' } })))).toBe(false);
  });

  it('puts the group-update and config fields at their wire numbers', () => {
    const invite = encodeContent({
      dataMessage: {
        groupUpdateMessage: {
          inviteMessage: {
            groupSessionId: `03${'11'.repeat(32)}`,
            name: 'G',
            memberAuthData: new Uint8Array(100),
            adminSignature: new Uint8Array(64),
          },
        },
      },
    });
    // Content.1 → DataMessage.120 (tag 0xc2 0x07) → GroupUpdateMessage.1.
    expect(toHex(invite).slice(0, 10)).toBe('0af601c207');
    const g = decodeContent(invite).dataMessage?.groupUpdateMessage?.inviteMessage;
    expect(g?.name).toBe('G');
    expect(g?.memberAuthData).toHaveLength(100);

    const cfg = encodeContent({
      sharedConfigMessage: { kind: 2, seqno: 5, data: Uint8Array.of(1, 2, 3) },
    });
    expect(toHex(cfg)).toBe('5a09080210051a03010203');
    expect(decodeContent(cfg).sharedConfigMessage?.seqno).toBe(5);

    for (const init of [
      { memberLeftMessage: {} },
      { memberLeftNotificationMessage: {} },
      { inviteResponse: { isApproved: true } },
      { promoteMessage: { groupIdentitySeed: new Uint8Array(32), name: 'G' } },
      { infoChangeMessage: { type: 1, updatedName: 'N', adminSignature: new Uint8Array(64) } },
      {
        memberChangeMessage: {
          type: 1,
          memberSessionIds: ['05aa'],
          historyShared: true,
          adminSignature: new Uint8Array(64),
        },
      },
      { deleteMemberContent: { memberSessionIds: ['05aa'], messageHashes: ['h'] } },
    ]) {
      const round = decodeContent(encodeContent({ dataMessage: { groupUpdateMessage: init } }));
      expect(Object.keys(round.dataMessage!.groupUpdateMessage!)).toEqual(Object.keys(init));
    }
  });

  it('round-trips control messages', () => {
    const c = decodeContent(
      encodeContent({
        receiptMessage: { type: 1, timestamp: [1, 2, 3] },
        typingMessage: { timestamp: 9, action: 1 },
        unsendRequest: { timestamp: 8, author: '05aa' },
        messageRequestResponse: { isApproved: true, profile: { displayName: 'B' } },
        dataExtractionNotification: { type: 2, timestamp: 7 },
        callMessage: { type: 6, uuid: 'u', sdps: ['s'], sdpMLineIndexes: [0], sdpMids: ['m'] },
      }),
    );
    expect(c.receiptMessage?.timestamp).toEqual([1, 2, 3]);
    expect(c.typingMessage?.action).toBe(1);
    expect(c.unsendRequest?.author).toBe('05aa');
    expect(c.messageRequestResponse?.profile?.displayName).toBe('B');
    expect(c.dataExtractionNotification?.type).toBe(2);
    expect(c.callMessage?.uuid).toBe('u');
  });

  it('rejects malformed bytes and missing required fields with DecodeError', () => {
    expect(decodeError(() => decodeContent(Uint8Array.of(0x0a, 0x05, 0x01))).code).toBe('protobuf');
    expect(decodeError(() => decodeContent(Uint8Array.of(0x00))).code).toBe('protobuf');
    // Content{ typingMessage{ timestamp: 1 } } lacks the required action.
    expect(decodeError(() => decodeContent(fromHex('32020801'))).code).toBe('missing-field');
    // Envelope{ type: 6 } lacks the required timestamp.
    expect(decodeError(() => decodeEnvelope(fromHex('0806'))).code).toBe('missing-field');
    // WebSocketMessage{ type: REQUEST } without a request.
    expect(decodeError(() => unwrapWebSocketRequest(fromHex('0801'))).code).toBe('missing-field');
  });

  it('reads 64-bit fields as plain numbers', () => {
    const c = decodeContent(encodeContent({ sigTimestamp: 2 ** 53 - 1 }));
    expect(typeof c.sigTimestamp).toBe('number');
    expect(c.sigTimestamp).toBe(2 ** 53 - 1);
  });
});

describe('generated protobuf code', () => {
  it('is what scripts/gen-protos.sh produces from protos/', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const out = mkdtempSync(join(tmpdir(), 'shallot-protos-'));
    try {
      execFileSync('bash', [join(root, 'scripts/gen-protos.sh')], {
        env: { ...process.env, PROTO_OUT: out },
        stdio: 'pipe',
      });
      for (const f of ['session-protos.js', 'session-protos.d.ts']) {
        const committed = readFileSync(join(root, 'electron/core/protocol/gen', f), 'utf8');
        expect(readFileSync(join(out, f), 'utf8')).toBe(committed);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
