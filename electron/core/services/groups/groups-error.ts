import { ShallotError } from '../../errors';

/**
 * What a group action refuses with: the bridge's `groups` codes (electron/bridge/errors/groups.ts)
 * and the messaging codes a group conversation shares with one-to-one chats, so the dispatcher
 * passes them through unchanged.
 */
export type GroupsErrorCode =
  | 'no-account'
  | 'group-not-found'
  | 'not-group-admin'
  | 'group-too-large'
  | 'group-name-required'
  | 'group-name-too-long'
  | 'group-description-too-long'
  | 'invalid-member'
  | 'member-not-in-group'
  | 'not-invited'
  | 'last-admin'
  | 'group-unreachable'
  | 'not-a-member'
  | 'unsupported-timer'
  | 'message-not-found'
  | 'body-too-long'
  | 'empty-message'
  | 'not-failed'
  | 'not-reactable'
  | 'reaction-rate-limited'
  | 'not-deletable-for-everyone'
  | 'delete-failed'
  | 'still-a-member';

export class GroupsError extends ShallotError<GroupsErrorCode> {}
