import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { decodeContent, SessionProtos } from '../../../../electron/core/protocol/content-codec';
import { encodeMessage, type OutgoingMessage } from '../../../../electron/core/protocol/messages';
import { ALICE, BOB, deterministicPointer, fill, legacyPointer, T } from './fixtures';

/**
 * Exact bytes of every outgoing kind. Field expectations follow session-desktop v1.17.17
 * `ts/session/messages/outgoing/**` and its tests `ts/test/session/unit/messages/{ChatMessage,
 * TypingMessage,ReceiptMessage,MessageRequestResponse}_test.ts`: we decode our bytes with the
 * generated code and compare field by field, and pin whole encodings worked out by hand from the
 * field numbers of protocol reference §3.4.
 */

const decode = (m: OutgoingMessage) => decodeContent(encodeMessage(m));
/** The fields present on the wire: decoded repeated fields are own properties even when empty. */
const own = (o: object) =>
  Object.entries(o)
    .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k)
    .sort();
const Exp = SessionProtos.Content.ExpirationType;

describe('pinned encodings', () => {
  it('a text message: the §3.1 vector plus the expiration fields desktop always writes', () => {
    // §3.1's `0a070a0568656c6c6f7880d095ffbc31` is libsession's encoder without fields 12/13;
    // desktop's VisibleMessage writes expirationType 0 (0x60 00) and expirationTimer 0 (0x68 00).
    const hex = toHex(encodeMessage({ kind: 'visible', sentAtMs: T, body: 'hello' }));
    expect(hex).toBe('0a070a0568656c6c6f' + '6000' + '6800' + '7880d095ffbc31');
  });

  it('typing, read receipt and request response carry no expiration fields', () => {
    expect(toHex(encodeMessage({ kind: 'typing', sentAtMs: T, action: 'started' }))).toBe(
      '3209' + '0880d095ffbc31' + '1000' + '7880d095ffbc31',
    );
    expect(toHex(encodeMessage({ kind: 'typing', sentAtMs: T, action: 'stopped' }))).toBe(
      '3209' + '0880d095ffbc31' + '1001' + '7880d095ffbc31',
    );
    expect(toHex(encodeMessage({ kind: 'read-receipt', sentAtMs: T, timestamps: [T] }))).toBe(
      '2a09' + '0801' + '1080d095ffbc31' + '7880d095ffbc31',
    );
    expect(toHex(encodeMessage({ kind: 'message-request-response', sentAtMs: T }))).toBe(
      '5202' + '0801' + '7880d095ffbc31',
    );
  });

  it('an unsend request and a timer update', () => {
    const author = toHex(Buffer.from(ALICE));
    expect(
      toHex(encodeMessage({ kind: 'unsend', sentAtMs: T, target: { author: ALICE, sentAtMs: T - 1 } })),
    ).toBe('4a4b' + '08ffcf95ffbc31' + '1242' + author + '7880d095ffbc31');
    const update = encodeMessage({
      kind: 'expiration-timer-update',
      sentAtMs: T,
      expiration: { mode: 'after-send', seconds: 3600 },
    });
    expect(toHex(update)).toBe('0a022002' + '6002' + '68901c' + '7880d095ffbc31');
  });
});

