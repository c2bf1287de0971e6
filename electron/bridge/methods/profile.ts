/**
 * Our own profile as the UserProfile config keeps it (issue 12). The display name is changed with
 * `profile.setDisplayName` (methods/account.ts), which also answers the account's state.
 */
import { z } from 'zod';
import type { AccountCode } from '../errors/account';
import type { MethodSpec } from '../contract';
import { SessionIdText } from './conversations';

const SESSION = ['no-account'] as const satisfies readonly AccountCode[];

export const ProfileView = z.object({
  sessionId: SessionIdText,
  /** Null until the account has one (a restore whose network had none). */
  name: z.string().max(256).nullable(),
  /** Where our avatar is on the file server, when we have one (the picture itself is fetched apart). */
  avatarUrl: z.string().max(512).nullable(),
  noteToSelf: z.object({ pinned: z.boolean(), hidden: z.boolean() }),
});

export const profileMethods = {
  'profile.get': { params: z.strictObject({}), result: ProfileView, errors: [...SESSION], passive: true },
} as const satisfies Record<string, MethodSpec>;

export type ProfileView = z.output<typeof ProfileView>;
