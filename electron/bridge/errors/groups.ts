/**
 * Domain error codes of the group methods (methods/groups.ts). Each has a message in the locale
 * file; the dispatcher answers only declared codes. Group conversations also answer with the
 * conversation and message codes they share with one-to-one chats (`not-a-member`, …).
 */
export const GROUPS_CODES = [
  /** No group with that id on this device (never joined, declined, left or deleted). */
  'group-not-found',
  /** Only an admin of the group (the holder of its key) may do this. */
  'not-group-admin',
  /** More than 100 members, the creator included (the official apps' limit). */
  'group-too-large',
  /** A group needs a name. */
  'group-name-required',
  /** A group name longer than 100 bytes of UTF-8. */
  'group-name-too-long',
  /** A group description longer than 2,000 bytes of UTF-8. */
  'group-description-too-long',
  /** A member given is not a Session ID (05…). */
  'invalid-member',
  /** None of the members given is in the group (removed already, or never added). */
  'member-not-in-group',
  /** Accept or decline where there is no pending invite. */
  'not-invited',
  /** The last admin cannot leave the group; they may delete it for everyone instead. */
  'last-admin',
  /** Leaving or deleting needs the group's swarm, which could not be reached; nothing changed. */
  'group-unreachable',
] as const;

export type GroupsCode = (typeof GROUPS_CODES)[number];
