/**
 * The way out for a forgotten app password, and "Log out / clear data" (issue 16): deletes this
 * device's copy of the account — database, key vault, attachments — and leaves the data folder as
 * a fresh install, so the user can restore from the recovery phrase. Nothing on the network is
 * touched (the swarm keeps the messages it holds until their TTL), so restoring finds them again.
 * The core's account service answers it (services/account/clear-data.ts).
 */
import { z } from 'zod';
import type { DataCode } from '../errors/data';
import type { StoreCode } from '../errors/store';
import type { VaultCode } from '../errors/vault';
import { AccountState } from './account';

/**
 * The parameter a caller must send word for word. The renderer sends it only after the user has
 * typed the confirmation word it shows; the CLI after `--yes`. A stray or replayed call with
 * other parameters is refused as `invalid-params` and deletes nothing.
 */
export const CLEAR_DATA_CONFIRMATION = 'clear-this-device';

/** Closing the store, shredding the vault and deleting attachments can take a while on a slow disk. */
const CLEAR_TIMEOUT_MS = 60_000;

const CLEAR_ERRORS = ['clear-incomplete', 'db-busy', 'db-io', 'vault-io'] as const satisfies readonly (
  DataCode | StoreCode | VaultCode
)[];

export const dataMethods = {
  'account.clearData': {
    params: z.strictObject({ confirm: z.literal(CLEAR_DATA_CONFIRMATION) }),
    /** `no-account` once done: the app shows onboarding (welcome or restore). */
    result: AccountState,
    timeoutMs: CLEAR_TIMEOUT_MS,
    errors: CLEAR_ERRORS,
    /** The lock screen offers it to someone who forgot the password: it must answer while locked. */
    whileLocked: true,
  },
} as const;