describe('visible messages, field by field', () => {
  it('writes body, pointers, quote, profile + key, sync target and expiration', () => {
    const c = decode({
      kind: 'visible',
      sentAtMs: T,
      body: 'hi 👋',
      attachments: [legacyPointer, deterministicPointer],
      quote: { author: BOB, sentAtMs: T - 5 },
      profile: {
        displayName: 'Alice',
        picture: { url: 'http://filev2.getsession.org/file/777', key: fill(32, 9) },
        updatedAtSeconds: 1_699_999_999,
      },
      expiration: { mode: 'after-read', seconds: 300 },
      syncTarget: BOB,
      blocksCommunityMessageRequests: true,
    });
    expect(own(c)).toEqual(['dataMessage', 'expirationTimer', 'expirationType', 'sigTimestamp']);
    expect(c.sigTimestamp).toBe(T);
    expect(c.expirationType).toBe(Exp.DELETE_AFTER_READ);
    expect(c.expirationTimer).toBe(300);
    const dm = c.dataMessage!;
    expect(own(dm)).toEqual(
      [
        'attachments',
        'blocksCommunityMessageRequests',
        'body',
        'profile',
        'profileKey',
        'quote',
        'syncTarget',
      ].sort(),
    );
    expect(dm.body).toBe('hi 👋');
    expect(dm.syncTarget).toBe(BOB);
    expect(dm.blocksCommunityMessageRequests).toBe(true);
    expect(own(dm.quote!)).toEqual(['author', 'id']);
    expect(dm.quote).toMatchObject({ id: T - 5, author: BOB });
    expect(dm.profile).toMatchObject({
      displayName: 'Alice',
      profilePicture: 'http://filev2.getsession.org/file/777',
      lastProfileUpdateSeconds: 1_699_999_999,
    });
    expect(dm.profileKey).toEqual(fill(32, 9));

    const [legacy, det] = dm.attachments ?? [];
    expect(own(legacy!)).toEqual(
      ['contentType', 'deprecatedId', 'digest', 'fileName', 'height', 'key', 'size', 'url', 'width'].sort(),
    );
    expect(legacy).toMatchObject({
      deprecatedId: 12345,
      size: 1000,
      width: 640,
      height: 480,
      fileName: 'cat.png',
    });
    expect(legacy!.digest).toHaveLength(32);
    // A 44-character style id has no numeric value: deprecated_id 0; the voice flag is flags = 1.
    expect(own(det!)).toEqual(['contentType', 'deprecatedId', 'flags', 'key', 'size', 'url'].sort());
    expect(det).toMatchObject({ deprecatedId: 0, flags: 1, contentType: 'audio/ogg; codecs=opus' });
  });

  it('sends a name-only profile without the key, and nothing for an empty profile', () => {
    const named = decode({
      kind: 'visible',
      sentAtMs: T,
      body: 'x',
      profile: { displayName: 'Bo', updatedAtSeconds: 0 },
    }).dataMessage!;
    expect(own(named)).toEqual(['body', 'profile']);
    expect(own(named.profile!)).toEqual(['displayName', 'lastProfileUpdateSeconds']);
    const empty = decode({ kind: 'visible', sentAtMs: T, body: 'x', profile: { updatedAtSeconds: 5 } });
    expect(own(empty.dataMessage!)).toEqual(['body']);
  });

  it('writes link previews with their image pointer', () => {
    const dm = decode({
      kind: 'visible',
      sentAtMs: T,
      body: 'see https://example.org/a',
      previews: [{ url: 'https://example.org/a', title: 'A', image: legacyPointer }],
    }).dataMessage!;
    expect(dm.preview).toHaveLength(1);
    expect(dm.preview?.[0]).toMatchObject({ url: 'https://example.org/a', title: 'A' });
    expect(dm.preview?.[0]?.image?.deprecatedId).toBe(12345);
  });
});

describe('other kinds, field by field', () => {
  it('a reaction is a data message with only the reaction and the profile', () => {
    const c = decode({
      kind: 'reaction',
      sentAtMs: T,
      target: { author: BOB, sentAtMs: T - 9 },
      emoji: '👍🏽',
      action: 'remove',
      profile: { displayName: 'A', updatedAtSeconds: 1 },
      expiration: { mode: 'after-send', seconds: 60 },
      syncTarget: BOB,
    });
    expect(own(c.dataMessage!)).toEqual(['profile', 'reaction', 'syncTarget']);
    expect(c.dataMessage!.reaction).toEqual({ id: T - 9, author: BOB, emoji: '👍🏽', action: 1 });
    expect([c.expirationType, c.expirationTimer]).toEqual([Exp.DELETE_AFTER_SEND, 60]);
  });

  it('a data-extraction notice carries the expiration; unsend and receipts do not', () => {
    const notice = decode({
      kind: 'data-extraction',
      sentAtMs: T,
      type: 'media-saved',
      referencedSentAtMs: T - 3,
      expiration: { mode: 'after-read', seconds: 30 },
    });
    expect(own(notice)).toEqual([
      'dataExtractionNotification',
      'expirationTimer',
      'expirationType',
      'sigTimestamp',
    ]);
    expect(notice.dataExtractionNotification).toMatchObject({ type: 2, timestamp: T - 3 });
    for (const m of [
      { kind: 'unsend', sentAtMs: T, target: { author: ALICE, sentAtMs: 1 } },
      { kind: 'read-receipt', sentAtMs: T, timestamps: [1, 2] },
      { kind: 'typing', sentAtMs: T, action: 'started' },
      { kind: 'message-request-response', sentAtMs: T, profile: { displayName: 'A', updatedAtSeconds: 2 } },
    ] as const) {
      const keys = own(decode(m));
      expect(keys, m.kind).not.toContain('expirationType');
      expect(keys, m.kind).not.toContain('expirationTimer');
      expect(keys, m.kind).toContain('sigTimestamp');
    }
  });

  it('a request response carries isApproved and the profile with its key', () => {
    const r = decode({
      kind: 'message-request-response',
      sentAtMs: T,
      profile: {
        displayName: 'A',
        picture: { url: 'https://fs.example/file/1', key: fill(32, 4) },
        updatedAtSeconds: 3,
      },
    }).messageRequestResponse!;
    expect(own(r)).toEqual(['isApproved', 'profile', 'profileKey']);
    expect(r.isApproved).toBe(true);
    expect(r.profile?.profilePicture).toBe('https://fs.example/file/1');
  });

  it('never writes a ProMessage', () => {
    for (const m of [
      { kind: 'visible', sentAtMs: T, body: 'x' },
      { kind: 'message-request-response', sentAtMs: T },
    ] as const) {
      expect(own(decode(m))).not.toContain('proMessage');
    }
  });
});
