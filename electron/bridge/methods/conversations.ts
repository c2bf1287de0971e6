/**
 * Conversations and message requests (issues 16, 17): the list, one conversation, opening one by
 * Session ID or ONS name, per-conversation settings, drafts, and the requests box. View shapes
 * live here, beside the methods that return them; `electron/core/api/views/` maps store records
 * onto them. Nothing here carries a key, a hash or a raw protocol value.
 */
import { z } from 'zod';
import type { MethodSpec } from '../contract';
import type { ConversationsCode } from '../errors/conversations';
import type { AccountCode } from '../errors/account';

/** Every messaging method needs an open account: none exists yet (onboarding) answers this. */
const SESSION = ['no-account'] as const satisfies readonly AccountCode[];

/** Resolving an ONS name is a network round trip through an onion path; give it time. */
const ONS_TIMEOUT_MS = 30_000;
/** Largest page or event batch; the core splits bigger changes into several events. */
export const MAX_BATCH = 200;
export const MAX_REMOVED_IDS = 1_000;

export const SessionIdText = z
  .string()
  .length(66)
  .regex(/^05[0-9a-f]{64}$/);
export const ConversationId = z
  .string()
  .length(66)
  .regex(/^0[35][0-9a-f]{64}$/);
/** Opaque to the renderer: a local row id, never a swarm hash. */
export const MessageId = z.string().min(1).max(64);
/** Opaque keyset position handed out by a page; only valid for the conversation that gave it. */
export const Cursor = z.string().min(1).max(256);
/** Milliseconds since the Unix epoch (network time for sent messages). */
export const Time = z.number().int().nonnegative();
/** A display name or nickname: libsession's 100-byte limit, at most 100 UTF-16 units here. */
const NameText = z.string().max(100);

/** The timers the official apps offer, seconds (protocol reference §11.3). */
export const TimerSeconds = z.union([
  z.literal(5),
  z.literal(10),
  z.literal(30),
  z.literal(60),
  z.literal(300),
  z.literal(1_800),
  z.literal(3_600),
  z.literal(21_600),
  z.literal(43_200),
  z.literal(86_400),
  z.literal(604_800),
  z.literal(1_209_600),
]);

export const DisappearingSetting = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('off') }),
  z.object({ mode: z.enum(['after-send', 'after-read']), seconds: TimerSeconds }),
]);

/** Where a message is on its way; `read` only when the contact sends read receipts. */
export const MessageStatus = z.enum(['sending', 'sent', 'failed', 'read', 'received']);
export const MessageKind = z.enum(['text', 'control', 'call', 'deleted']);

/** A picture the renderer fetches through the app-only protocol; null shows initials. */
export const AvatarRef = z.object({ id: z.string().min(1).max(128) }).nullable();

export const ConversationView = z.object({
  id: ConversationId,
  kind: z.enum(['direct', 'group', 'note-to-self']),
  /** nickname > profile name (group name for groups) > shortened ID, resolved by the core. */
  displayName: z.string().max(100),
  nickname: NameText.nullable(),
  profileName: NameText.nullable(),
  avatar: AvatarRef,
  lastMessage: z
    .object({
      /** First line of text or a notice ("Missed call", "Alice added Bob"), at most 200 characters. */
      snippet: z.string().max(200),
      sentAt: Time,
      outgoing: z.boolean(),
      status: MessageStatus,
      kind: MessageKind,
    })
    .nullable(),
  /** Sort key of the list (after pinned): the last message or event, or the creation time. */
  lastActivityAt: Time,
  unreadCount: z.number().int().nonnegative(),
  /** The user marked it unread by hand (shows the badge with no unread message). */
  markedUnread: z.boolean(),
  /** Muted until this time, for ever, or not muted. */
  mutedUntil: z.union([Time, z.literal('forever'), z.null()]),
  pinned: z.boolean(),
  /** `incoming`: kept in the requests box until accepted; `outgoing`: we wrote, they have not replied. */
  request: z.enum(['none', 'incoming', 'outgoing']),
  blocked: z.boolean(),
  disappearing: DisappearingSetting,
  /** The contact is typing now (1:1 only; cleared after 15 s without news). */
  typing: z.boolean(),
  /** Groups only. */
  memberCount: z.number().int().nonnegative().nullable(),
  /** Why the composer is disabled, when it is. */
  sendability: z.discriminatedUnion('canSend', [
    z.object({ canSend: z.literal(true) }),
    z.object({ canSend: z.literal(false), reason: z.enum(['blocked', 'not-a-member', 'group-destroyed']) }),
  ]),
});

const ById = z.strictObject({ conversationId: ConversationId });
const Empty = z.object({});

export const ConversationPage = z.object({
  /** Pinned first, then by lastActivityAt, newest first. */
  items: z.array(ConversationView).max(MAX_BATCH),
  nextCursor: Cursor.nullable(),
  /** Unread messages over the main list (muted conversations excluded), for the title and badge. */
  unreadTotal: z.number().int().nonnegative(),
  /** Pending requests, shown on the "Message requests" entry. */
  requestCount: z.number().int().nonnegative(),
});

const PageParams = z.strictObject({
  cursor: Cursor.optional(),
  limit: z.number().int().min(1).max(MAX_BATCH).default(50),
});

