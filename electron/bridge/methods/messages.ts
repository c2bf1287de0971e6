/**
 * Messages of one conversation (issues 16, 17): keyset pages in both directions around any
 * message, one message's details, send / retry / react / delete / mark read / typing, and the
 * events that keep an open window of pages current. Bodies travel only in these results and in
 * `messages.changed`; hashes, keys and protocol values stay in the core.
 */
import { z } from 'zod';
import {
  AvatarRef,
  ConversationId,
  Cursor,
  DisappearingSetting,
  MAX_BATCH,
  MAX_REMOVED_IDS,
  MessageId,
  MessageKind,
  MessageStatus,
  SessionIdText,
  Time,
} from './conversations';
import type { MethodSpec } from '../contract';
import type { MessagesCode } from '../errors/messages';
import type { AccountCode } from '../errors/account';

/** Every messaging method needs an open account: none exists yet (onboarding) answers this. */
const SESSION = ['no-account'] as const satisfies readonly AccountCode[];

/** Delete for everyone waits for the swarm's `delete` first (protocol reference §3.5 "Unsend"). */
const SWARM_DELETE_TIMEOUT_MS = 30_000;
/** Received bodies are cut at 10,000 code points: up to 20,000 UTF-16 units. */
const Body = z.string().max(20_000);
/** The send limit is 2,000 code points (checked by the core as `body-too-long`); 4,000 units covers any script. */
const OutgoingBody = z.string().max(4_000);
const MAX_ATTACHMENTS = 32;
/** Names of who reacted are bounded; `count` says how many there are in all. */
const MAX_REACTION_AUTHORS = 20;
const MAX_REACTIONS = 64;

const Person = z.object({ id: SessionIdText, displayName: z.string().max(100) });
/** The author of a bubble: group chats show each sender's picture. */
const Sender = Person.extend({ avatar: AvatarRef });

/** A notice in the timeline instead of a bubble; the renderer words it from the locale file. */
export const ControlNotice = z.discriminatedUnion('type', [
  z.object({ type: z.literal('disappearing-changed'), by: Person, setting: DisappearingSetting }),
  z.object({ type: z.literal('request-accepted'), by: Person }),
  z.object({ type: z.literal('media-saved'), by: Person }),
  z.object({ type: z.literal('screenshot'), by: Person }),
  z.object({
    type: z.literal('group'),
    change: z.enum([
      'created',
      'members-added',
      'members-removed',
      'members-promoted',
      'member-left',
      'renamed',
      'avatar-changed',
      'invited',
      'you-were-removed',
    ]),
    by: Person.nullable(),
    members: z.array(Person).max(MAX_REACTION_AUTHORS),
    /** How many members the change names in all (the list above is bounded). */
    memberCount: z.number().int().nonnegative(),
    name: z.string().max(100).nullable(),
  }),
]);

