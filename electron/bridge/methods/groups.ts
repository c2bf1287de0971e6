/**
 * Closed groups (issue 13): create, read, rename and describe, add, remove and promote members,
 * the disappearing timer, leave, delete for everyone, and invites. A group's messages are the
 * conversation methods' (its conversation id is the group id); these are what a group has beyond
 * them. Views only: no key, no grant, no hash crosses the bridge.
 */
import { z } from 'zod';
import type { MethodSpec } from '../contract';
import type { AccountCode } from '../errors/account';
import type { ConversationsCode } from '../errors/conversations';
import type { GroupsCode } from '../errors/groups';
import type { MessagesCode } from '../errors/messages';
import { DisappearingSetting, SessionIdText, Time } from './conversations';

const SESSION = ['no-account'] as const satisfies readonly AccountCode[];
/** Leaving and deleting wait for the group's swarm (an onion round trip, maybe retried). */
const SWARM_TIMEOUT_MS = 45_000;
/** The official apps' limit: 100 members, the creator included. */
export const MAX_GROUP_MEMBERS = 100;

export const GroupIdText = z
  .string()
  .length(66)
  .regex(/^03[0-9a-f]{64}$/);
const GroupName = z.string().max(100);
/** 2,000 bytes of UTF-8 at most, checked by the core (`group-description-too-long`). */
const Description = z.string().max(2_000);
const Members = z.array(SessionIdText).min(1).max(MAX_GROUP_MEMBERS);

/**
 * Where a member stands: invited (the invite not sent yet, being sent, sent, failed), a member who
 * accepted, being promoted (the same steps), an admin, or being removed.
 */
export const MemberStatus = z.enum([
  'invite-not-sent',
  'invite-sending',
  'invite-sent',
  'invite-failed',
  'member',
  'promotion-not-sent',
  'promotion-sending',
  'promotion-sent',
  'promotion-failed',
  'admin',
  'removing',
]);

export const GroupMemberView = z.object({
  id: SessionIdText,
  /** nickname > the name Members gives > shortened ID. */
  displayName: z.string().max(100),
  admin: z.boolean(),
  status: MemberStatus,
  you: z.boolean(),
});

export const GroupView = z.object({
  id: GroupIdText,
  name: GroupName,
  description: Description.nullable(),
  /** `invited`: an invite not accepted; `kicked`: an admin removed us; `destroyed`: deleted by an admin. */
  state: z.enum(['invited', 'joined', 'kicked', 'destroyed']),
  /** We hold the group's key: we may change it. */
  admin: z.boolean(),
  invitedBy: z.object({ id: SessionIdText, displayName: z.string().max(100) }).nullable(),
  memberCount: z.number().int().nonnegative(),
  /** Admins first, then by name; at most 100. */
  members: z.array(GroupMemberView).max(MAX_GROUP_MEMBERS),
  disappearing: DisappearingSetting,
  createdAt: Time.nullable(),
});

const ById = z.strictObject({ groupId: GroupIdText });
const Empty = z.object({});
const notFound = ['group-not-found'] as const satisfies readonly GroupsCode[];
const adminOnly = [...notFound, 'not-group-admin', 'not-a-member'] as const satisfies readonly (
  GroupsCode | MessagesCode
)[];
const memberChange = [...adminOnly, 'invalid-member', 'member-not-in-group'] as const satisfies readonly (
  GroupsCode | MessagesCode
)[];

export const groupMethods = {
  'groups.list': {
    params: Empty,
    result: z.object({ groups: z.array(GroupView).max(500) }),
    errors: [...SESSION],
    passive: true,
  },
  'groups.get': { params: ById, result: GroupView, errors: [...SESSION, ...notFound], passive: true },
  'groups.create': {
    params: z.strictObject({
      name: GroupName,
      description: Description.optional(),
      members: z.array(SessionIdText).max(MAX_GROUP_MEMBERS - 1),
    }),
    result: GroupView,
    errors: [
      ...SESSION,
      'group-name-required',
      'group-name-too-long',
      'group-description-too-long',
      'group-too-large',
      'invalid-member',
    ],
  },
  'groups.setInfo': {
    params: z.strictObject({
      groupId: GroupIdText,
      name: GroupName.optional(),
      description: Description.optional(),
    }),
    result: GroupView,
    errors: [
      ...SESSION,
      ...adminOnly,
      'group-name-required',
      'group-name-too-long',
      'group-description-too-long',
    ],
  },
  'groups.addMembers': {
    params: z.strictObject({
      groupId: GroupIdText,
      members: Members,
      /** Also give them every current key, so they read the messages sent before (desktop: off). */
      shareHistory: z.boolean().default(false),
    }),
    result: GroupView,
    errors: [...SESSION, ...memberChange, 'group-too-large'],
  },
  'groups.removeMembers': {
    params: z.strictObject({
      groupId: GroupIdText,
      members: Members,
      /** Also delete, for everyone, the messages they sent. */
      deleteMessages: z.boolean().default(false),
    }),
    result: GroupView,
    errors: [...SESSION, ...memberChange],
  },
  'groups.promote': {
    params: z.strictObject({ groupId: GroupIdText, members: Members }),
    result: GroupView,
    errors: [...SESSION, ...memberChange],
  },
  'groups.setDisappearing': {
    params: z.strictObject({ groupId: GroupIdText, setting: DisappearingSetting }),
    result: GroupView,
    errors: [...SESSION, ...adminOnly, 'unsupported-timer' satisfies ConversationsCode],
  },
  'groups.leave': {
    params: ById,
    result: Empty,
    timeoutMs: SWARM_TIMEOUT_MS,
    errors: [...SESSION, ...notFound, 'last-admin', 'group-unreachable'],
  },
  'groups.delete': {
    params: ById,
    result: Empty,
    timeoutMs: SWARM_TIMEOUT_MS,
    errors: [...SESSION, ...adminOnly, 'group-unreachable'],
  },
  'groups.acceptInvite': {
    params: ById,
    result: GroupView,
    errors: [...SESSION, ...notFound, 'not-invited'],
  },
  'groups.declineInvite': { params: ById, result: Empty, errors: [...SESSION, ...notFound, 'not-invited'] },
} as const satisfies Record<string, MethodSpec>;

export const groupEvents = {
  /** A group's info, members or state changed; `group` is null once it is gone from this device. */
  'groups.changed': z.object({ groupId: GroupIdText, group: GroupView.nullable() }),
} as const;

export type GroupView = z.output<typeof GroupView>;
export type GroupMemberView = z.output<typeof GroupMemberView>;
export type MemberStatus = z.output<typeof MemberStatus>;
