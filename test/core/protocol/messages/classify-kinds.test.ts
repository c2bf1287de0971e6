import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../../electron/core/crypto/bytes';
import {
  classifyContent,
  type EnvelopeFacts,
  type IncomingContent,
} from '../../../../electron/core/protocol/messages';
import {
  ALICE,
  BOB,
  fill,
  fromAlice,
  fromSelf,
  GROUP,
  inGroup,
  rawContent,
  rawData,
  SELF,
  T,
} from './fixtures';

/** What classifyContent makes of valid contents: priority order, conversations, bounds. */

function only<K extends IncomingContent['kind']>(result: IncomingContent, kind: K) {
  expect(result.kind).toBe(kind);
  return result as Extract<IncomingContent, { kind: K }>;
}

describe('the §3.1 vector', () => {
  it('is a visible "hello" from its sender, not disappearing', () => {
    // /work/shared/protocol/vectors/full-stack-1o1.json content_hex.
    const m = only(classifyContent(fromHex('0a070a0568656c6c6f7880d095ffbc31'), fromAlice), 'visible');
    expect(m).toEqual({
      ...fromAlice,
      kind: 'visible',
      conversation: { kind: 'direct', id: ALICE },
      body: 'hello',
      bodyTruncated: false,
      attachments: [],
      rejectedAttachments: [],
      previews: [],
      expiration: { mode: 'off' },
      blocksCommunityMessageRequests: false,
    });
  });
});

describe('priority of Content fields (desktop innerHandleSwarmContentMessage)', () => {
  // [Content field, a valid value, the kind it is read as], in desktop's order.
  const order: [string, object, IncomingContent['kind']][] = [
    ['dataMessage', { body: 'x' }, 'visible'],
    ['receiptMessage', { type: 1, timestamp: [1] }, 'read-receipt'],
    ['typingMessage', { timestamp: T, action: 0 }, 'typing'],
    ['dataExtractionNotification', { type: 2, timestamp: 1 }, 'data-extraction'],
    ['unsendRequest', { timestamp: 1, author: ALICE }, 'unsend'],
    ['callMessage', { type: 1, uuid: 'u' }, 'call'],
    ['messageRequestResponse', { isApproved: true }, 'message-request-response'],
  ];

  it('takes the first present field, whatever else the Content carries', () => {
    order.forEach(([, , kind], i) => {
      const init = Object.fromEntries(order.slice(i).map(([field, value]) => [field, value]));
      expect(classifyContent(rawContent(init), fromAlice).kind).toBe(kind);
    });
  });

  it('a dropped first field is not replaced by the next one', () => {
    const c = rawContent({
      typingMessage: { timestamp: T - 1, action: 0 },
      unsendRequest: { timestamp: 1, author: ALICE },
    });
    expect(classifyContent(c, fromAlice)).toMatchObject({
      kind: 'dropped',
      reason: 'typing-timestamp-mismatch',
    });
  });

  it('inside a data message: group update, then reaction, then timer update, then text', () => {
    const reaction = { id: 1, author: BOB, emoji: '👍', action: 0 };
    const gu = { memberLeftMessage: {} };
    expect(classifyContent(rawData({ body: 'x', reaction, groupUpdateMessage: gu }), inGroup).kind).toBe(
      'group-update',
    );
    expect(classifyContent(rawData({ body: 'x', reaction, flags: 2 }), fromAlice).kind).toBe('reaction');
    const timer = only(
      classifyContent(rawData({ body: 'x', flags: 2 }), fromAlice),
      'expiration-timer-update',
    );
    expect(timer).not.toHaveProperty('body');
  });
});

describe('conversations', () => {
  it('a sync copy belongs to its target, our own message without one to Note to Self', () => {
    const sync = only(classifyContent(rawData({ body: 'x', syncTarget: BOB }), fromSelf), 'visible');
    expect(sync.conversation).toEqual({ kind: 'direct', id: BOB });
    expect(sync.syncTarget).toBe(BOB);
    const nts = only(classifyContent(rawData({ body: 'x', syncTarget: SELF }), fromSelf), 'visible');
    expect(nts.conversation).toEqual({ kind: 'direct', id: SELF });
    const plain = only(classifyContent(rawData({ body: 'x' }), fromSelf), 'visible');
    expect(plain.conversation).toEqual({ kind: 'direct', id: SELF });
    const group = only(classifyContent(rawData({ body: 'x' }), inGroup), 'visible');
    expect(group.conversation).toEqual({ kind: 'group', id: GROUP });
    expect(group.group).toBe(GROUP);
  });
});

