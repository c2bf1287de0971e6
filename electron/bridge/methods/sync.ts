/**
 * Config sync on demand, and the progress of a restore's first fetch (issue 12). Sync runs by itself
 * (every poll merges, every change pushes); `sync.now` is for a command line that must know its
 * change reached the swarm before it returns.
 */
import { z } from 'zod';
import type { AccountCode } from '../errors/account';
import type { SyncCode } from '../errors/sync';
import type { MethodSpec } from '../contract';

const SESSION = ['no-account'] as const satisfies readonly AccountCode[];
/** A poll round and a push, each through onion paths (and the path build, right after start). */
const SYNC_TIMEOUT_MS = 60_000;
const Namespace = z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const SyncProgress = z.object({
  phase: z.enum(['connecting', 'fetching', 'applying', 'done', 'timed-out', 'offline']),
  /** Config messages merged so far. */
  merged: z.number().int().nonnegative(),
  contacts: z.number().int().nonnegative(),
  conversations: z.number().int().nonnegative(),
});

export const syncMethods = {
  'sync.now': {
    params: z.strictObject({}),
    result: z.object({
      /** The config namespaces whose changes were stored and confirmed (2 profile … 5 groups). */
      pushed: z.array(Namespace).max(4),
    }),
    timeoutMs: SYNC_TIMEOUT_MS,
    errors: [...SESSION, 'sync-offline', 'sync-failed'] satisfies (AccountCode | SyncCode)[],
  },
} as const satisfies Record<string, MethodSpec>;

export const syncEvents = {
  /** How a restore's first fetch of the account's configs is going (onboarding shows it). */
  'sync.progress': SyncProgress,
} as const;

export type SyncProgress = z.output<typeof SyncProgress>;
