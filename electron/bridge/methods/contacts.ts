/**
 * The contacts the Contacts config syncs between the account's devices (issue 12): every one-to-one
 * conversation, approved or not, and every blocked Session ID. Blocking and nicknames work on any
 * Session ID, with or without a conversation.
 */
import { z } from 'zod';
import type { AccountCode } from '../errors/account';
import type { ConversationsCode } from '../errors/conversations';
import type { MethodSpec } from '../contract';
import { SessionIdText } from './conversations';

const SESSION = ['no-account'] as const satisfies readonly AccountCode[];
const NOT_SELF = ['unsupported-for-kind'] as const satisfies readonly ConversationsCode[];
export const MAX_CONTACTS = 10_000;

export const ContactView = z.object({
  sessionId: SessionIdText,
  /** The name they gave themselves (their profile), null when none is known. */
  name: z.string().max(256).nullable(),
  /** The name we gave them, null when none. */
  nickname: z.string().max(256).nullable(),
  /** We accepted them (not a message request). */
  approved: z.boolean(),
  /** They accepted us (they wrote to us or accepted our request). */
  approvedMe: z.boolean(),
  blocked: z.boolean(),
  pinned: z.boolean(),
  /** Their conversation is hidden (deleted on some device). */
  hidden: z.boolean(),
});

const ContactParams = { sessionId: SessionIdText };

export const contactMethods = {
  'contacts.list': {
    params: z.strictObject({}),
    result: z.array(ContactView).max(MAX_CONTACTS),
    errors: [...SESSION],
    passive: true,
  },
  'contacts.setBlocked': {
    params: z.strictObject({ ...ContactParams, blocked: z.boolean() }),
    result: ContactView,
    errors: [...SESSION, ...NOT_SELF],
  },
  'contacts.setNickname': {
    params: z.strictObject({ ...ContactParams, nickname: z.string().trim().max(100).nullable() }),
    result: ContactView,
    errors: [...SESSION, ...NOT_SELF, 'nickname-too-long'],
  },
} as const satisfies Record<string, MethodSpec>;

export type ContactView = z.output<typeof ContactView>;