describe('bodies are cut at 10,000 code points', () => {
  it('counts astral characters as one and never splits a pair', () => {
    const long = only(classifyContent(rawData({ body: '𝄞'.repeat(10_001) }), fromAlice), 'visible');
    expect(long.bodyTruncated).toBe(true);
    expect(long.body).toBe('𝄞'.repeat(10_000));
    expect(long.body.length).toBe(20_000);
    const mixed = only(classifyContent(rawData({ body: 'a'.repeat(9_999) + '😀😀' }), fromAlice), 'visible');
    expect(mixed.body).toBe('a'.repeat(9_999) + '😀');
    const exact = only(classifyContent(rawData({ body: '😀'.repeat(10_000) }), fromAlice), 'visible');
    expect(exact.bodyTruncated).toBe(false);
  });
});

describe('quotes, previews, invitations and profiles', () => {
  it('keeps a quote only when it names a message', () => {
    const q = only(
      classifyContent(rawData({ body: 'x', quote: { id: 5, author: BOB, text: 'ignored' } }), fromAlice),
      'visible',
    );
    expect(q.quote).toEqual({ author: BOB, sentAtMs: 5 });
    const bad = only(
      classifyContent(rawData({ body: 'x', quote: { id: 5, author: 'someone' } }), fromAlice),
      'visible',
    );
    expect(bad).not.toHaveProperty('quote');
  });

  it('keeps previews of links in the body that have a title or an image', () => {
    const preview = [
      { url: 'https://a.example/x', title: 'A' },
      { url: 'https://b.example/', title: 'not in the body' },
      { url: 'https://c.example/' },
      { url: 'javascript:alert(1)', title: 'no' },
    ];
    const m = only(
      classifyContent(
        rawData({ body: 'https://a.example/x https://c.example/ javascript:alert(1)', preview }),
        fromAlice,
      ),
      'visible',
    );
    expect(m.previews).toEqual([{ url: 'https://a.example/x', title: 'A' }]);
  });

  it('reads a community invitation only with both url and name', () => {
    const inv = only(
      classifyContent(rawData({ communityInvitation: { url: 'https://o.example/r', name: 'R' } }), fromAlice),
      'visible',
    );
    expect(inv.communityInvitation).toEqual({ url: 'https://o.example/r', name: 'R' });
    expect(
      classifyContent(rawData({ communityInvitation: { url: '', name: 'R' } }), fromAlice),
    ).toMatchObject({
      reason: 'empty-message',
    });
  });

  it('validates the profile: a 32-byte key with an http(s) picture, clean bounded names', () => {
    const read = (dm: object) =>
      only(classifyContent(rawData({ body: 'x', ...dm }), fromAlice), 'visible').profile;
    const url = 'http://filev2.getsession.org/file/9';
    expect(
      read({
        profile: { displayName: 'A', profilePicture: url, lastProfileUpdateSeconds: 7 },
        profileKey: fill(32, 1),
      }),
    ).toEqual({
      displayName: 'A',
      picture: { url, key: fill(32, 1) },
      updatedAtSeconds: 7,
    });
    expect(read({ profile: { displayName: 'A', profilePicture: url }, profileKey: fill(16, 1) })).toEqual({
      displayName: 'A',
      updatedAtSeconds: 0,
    });
    expect(read({ profile: { profilePicture: 'not a url' }, profileKey: fill(32, 1) })).toEqual({
      updatedAtSeconds: 0,
    });
    expect(read({ profile: { displayName: 'Ev\u202eil\u0000' + 'é'.repeat(60) } })?.displayName).toBe(
      'Evil' + 'é'.repeat(48),
    );
    expect(read({ profileKey: fill(32, 1) })).toBeUndefined();
  });

  it('reads lastProfileUpdateSeconds as desktop does: a value in milliseconds becomes seconds', () => {
    // desktop v1.17.17 `ts/models/profile.ts` reads it through `new Timestamp({ value }).seconds()`
    // (`ts/types/timestamp/timestamp.ts`): below 4,000,000,000 it is seconds, below 4e12 it is
    // milliseconds, and anything larger throws, so desktop applies no profile from it.
    const read = (lastProfileUpdateSeconds: number) =>
      only(
        classifyContent(
          rawData({ body: 'x', profile: { displayName: 'A', lastProfileUpdateSeconds } }),
          fromAlice,
        ),
        'visible',
      ).profile;
    expect(read(3_999_999_999)).toEqual({ displayName: 'A', updatedAtSeconds: 3_999_999_999 });
    expect(read(1_700_000_000_123)).toEqual({ displayName: 'A', updatedAtSeconds: 1_700_000_000 });
    expect(read(4_000_000_000_000)).toBeUndefined();
  });
});

