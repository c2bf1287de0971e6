/** Account, onboarding and app-lock failures a user can meet (AccountError in the core). */
export const ACCOUNT_CODES = [
  /** The data folder holds no account yet. */
  'no-account',
  /** The data folder already holds an account (or one is being created in it). */
  'account-exists',
  /** `onboarding.complete` in create mode without a preceding `onboarding.generate`. */
  'no-pending-seed',
  /** `onboarding.complete` named a Session ID other than the one generated (another tab started over). */
  'onboarding-mismatch',
  /** The action needs the app password and none was given. */
  'password-required',
  /** The action needs an app password and none is set. */
  'no-password',
  /** An app password is set already: change it instead. */
  'password-set',
  /** Too many wrong passwords: wait, then try again. */
  'rate-limited',
  /** A key vault but no database (or one without the account); nothing was deleted. */
  'store-missing',
  /** A database but no key vault to open it; onboarding would orphan it, so it is refused. */
  'key-missing',
] as const;

export type AccountCode = (typeof ACCOUNT_CODES)[number];
