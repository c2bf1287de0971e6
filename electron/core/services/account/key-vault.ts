/**
 * What the account service needs from the store's vaults: where this data dir's database key is
 * kept, and moving it between the password vault and the host's default (keychain or key file).
 * `store-key-vault.ts` implements it over `electron/core/store/vault`.
 */
export type VaultKind = 'keychain' | 'password' | 'keyfile' | 'none';

/** How a key move re-encrypts the open database: `{ rekey: (key) => store.rekey(key) }`. */
export interface RekeyWith {
  readonly rekey: (newKey: Uint8Array) => void | Promise<void>;
}

export interface KeyVault {
  /**
   * What keeps the key now, as this process last saw or made it; 'none' when this data dir had no
   * account. Another process may change the folder meanwhile: checks that guard deletion ask the disk.
   */
  kind(): VaultKind;
  /** Makes a new random database key, keeps it in the default vault, and returns it. */
  create(): Promise<Uint8Array>;
  /** The key from the default vault (keychain or key file). */
  open(): Promise<Uint8Array>;
  /** The key from the password vault; a wrong password throws VaultError('wrong-password'). */
  unlock(password: string): Promise<Uint8Array>;
  /**
   * Moves the key into the password vault under a fresh key: re-keys the open database through
   * `rekey` and destroys the default vault, so no earlier copy of it opens the database.
   */
  protect(password: string, how: RekeyWith): Promise<void>;
  /** Re-wraps the same key under a new password. */
  changePassword(current: string, next: string): Promise<void>;
  /**
   * Moves the key back to the default vault under a fresh key (re-keying through `rekey`); a wrong
   * password throws VaultError('wrong-password') and changes nothing.
   */
  unprotect(password: string, how: RekeyWith): Promise<void>;
  /** Forgets the vault (only for undoing an onboarding that failed half-way). */
  destroy(): Promise<void>;
}
