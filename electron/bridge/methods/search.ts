/**
 * Search (issue 15): global search — people and conversations by name, nickname, Session ID, and
 * messages by text, grouped — and the matches inside one conversation. A query is text the user
 * typed; whatever it holds, it is searched for as words and phrases, never interpreted.
 */
import { z } from 'zod';
import type { MethodSpec } from '../contract';
import { STORE_USE } from '../errors/store';
import { AvatarRef, ConversationId, MessageId, Time } from './conversations';

/** What a search box can hold; the core reads at most 12 words or phrases of it. */
const Query = z.string().max(1_000);
const Name = z.string().max(100);
export const MAX_PEOPLE_HITS = 20;
export const MAX_MESSAGE_HITS = 50;
/** Matches listed for in-chat search; `total` counts them all. */
export const MAX_CHAT_MATCHES = 5_000;

export const ConversationKindView = z.enum(['direct', 'group', 'note-to-self']);

export const PersonHit = z.object({
  conversationId: ConversationId,
  kind: ConversationKindView,
  displayName: Name,
  /** Which of its names matched, to say so ("Nickname", "Session ID"). */
  matchedOn: z.enum(['nickname', 'name', 'note-to-self', 'session-id']),
  /** False for an approved contact without a conversation yet (opening it starts one). */
  hasConversation: z.boolean(),
  avatar: AvatarRef,
});

export const MessageHit = z.object({
  messageId: MessageId,
  conversationId: ConversationId,
  conversationName: Name,
  conversationKind: ConversationKindView,
  senderName: Name,
  outgoing: z.boolean(),
  sentAt: Time,
  /** Words around the match; each match between U+0002 and U+0003 (split on them to highlight). */
  snippet: z.string().max(2_000),
});

const SEARCH_ERRORS = ['no-account', 'search-index-damaged', ...STORE_USE] as const;

export const searchMethods = {
  'search.global': {
    params: z.strictObject({
      query: Query,
      limit: z.number().int().min(1).max(MAX_MESSAGE_HITS).default(30),
      /** More messages after this one (the last of the previous answer); no people then. */
      before: MessageId.optional(),
      /** Messages of this conversation only; no people then (the CLI's `search --with`). */
      conversationId: ConversationId.optional(),
    }),
    result: z.object({
      people: z.array(PersonHit).max(MAX_PEOPLE_HITS),
      messages: z.array(MessageHit).max(MAX_MESSAGE_HITS),
      /** There may be more messages: ask again with `before` = the last one's id. */
      more: z.boolean(),
    }),
    errors: SEARCH_ERRORS,
  },
  'search.inChat': {
    params: z.strictObject({ conversationId: ConversationId, query: Query }),
    result: z.object({
      total: z.number().int().nonnegative(),
      /** Newest first in chat order; at most MAX_CHAT_MATCHES of `total`. */
      matches: z.array(z.object({ messageId: MessageId, sentAt: Time })).max(MAX_CHAT_MATCHES),
    }),
    errors: [...SEARCH_ERRORS, 'conversation-not-found'],
  },
  'search.rebuildIndex': {
    params: z.strictObject({}),
    result: z.object({}),
    timeoutMs: 120_000,
    errors: ['no-account', ...STORE_USE],
  },
} as const satisfies Record<string, MethodSpec>;