describe('the other kinds', () => {
  it('reads receipts, typing, unsend, extraction notices, calls and request responses', () => {
    expect(
      only(
        classifyContent(rawContent({ receiptMessage: { type: 1, timestamp: [3, 0, 4] } }), fromAlice),
        'read-receipt',
      ).timestamps,
    ).toEqual([3, 4]);
    expect(
      only(classifyContent(rawContent({ typingMessage: { timestamp: T, action: 1 } }), fromAlice), 'typing')
        .action,
    ).toBe('stopped');
    expect(
      only(
        classifyContent(rawContent({ unsendRequest: { timestamp: 9, author: ALICE } }), fromAlice),
        'unsend',
      ).target,
    ).toEqual({
      author: ALICE,
      sentAtMs: 9,
    });
    const den = only(
      classifyContent(
        rawContent({ dataExtractionNotification: { type: 1 }, expirationType: 1, expirationTimer: 60 }),
        fromAlice,
      ),
      'data-extraction',
    );
    expect(den).toMatchObject({ type: 'screenshot', expiration: { mode: 'after-read', seconds: 60 } });
    expect(den).not.toHaveProperty('referencedSentAtMs');
    expect(
      only(
        classifyContent(rawContent({ callMessage: { type: 6, uuid: 'abc', sdps: ['v=0'] } }), fromAlice),
        'call',
      ),
    ).toMatchObject({
      callType: 'pre-offer',
      uuid: 'abc',
    });
    const mrr = only(
      classifyContent(
        rawContent({ messageRequestResponse: { isApproved: true, profile: { displayName: 'B' } } }),
        fromAlice,
      ),
      'message-request-response',
    );
    expect(mrr.profile).toEqual({ displayName: 'B', updatedAtSeconds: 0 });
  });

  it('reads expiration fields: unknown types and zero timers are off', () => {
    const exp = (init: object) =>
      only(classifyContent(rawData({ body: 'x' }, init), fromAlice), 'visible').expiration;
    expect(exp({ expirationType: 2, expirationTimer: 30 })).toEqual({ mode: 'after-send', seconds: 30 });
    expect(exp({ expirationType: 1, expirationTimer: 0 })).toEqual({ mode: 'off' });
    expect(exp({ expirationType: 0, expirationTimer: 30 })).toEqual({ mode: 'off' });
    expect(exp({ expirationTimer: 30 })).toEqual({ mode: 'off' });
  });

  it('reads delete-after-read as delete-after-send in groups and Note to Self, as desktop does', () => {
    // desktop v1.17.17 `ts/session/disappearing_messages/index.ts` changeToDisappearingConversationMode:
    // a group or Note to Self conversation only knows delete-after-send.
    const dar = { expirationType: 1, expirationTimer: 60 };
    const exp = (dm: object, facts: EnvelopeFacts) =>
      (classifyContent(rawData({ body: 'x', ...dm }, dar), facts) as { expiration?: unknown }).expiration;
    expect(exp({}, inGroup)).toEqual({ mode: 'after-send', seconds: 60 });
    expect(exp({ syncTarget: SELF }, fromSelf)).toEqual({ mode: 'after-send', seconds: 60 });
    expect(exp({}, fromSelf)).toEqual({ mode: 'after-send', seconds: 60 });
    expect(exp({ syncTarget: ALICE }, fromSelf)).toEqual({ mode: 'after-read', seconds: 60 });
    expect(exp({}, fromAlice)).toEqual({ mode: 'after-read', seconds: 60 });
    const update = classifyContent(
      rawData({ groupUpdateMessage: { memberLeftMessage: {} } }, dar),
      inGroup,
    ) as { expiration?: unknown };
    expect(update.expiration).toEqual({ mode: 'after-send', seconds: 60 });
  });
});
