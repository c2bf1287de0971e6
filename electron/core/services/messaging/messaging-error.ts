import { ShallotError } from '../../errors';

/**
 * What a messaging action refuses with. The codes are the bridge's declared `messages` and
 * `conversations` codes (plus `no-account`), so the dispatcher passes them through unchanged.
 */
export type MessagingErrorCode =
  | 'no-account'
  | 'conversation-not-found'
  | 'invalid-recipient'
  | 'unsupported-recipient'
  | 'ons-not-found'
  | 'ons-unreachable'
  | 'unsupported-for-kind'
  | 'unsupported-timer'
  | 'nickname-too-long'
  | 'not-a-request'
  | 'message-not-found'
  | 'invalid-cursor'
  | 'body-too-long'
  | 'empty-message'
  | 'too-many-attachments'
  | 'attachment-not-found'
  | 'contact-blocked'
  | 'request-not-accepted'
  | 'not-failed'
  | 'not-deletable-for-everyone'
  | 'delete-failed'
  | 'not-reactable'
  | 'reaction-rate-limited';

export class MessagingError extends ShallotError<MessagingErrorCode> {}
