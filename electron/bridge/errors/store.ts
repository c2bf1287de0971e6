/**
 * Failures of the encrypted database a user can meet (StoreError in the core). Programming errors
 * of the store (a broken constraint, a bad query, a missing row) are not declared: they answer
 * `internal` and are logged.
 */
export const STORE_CODES = [
  /** Another process (a second Shallot) holds the database. */
  'db-busy',
  /** The disk refused a read or write (full, read-only, permissions). */
  'db-io',
  /** The database file is damaged. */
  'db-corrupt',
  /** The key does not open the database (or the file is not a Shallot database). */
  'db-wrong-key',
  /** The database was written by a newer Shallot; it is left untouched. */
  'db-newer-schema',
  /** A schema upgrade failed and was rolled back. */
  'db-migration-failed',
  /** The database closed (the account locked) while the call ran. */
  'db-closed',
] as const;

export type StoreCode = (typeof STORE_CODES)[number];

/** What any call that reads or writes the open store may meet. */
export const STORE_USE = [
  'db-busy',
  'db-io',
  'db-corrupt',
  'db-closed',
] as const satisfies readonly StoreCode[];

/** What opening the store (unlock, onboarding) may meet on top of using it. */
export const STORE_OPEN = [
  ...STORE_USE,
  'db-wrong-key',
  'db-newer-schema',
  'db-migration-failed',
] as const satisfies readonly StoreCode[];
