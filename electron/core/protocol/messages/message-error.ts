import { ShallotError } from '../../errors';

/** What an outgoing message kind can be refused for before any byte is produced. */
export const MESSAGE_ENCODE_ERRORS = [
  /** sentAtMs (or another time) is not a positive integer of milliseconds below 2^53. */
  'timestamp',
  /** The body has more than 2,000 code points (the non-Pro send limit). */
  'body-too-long',
  /** A visible message with neither text nor attachments. */
  'empty',
  /** More than 32 attachments. */
  'too-many-attachments',
  /** An attachment pointer that receivers would reject (url, key, digest, size, dimensions). */
  'attachment',
  /** A Session ID or group ID that is not 05/03 + 64 lower-case hex. */
  'id',
  /** A quote or reaction target that does not name a message. */
  'target',
  /** A reaction emoji that is empty or longer than 32 code points. */
  'emoji',
  /** A display or group name longer than 100 UTF-8 bytes. */
  'name',
  /** A profile picture without an http(s) URL or a 32-byte key. */
  'profile-picture',
  /** A profile on a kind that never carries one. */
  'profile-not-allowed',
  /** A disappearing timer that is not a positive 32-bit number of seconds. */
  'expiration',
  /** A read receipt without timestamps. */
  'receipt-empty',
  /** A byte field of the wrong length (auth data, signature, seed). */
  'length',
  /** A group update without the members or hashes it is about. */
  'group-update',
  /** A link preview whose URL is not http(s). */
  'preview',
] as const;

export type MessageEncodeErrorCode = (typeof MESSAGE_ENCODE_ERRORS)[number];

/** Thrown by encodeMessage: the kind as given would be refused or misread by receivers. */
export class MessageEncodeError extends ShallotError<MessageEncodeErrorCode> {}
