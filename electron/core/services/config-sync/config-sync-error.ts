import { ShallotError } from '../../errors';

/**
 * What config sync refuses or fails with; the codes are the bridge's declared `sync` codes (plus
 * `no-account` and the conversation codes of contact actions), so the dispatcher passes them through unchanged.
 */
export type ConfigSyncErrorCode =
  'no-account' | 'sync-offline' | 'sync-failed' | 'unsupported-for-kind' | 'nickname-too-long';

export class ConfigSyncError extends ShallotError<ConfigSyncErrorCode> {}
