/**
 * Why classifyContent set an incoming Content aside. Each mirrors a rule of session-desktop
 * v1.17.17 (`ts/receiver/contentMessage.ts`, `dataMessage.ts`, `queuedJob.ts`,
 * `groupv2/handleGroupV2Message.ts`, `callMessage.ts`, `ts/util/reactions.ts`) unless marked
 * "Shallot": those are bounds desktop does not have, kept because the result reaches a UI.
 */
export const DROP_REASONS = [
  /**
   * Not a Content protobuf, or a required field is missing. protobufjs 8 reads proto2 enums as
   * closed: an unknown value of a required enum (a call type, a receipt type…) lands here too.
   */
  'malformed',
  /** Content.sigTimestamp is set and differs from Envelope.timestamp. */
  'signature-timestamp-mismatch',
  /** Only a sharedConfigMessage (11); configs are read from namespaces 2–5. */
  'config-message',
  /** Only Content.proMessage. */
  'pro-only',
  /** None of the fields desktop handles (unknown fields incl. the removed ConfigurationMessage 7, or nothing). */
  'unsupported-content',
  /** DataMessage.flags other than 0 or the expiration-timer-update bit. */
  'unknown-flags',
  /** More than 32 attachments. */
  'too-many-attachments',
  /** A DataMessage with syncTarget from someone other than ourselves. */
  'sync-from-other',
  /** A syncTarget that is not a 05 Session ID (or one inside a group message). */
  'sync-target-invalid',
  /** Shallot: a visible message with nothing to show (desktop stores an empty bubble). */
  'empty-message',
  /** A reaction without an emoji, or with a target that is not a message (Shallot: emoji > 32 code points). */
  'reaction-invalid',
  /** A ReceiptMessage of a type other than READ. */
  'receipt-not-read',
  /** A read receipt with no usable timestamp. */
  'receipt-empty',
  /** A typing indicator from our own devices. */
  'typing-from-self',
  /** TypingMessage.timestamp differs from Envelope.timestamp. */
  'typing-timestamp-mismatch',
  /** UnsendRequest.author is not the sender. */
  'unsend-author-mismatch',
  /** UnsendRequest without the timestamp of the message to delete. */
  'unsend-timestamp-missing',
  /** A call message from our own devices other than ANSWER or END_CALL. */
  'call-from-self',
  /** MessageRequestResponse with isApproved false. */
  'request-not-approved',
  /** A kind that exists only one-to-one (receipt, typing, unsend…) inside a group message. */
  'not-in-group',
  /** A group control message (member change, info change…) that did not come from a group. */
  'group-only',
  /** A group invite or promotion inside a group message (they travel one-to-one). */
  'one-to-one-only',
  /** A GroupUpdateMessage with none of its known parts. */
  'group-update-empty',
  /** A group update whose ids, names or key material are malformed. */
  'group-update-invalid',
  /** A time that must name a message is zero or beyond 2^53. */
  'timestamp-invalid',
] as const;

export type DropReason = (typeof DROP_REASONS)[number];
