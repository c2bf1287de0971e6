/**
 * Domain error codes of the message methods (methods/messages.ts). Each has a message in the
 * locale file; the dispatcher answers only declared codes.
 */
export const MESSAGES_CODES = [
  /** No message with that id in this conversation (deleted, expired, or never existed). */
  'message-not-found',
  /** A page cursor that this conversation did not hand out, or one from before a clear. */
  'invalid-cursor',
  /** More than 2,000 characters (Unicode code points): the send limit without Session Pro. */
  'body-too-long',
  /** Nothing to send: no text and no attachment. */
  'empty-message',
  /** More than 32 attachments in one message. */
  'too-many-attachments',
  /** An attachment upload id that is unknown, cancelled or failed. */
  'attachment-not-found',
  /** The contact is blocked: unblock before sending, reacting or sending receipts. */
  'contact-blocked',
  /** The user is no longer a member of the group (left, removed, or the group was deleted). */
  'not-a-member',
  /** Reacting in a message request that has not been accepted. */
  'request-not-accepted',
  /** Retry of a message that has not failed. */
  'not-failed',
  /** Delete for everyone of a message others wrote (1:1), a control message, or one never stored on a swarm. */
  'not-deletable-for-everyone',
  /** Delete for everyone could not remove our copy from the swarm; nothing was changed. */
  'delete-failed',
  /** A reaction on a deleted, control or call message. */
  'not-reactable',
  /** More than 20 reactions in a minute (the official clients' limit). */
  'reaction-rate-limited',
] as const;

export type MessagesCode = (typeof MESSAGES_CODES)[number];