export const AttachmentView = z.object({
  id: MessageId,
  fileName: z.string().max(255).nullable(),
  size: z.number().int().nonnegative(),
  contentType: z.string().max(255).nullable(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  voice: z.boolean(),
  durationMs: z.number().int().nonnegative().nullable(),
  /** The sender's caption of this file (AttachmentPointer.caption). */
  caption: z.string().max(2_000).nullable(),
  /**
   * `pending`: not on this device (download on click); `expired`: the file server no longer has it;
   * `rejected`: the pointer failed the core's checks and can never be fetched.
   */
  state: z.enum(['pending', 'uploading', 'downloading', 'ready', 'failed', 'expired', 'rejected']),
  /** Why it failed or was rejected: an attachments error code, a network code, or a pointer check. */
  failure: z.string().max(64).nullable(),
  /** 0..1 while uploading or downloading. */
  progress: z.number().min(0).max(1).nullable(),
});

export const ReactionView = z.object({
  emoji: z.string().min(1).max(64),
  count: z.number().int().positive(),
  mine: z.boolean(),
  authors: z.array(Person).max(MAX_REACTION_AUTHORS),
});

export const QuoteView = z.object({
  /** The quoted message here, for "click scrolls to the original"; null when not found locally. */
  messageId: MessageId.nullable(),
  author: Person,
  sentAt: Time,
  /** The original's first 200 characters; null when it is not found ("original message not found"). */
  snippet: z.string().max(200).nullable(),
});

export const MessageView = z.object({
  id: MessageId,
  conversationId: ConversationId,
  sender: Sender,
  outgoing: z.boolean(),
  /** Network time the sender gave it: with the sender, its identity. */
  sentAt: Time,
  receivedAt: Time,
  kind: MessageKind,
  /** Text for `text`; null otherwise. */
  body: Body.nullable(),
  notice: ControlNotice.nullable(),
  /** Missed calls: `call` kind. */
  call: z.object({ missed: z.boolean() }).nullable(),
  status: MessageStatus,
  /** Why sending failed, for `failed`: a messages error code or a network one. */
  failure: z.object({ code: z.string().max(64) }).nullable(),
  unread: z.boolean(),
  quote: QuoteView.nullable(),
  reactions: z.array(ReactionView).max(MAX_REACTIONS),
  attachments: z.array(AttachmentView).max(MAX_ATTACHMENTS),
  /** When the message disappears; null when it does not (or its after-read timer has not started). */
  expiresAt: Time.nullable(),
  disappearing: DisappearingSetting,
});

export const MessageInfo = MessageView.extend({
  /** When we read it (incoming) or the contact's receipt arrived (outgoing). */
  readAt: Time.nullable(),
  expirationStartedAt: Time.nullable(),
});

export const MessagePage = z.object({
  /** Newest first. */
  items: z.array(MessageView).max(MAX_BATCH),
  /** Continue with `before: older` / `after: newer`; null at either end of the conversation. */
  older: Cursor.nullable(),
  newer: Cursor.nullable(),
  /** The oldest unread message of the conversation (for the divider and "open at first unread"). */
  firstUnreadId: MessageId.nullable(),
  unreadCount: z.number().int().nonnegative(),
});

const PageAnchor = z.discriminatedUnion('at', [
  z.strictObject({ at: z.literal('newest') }),
  z.strictObject({ at: z.literal('before'), cursor: Cursor }),
  z.strictObject({ at: z.literal('after'), cursor: Cursor }),
  /** Half the page older than the message, half newer (jump to a quote or a search hit). */
  z.strictObject({ at: z.literal('around'), messageId: MessageId }),
  /** Around the oldest unread message, or the newest page when everything is read. */
  z.strictObject({ at: z.literal('first-unread') }),
]);

const ByMessage = z.strictObject({ messageId: MessageId });
const Emoji = z.string().min(1).max(64);
const Empty = z.object({});

const sendErrors = [
  'body-too-long',
  'empty-message',
  'too-many-attachments',
  'attachment-not-found',
  'contact-blocked',
  'not-a-member',
] as const satisfies readonly MessagesCode[];
const reactErrors = [
  'message-not-found',
  'contact-blocked',
  'not-a-member',
  'request-not-accepted',
  'not-reactable',
  'reaction-rate-limited',
] as const satisfies readonly MessagesCode[];

export const messageMethods = {
  'messages.page': {
    params: z.strictObject({
      conversationId: ConversationId,
      anchor: PageAnchor,
      limit: z.number().int().min(1).max(MAX_BATCH).default(50),
    }),
    result: MessagePage,
    errors: [...SESSION, 'conversation-not-found', 'message-not-found', 'invalid-cursor'],
    passive: true,
  },
  'messages.get': {
    params: ByMessage,
    result: MessageInfo,
    errors: [...SESSION, 'message-not-found'],
    passive: true,
  },
  'messages.send': {
    params: z.strictObject({
      conversationId: ConversationId,
      body: OutgoingBody.optional(),
      quote: MessageId.optional(),
      /** Finished uploads (attachments issue); sending waits for none. */
      attachments: z.array(z.string().min(1).max(64)).max(MAX_ATTACHMENTS).optional(),
      /** Chosen by the caller so a repeated call after a timeout does not send twice. */
      idempotencyKey: z.string().min(8).max(64).optional(),
    }),
    result: MessageView,
    errors: [...SESSION, 'conversation-not-found', 'message-not-found', ...sendErrors],
  },
  'messages.retry': {
    params: ByMessage,
    result: MessageView,
    errors: [...SESSION, 'message-not-found', 'not-failed', 'contact-blocked', 'not-a-member'],
  },
  'messages.react': {
    params: z.strictObject({ messageId: MessageId, emoji: Emoji }),
    result: MessageView,
    errors: [...SESSION, ...reactErrors],
  },
  'messages.unreact': {
    params: z.strictObject({ messageId: MessageId, emoji: Emoji }),
    result: MessageView,
    errors: [...SESSION, ...reactErrors],
  },
  'messages.delete': {
    params: z.strictObject({
      conversationId: ConversationId,
      messageIds: z.array(MessageId).min(1).max(MAX_BATCH),
      /** `this-device`: here only; `my-devices`: also our swarm and linked devices; `everyone`: unsend. */
      scope: z.enum(['this-device', 'my-devices', 'everyone']),
    }),
    result: z.object({ deleted: z.array(MessageId).max(MAX_BATCH) }),
    timeoutMs: SWARM_DELETE_TIMEOUT_MS,
    errors: [
      ...SESSION,
      'conversation-not-found',
      'message-not-found',
      'not-deletable-for-everyone',
      'delete-failed',
    ],
  },
  /** Passive: the open chat marks what scrolls into view even while the user only watches. */
  'messages.markReadUpTo': {
    params: z.strictObject({ conversationId: ConversationId, messageId: MessageId }),
    result: z.object({ unreadCount: z.number().int().nonnegative() }),
    errors: [...SESSION, 'conversation-not-found', 'message-not-found'],
    passive: true,
  },
  /** The window gained focus (or the user pulled to refresh): poll our swarm now, not at the next tick. */
  'messages.poll': { params: z.strictObject({}), result: Empty, errors: [...SESSION], passive: true },
  'messages.typing': {
    params: z.strictObject({ conversationId: ConversationId, state: z.enum(['started', 'stopped']) }),
    result: Empty,
    errors: [...SESSION, 'conversation-not-found'],
  },
} as const satisfies Record<string, MethodSpec>;

export const messageEvents = {
  /** Messages of one conversation added, changed (state, reactions, attachment progress) or removed. */
  'messages.changed': z.object({
    conversationId: ConversationId,
    added: z.array(MessageView).max(MAX_BATCH),
    updated: z.array(MessageView).max(MAX_BATCH),
    removed: z.array(MessageId).max(MAX_REMOVED_IDS),
  }),
  /** Disappearing messages whose time ran out (also reported as removed in `messages.changed`). */
  'messages.expired': z.object({
    conversationId: ConversationId,
    messageIds: z.array(MessageId).max(MAX_REMOVED_IDS),
  }),
} as const;

export type MessageView = z.output<typeof MessageView>;
export type MessageInfo = z.output<typeof MessageInfo>;
export type MessagePage = z.output<typeof MessagePage>;
export type AttachmentView = z.output<typeof AttachmentView>;
export type ReactionView = z.output<typeof ReactionView>;
export type QuoteView = z.output<typeof QuoteView>;
export type ControlNotice = z.output<typeof ControlNotice>;
