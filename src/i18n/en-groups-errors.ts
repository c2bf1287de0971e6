import type { GroupsCode } from '../../electron/bridge/errors/groups';

/** Words for the group codes; en.ts merges them into errorMessages. */
export const groupsErrorMessages = {
  'group-not-found': 'That group is not on this device any more.',
  'not-group-admin': 'Only an admin of the group can do that.',
  'group-too-large': 'A group can have at most 100 members.',
  'group-name-required': 'Give the group a name.',
  'group-name-too-long': 'That group name is too long. Use at most 100 characters.',
  'group-description-too-long': 'That description is too long. Use at most 2,000 characters.',
  'invalid-member': 'One of the members is not a Session ID.',
  'member-not-in-group': 'They are not a member of this group.',
  'not-invited': 'There is no invitation to that group any more.',
  'last-admin': 'You are the only admin: delete the group instead, or make someone else an admin first.',
  'group-unreachable': 'The group could not be reached; nothing was changed. Try again.',
} as const satisfies Record<GroupsCode, string>;
