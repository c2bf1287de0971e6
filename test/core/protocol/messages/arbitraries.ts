import fc from 'fast-check';
import type { GroupId, SessionId } from '../../../../electron/core/crypto/ids';
import type {
  AttachmentPointer,
  Expiration,
  GroupUpdate,
  MessageRef,
  OutgoingMessage,
  Profile,
} from '../../../../electron/core/protocol/messages';

/** fast-check generators of valid outgoing kinds (what encodeMessage accepts). */

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });

export const sessionId = bytes(32).map((b) => `05${hexOf(b)}` as SessionId);
export const groupId = bytes(32).map((b) => `03${hexOf(b)}` as GroupId);
export const time = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const seconds = fc.integer({ min: 1, max: 0xffff_ffff });

// eslint-disable-next-line no-control-regex -- names with control characters are cleaned on receipt
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Text as a user types it: any code point but controls, within `maxBytes` of UTF-8. */
const cleanText = (maxBytes: number, minLength = 1) =>
  fc
    .string({ unit: 'binary', minLength, maxLength: 40 })
    .filter((s) => !CONTROL.test(s) && Buffer.byteLength(s) <= maxBytes);

export const expiration: fc.Arbitrary<Expiration> = fc.oneof(
  fc.constant({ mode: 'off' } as const),
  fc.record({ mode: fc.constantFrom('after-send', 'after-read'), seconds }),
);

const picture = fc.record({
  url: fc.constantFrom('http://filev2.getsession.org/file/1', 'https://fs.example:8080/file/abc'),
  key: bytes(32),
});

export const profile: fc.Arbitrary<Profile> = fc
  .record(
    {
      displayName: cleanText(100),
      picture,
      updatedAtSeconds: fc.integer({ min: 0, max: 3_999_999_999 }),
    },
    { requiredKeys: ['updatedAtSeconds'] },
  )
  .filter((p) => Boolean(p.displayName || p.picture));

const fileName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,30}[A-Za-z0-9]$/);

export const attachment: fc.Arbitrary<AttachmentPointer> = fc
  .record({
    origin: fc.constantFrom('http://filev2.getsession.org', 'https://files.example:8443'),
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,44}$/),
    deterministic: fc.boolean(),
    size: fc.integer({ min: 1, max: 10_000_000 }),
    optional: fc.record(
      {
        contentType: fc.constantFrom('image/jpeg', 'video/mp4', 'audio/aac', 'application/pdf'),
        fileName,
        width: fc.integer({ min: 1, max: 65_535 }),
        height: fc.integer({ min: 1, max: 65_535 }),
        caption: cleanText(200),
      },
      { requiredKeys: [] },
    ),
    voice: fc.boolean(),
    key64: bytes(64),
    key32: bytes(32),
    digest: bytes(32),
  })
  .map((a) => ({
    url: `${a.origin}/file/${a.id}${a.deterministic ? '#d' : ''}`,
    key: a.deterministic ? a.key32 : a.key64,
    ...(a.deterministic ? {} : { digest: a.digest }),
    size: a.size,
    ...a.optional,
    voice: a.voice,
  }));

const ref = (author: fc.Arbitrary<SessionId> = sessionId): fc.Arbitrary<MessageRef> =>
  fc.record({ author, sentAtMs: time });

const visible = fc
  .record(
    {
      sentAtMs: time,
      body: cleanText(8_000),
      attachments: fc.array(attachment, { minLength: 1, maxLength: 3 }),
      quote: ref(),
      profile,
      expiration,
      syncTarget: sessionId,
      blocksCommunityMessageRequests: fc.boolean(),
    },
    { requiredKeys: ['sentAtMs', 'expiration', 'blocksCommunityMessageRequests'] },
  )
  .filter((m) => Boolean(m.body || m.attachments))
  .map((m) => ({ kind: 'visible' as const, ...m }));