/** What a typed recipient is, before any network call (validation as you type). */
export const RecipientCheck = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session-id'), sessionId: SessionIdText }),
  z.object({ kind: z.literal('group-id'), groupId: ConversationId }),
  z.object({ kind: z.literal('ons-name'), name: z.string().max(64) }),
  z.object({
    kind: z.literal('invalid'),
    code: z.enum(['invalid-recipient', 'unsupported-recipient'] satisfies ConversationsCode[]),
  }),
]);

const notFound = ['conversation-not-found'] as const satisfies readonly ConversationsCode[];

export const conversationMethods = {
  'conversations.list': { params: PageParams, result: ConversationPage, errors: [...SESSION], passive: true },
  'conversations.get': {
    params: ById,
    result: ConversationView,
    errors: [...SESSION, ...notFound],
    passive: true,
  },
  'conversations.parseRecipient': {
    params: z.strictObject({ input: z.string().max(256) }),
    result: RecipientCheck,
    errors: [...SESSION],
    passive: true,
  },
  'conversations.open': {
    params: z.strictObject({ to: z.string().min(1).max(256) }),
    result: z.object({ conversation: ConversationView, created: z.boolean() }),
    timeoutMs: ONS_TIMEOUT_MS,
    errors: [...SESSION, 'invalid-recipient', 'unsupported-recipient', 'ons-not-found', 'ons-unreachable'],
  },
  'conversations.setPinned': {
    params: z.strictObject({ conversationId: ConversationId, pinned: z.boolean() }),
    result: ConversationView,
    errors: [...SESSION, ...notFound],
  },
  'conversations.setMuted': {
    params: z.strictObject({ conversationId: ConversationId, mutedUntil: ConversationView.shape.mutedUntil }),
    result: ConversationView,
    errors: [...SESSION, ...notFound],
  },
  'conversations.markRead': { params: ById, result: ConversationView, errors: [...SESSION, ...notFound] },
  'conversations.markUnread': { params: ById, result: ConversationView, errors: [...SESSION, ...notFound] },
  'conversations.setNickname': {
    params: z.strictObject({
      conversationId: ConversationId,
      nickname: z.string().trim().max(100).nullable(),
    }),
    result: ConversationView,
    errors: [...SESSION, ...notFound, 'nickname-too-long', 'unsupported-for-kind'],
  },
  'conversations.setDisappearing': {
    params: z.strictObject({ conversationId: ConversationId, setting: DisappearingSetting }),
    result: ConversationView,
    // `not-group-admin`: in a group only admins set the timer.
    errors: [
      ...SESSION,
      ...notFound,
      'unsupported-timer',
      'not-a-member',
      'contact-blocked',
      'not-group-admin',
    ],
  },
  'conversations.setBlocked': {
    params: z.strictObject({ conversationId: ConversationId, blocked: z.boolean() }),
    result: ConversationView,
    errors: [...SESSION, ...notFound, 'unsupported-for-kind'],
  },
  'conversations.delete': {
    params: ById,
    result: Empty,
    errors: [...SESSION, ...notFound, 'still-a-member'],
  },
  'conversations.clearMessages': {
    params: ById,
    result: ConversationView,
    errors: [...SESSION, ...notFound],
  },
  'conversations.getDraft': {
    params: ById,
    result: z.object({ text: z.string().max(20_000) }),
    errors: [...SESSION, ...notFound],
    passive: true,
  },
  'conversations.setDraft': {
    params: z.strictObject({ conversationId: ConversationId, text: z.string().max(20_000) }),
    result: Empty,
    errors: [...SESSION, ...notFound],
  },
  'requests.list': {
    params: PageParams,
    result: z.object({
      items: z.array(ConversationView).max(MAX_BATCH),
      nextCursor: Cursor.nullable(),
      count: z.number().int().nonnegative(),
    }),
    errors: [...SESSION],
    passive: true,
  },
  'requests.accept': {
    params: ById,
    result: ConversationView,
    errors: [...SESSION, ...notFound, 'not-a-request'],
  },
  'requests.decline': { params: ById, result: Empty, errors: [...SESSION, ...notFound, 'not-a-request'] },
  'requests.block': { params: ById, result: Empty, errors: [...SESSION, ...notFound, 'not-a-request'] },
} as const satisfies Record<string, MethodSpec>;

export const conversationEvents = {
  /** Conversations created or changed, removed, and the new totals; bounded, split if larger. */
  'conversations.changed': z.object({
    upserted: z.array(ConversationView).max(MAX_BATCH),
    removed: z.array(ConversationId).max(MAX_REMOVED_IDS),
    unreadTotal: z.number().int().nonnegative(),
    requestCount: z.number().int().nonnegative(),
  }),
  /** A contact started or stopped typing (shown for 15 s after each start unless stopped). */
  'typing.changed': z.object({ conversationId: ConversationId, typing: z.boolean() }),
} as const;

export type ConversationView = z.output<typeof ConversationView>;
export type DisappearingSetting = z.output<typeof DisappearingSetting>;
export type ConversationPage = z.output<typeof ConversationPage>;
export type RecipientCheck = z.output<typeof RecipientCheck>;
