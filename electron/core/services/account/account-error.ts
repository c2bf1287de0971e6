import { ShallotError } from '../../errors';

export type AccountErrorCode =
  | 'no-account'
  | 'account-exists'
  | 'no-pending-seed'
  /** `onboarding.complete` named an account that this core did not generate (or no longer holds). */
  | 'onboarding-mismatch'
  | 'locked'
  | 'password-required'
  | 'no-password'
  | 'password-set'
  | 'rate-limited'
  /** A key vault but no database (or one without the account): nothing is deleted, the user must act. */
  | 'store-missing'
  /** A database but no key vault to open it: onboarding would orphan it, so it is refused. */
  | 'key-missing';

/**
 * Account and app-lock failures a user can meet; wrong and too-weak passwords come from the
 * vault's own error (VaultError 'wrong-password' / 'weak-password').
 */
export class AccountError extends ShallotError<AccountErrorCode> {}
