/**
 * Domain error codes of the conversation and message-request methods (methods/conversations.ts).
 * Each has a message in the locale file; the dispatcher answers only declared codes.
 */
export const CONVERSATIONS_CODES = [
  /** No conversation with that id on this device (never existed, or deleted). */
  'conversation-not-found',
  /** The text is neither a Session ID (05…), a group ID (03…) nor an ONS name. */
  'invalid-recipient',
  /** An ID kind Shallot cannot talk to yet: blinded community IDs (15…, 25…) or legacy groups. */
  'unsupported-recipient',
  /** The ONS name is well-formed but registered to nobody. */
  'ons-not-found',
  /** The ONS name could not be resolved: the network did not answer or the nodes disagreed. */
  'ons-unreachable',
  /** The action does not apply to this kind of conversation (nickname on a group, block on Note to Self…). */
  'unsupported-for-kind',
  /** The disappearing mode is not offered for this conversation (groups: off or after send only). */
  'unsupported-timer',
  /** A nickname longer than 100 bytes of UTF-8. */
  'nickname-too-long',
  /** Accept, decline or block a conversation that is not a pending request. */
  'not-a-request',
  /** Deleting a group the user is still a member of: leave it first. */
  'still-a-member',
] as const;

export type ConversationsCode = (typeof CONVERSATIONS_CODES)[number];
