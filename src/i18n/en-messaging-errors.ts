import type { ConversationsCode } from '../../electron/bridge/errors/conversations';
import type { DataCode } from '../../electron/bridge/errors/data';
import type { MessagesCode } from '../../electron/bridge/errors/messages';

/** Words for the conversation, message and clear-data codes; en.ts merges them into errorMessages. */
export const messagingErrorMessages = {
  'conversation-not-found': 'That conversation is not on this device any more.',
  'invalid-recipient': 'That is not a Session ID or an ONS name.',
  'unsupported-recipient': 'Shallot cannot message that kind of ID yet (community or legacy group IDs).',
  'ons-not-found': 'No one has registered that ONS name.',
  'ons-unreachable': 'The ONS name could not be looked up: the network did not answer. Try again.',
  'unsupported-for-kind': 'That does not apply to this conversation.',
  'unsupported-timer': 'This conversation does not offer that disappearing-messages setting.',
  'nickname-too-long': 'That nickname is too long. Use at most 100 characters.',
  'not-a-request': 'That is not a message request any more.',
  'still-a-member': 'Leave the group before deleting it.',
  'message-not-found': 'That message is not on this device any more.',
  'invalid-cursor': 'The conversation changed while it was loading. Shallot reloads it.',
  'body-too-long': 'The message is too long. Messages can have at most 2,000 characters.',
  'empty-message': 'Type a message first.',
  'too-many-attachments': 'A message can carry at most 32 attachments.',
  'attachment-not-found': 'An attachment is missing or its upload failed.',
  'contact-blocked': 'You blocked this contact. Unblock them to send messages.',
  'not-a-member': 'You are no longer a member of this group.',
  'request-not-accepted': 'Accept the message request first.',
  'not-failed': 'That message has not failed.',
  'not-deletable-for-everyone': 'That message can only be deleted on this device.',
  'delete-failed': 'The message could not be deleted from the network; nothing was changed. Try again.',
  'not-reactable': 'You cannot react to that message.',
  'reaction-rate-limited': 'Too many reactions in a minute. Wait a little.',
  'clear-incomplete':
    'Some of this device’s data could not be deleted. Close other programs using the data folder and try again.',
} as const satisfies Record<ConversationsCode | MessagesCode | DataCode, string>;
