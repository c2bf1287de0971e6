/**
 * Domain error codes of config sync (methods/sync.ts, and the commands that push what they
 * changed). Each has a message in the locale file.
 */
export const SYNC_CODES = [
  /** Shallot runs without a network (`--network offline`): there is no swarm to sync with. */
  'sync-offline',
  /** The own swarm could not be polled, or the configs could not be stored there; nothing is lost. */
  'sync-failed',
] as const;

export type SyncCode = (typeof SYNC_CODES)[number];
