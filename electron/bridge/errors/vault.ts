/** Failures of the key vault that keeps the database key (VaultError in the core). */
export const VAULT_CODES = [
  /** The app password does not unwrap the key. */
  'wrong-password',
  /** The new password breaks the strength rule (length in code points). */
  'weak-password',
  /** The data folder has no key vault yet. */
  'no-vault',
  /** The data folder already has a key vault. */
  'vault-exists',
  /** The vault file is damaged or asks for parameters this build refuses. */
  'corrupt-vault',
  /** The OS keychain is missing or refused. */
  'keychain-unavailable',
  /** The vault is of another kind than the action needs (e.g. no password vault). */
  'vault-wrong-kind',
  /** The vault file could not be read or written (the disk's fault). */
  'vault-io',
] as const;

export type VaultCode = (typeof VAULT_CODES)[number];
