import { ShallotError } from '../../errors';

/**
 * What config sync refuses or fails with; the codes are the bridge's declared `sync` codes (plus
 * `no-account`), so the dispatcher passes them through unchanged.
 */
export type ConfigSyncErrorCode = 'no-account' | 'sync-offline' | 'sync-failed';

export class ConfigSyncError extends ShallotError<ConfigSyncErrorCode> {}
