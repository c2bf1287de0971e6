/** Limits and identities a storage server advertises (session-storage-server values). */
export const STORAGE_SERVER_VERSION: readonly [number, number, number] = [2, 11, 0];
export const HARDFORK: readonly [number, number] = [21, 0];

export const SECOND = 1000;
export const DAY = 86_400_000;

export const TTL_MINIMUM = 10 * SECOND;
export const TTL_MAXIMUM = 14 * DAY;
export const TTL_MAXIMUM_PRIVATE = 30 * DAY;
/** store: `timestamp` may be this far ahead of us and `expiry` this far behind. */
export const STORE_TOLERANCE = 10 * SECOND;
export const SIGNATURE_TOLERANCE = 60 * SECOND;
export const SIGNATURE_TOLERANCE_FORWARDED = 70 * SECOND;

export const MAX_MESSAGE_BODY = 76_800;
export const RETRIEVE_MAX_SIZE = 7_800_000;
export const BATCH_REQUEST_MAX = 20;
export const MAX_SUBACCOUNT_TOKENS = 50;
export const SUBACCOUNT_TOKEN_LENGTH = 36;
export const NAMESPACE_MIN = -32768;
export const NAMESPACE_MAX = 32767;
/** Bodies above this are refused before parsing (HTTP 413). */
export const MAX_REQUEST_BODY = 10 * 1024 * 1024;

export const INVALID_SWARM_ID = (1n << 64n) - 1n;

export function isPublicInbox(ns: number): boolean {
  return ns % 10 === 0;
}

export function isPublicOutbox(ns: number): boolean {
  return ns < 0 && -ns % 20 === 1;
}

export function isNoAuthRetrieve(ns: number): boolean {
  return ns === -10 || isPublicOutbox(ns);
}

export function isUnrevocable(ns: number): boolean {
  return ns < 0 && -ns % 100 === 11;
}

export const ACCESS_READ = 1;
export const ACCESS_WRITE = 2;
export const ACCESS_DELETE = 4;
export const ACCESS_ANY_PREFIX = 8;