const reaction = fc
  .record(
    {
      sentAtMs: time,
      target: ref(),
      emoji: fc.constantFrom('👍', '❤️', '😂', '👨‍👩‍👧‍👦', '🏳️‍🌈', 'a'),
      action: fc.constantFrom('react', 'remove'),
      profile,
      expiration,
      syncTarget: sessionId,
    },
    { requiredKeys: ['sentAtMs', 'target', 'emoji', 'action', 'expiration'] },
  )
  .map((m) => ({ kind: 'reaction' as const, ...m }));

const sig = bytes(64);
const groupName = cleanText(100, 0);

export const groupUpdate: fc.Arbitrary<GroupUpdate> = fc.oneof(
  fc.record({
    type: fc.constant('invite'),
    groupId,
    name: groupName,
    memberAuthData: bytes(100),
    adminSignature: sig,
  }),
  fc.record({ type: fc.constant('promote'), groupSeed: bytes(32), name: cleanText(100) }),
  fc.record({ type: fc.constant('invite-response'), approved: fc.boolean() }),
  fc.record({
    type: fc.constant('info-change'),
    change: fc.oneof(
      fc.record({ field: fc.constant('name'), name: cleanText(100) }),
      fc.record({ field: fc.constant('avatar') }),
      fc.record({ field: fc.constant('disappearing'), seconds: fc.integer({ min: 0, max: 0xffff_ffff }) }),
    ),
    adminSignature: sig,
  }),
  fc.record({
    type: fc.constant('member-change'),
    change: fc.constantFrom('added', 'removed', 'promoted'),
    members: fc.array(sessionId, { minLength: 1, maxLength: 4 }),
    historyShared: fc.boolean(),
    adminSignature: sig,
  }),
  fc.record({ type: fc.constant('member-left') }),
  fc.record({ type: fc.constant('member-left-notification') }),
  fc
    .record(
      {
        type: fc.constant('delete-member-content'),
        members: fc.array(sessionId, { maxLength: 3 }),
        messageHashes: fc.array(fc.stringMatching(/^[A-Za-z0-9+/]{43}$/), { maxLength: 3 }),
        adminSignature: sig,
      },
      { requiredKeys: ['type', 'members', 'messageHashes'] },
    )
    .filter((u) => u.members.length + u.messageHashes.length > 0),
);

const WITH_PROFILE = new Set(['invite', 'promote', 'invite-response']);

const group = fc
  .record({
    sentAtMs: time,
    update: groupUpdate,
    expiration,
    profile: fc.option(profile, { nil: undefined }),
  })
  .map(({ profile: p, ...m }) => ({
    kind: 'group-update' as const,
    ...m,
    ...(p && WITH_PROFILE.has(m.update.type) ? { profile: p } : {}),
  }));

export const outgoing: fc.Arbitrary<OutgoingMessage> = fc.oneof(
  visible,
  reaction,
  fc
    .record(
      { sentAtMs: time, expiration, syncTarget: sessionId },
      { requiredKeys: ['sentAtMs', 'expiration'] },
    )
    .map((m) => ({ kind: 'expiration-timer-update' as const, ...m })),
  fc
    .record({ sentAtMs: time, timestamps: fc.array(time, { minLength: 1, maxLength: 20 }) })
    .map((m) => ({ kind: 'read-receipt' as const, ...m })),
  fc
    .record({ sentAtMs: time, action: fc.constantFrom('started', 'stopped') })
    .map((m) => ({ kind: 'typing' as const, ...m })),
  fc.record({ sentAtMs: time, target: ref() }).map((m) => ({ kind: 'unsend' as const, ...m })),
  fc
    .record({ sentAtMs: time, profile }, { requiredKeys: ['sentAtMs'] })
    .map((m) => ({ kind: 'message-request-response' as const, ...m })),
  fc
    .record({
      sentAtMs: time,
      type: fc.constantFrom('media-saved', 'screenshot'),
      referencedSentAtMs: time,
      expiration,
    })
    .map((m) => ({ kind: 'data-extraction' as const, ...m })),
  group,
);
