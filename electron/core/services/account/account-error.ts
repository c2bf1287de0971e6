import { ShallotError } from '../../errors';

export type AccountErrorCode =
  | 'no-account'
  | 'account-exists'
  | 'no-pending-seed'
  | 'locked'
  | 'password-required'
  | 'password-too-short'
  | 'no-password'
  | 'password-set'
  | 'rate-limited';

/** Account and app-lock failures a user can meet; wrong passwords come from the vault's own error. */
export class AccountError extends ShallotError<AccountErrorCode> {}
