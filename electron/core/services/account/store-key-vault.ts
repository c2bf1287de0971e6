/**
 * The account service's KeyVault over the store's vaults (electron/core/store/vault). The vault
 * file's kind is read once at start and then tracked through every change made here, so the
 * service can ask for it synchronously (the lock gate asks on every call).
 */
import { rm } from 'node:fs/promises';
import type { Logger } from '../../log';
import {
  changeVaultPassword,
  createVault,
  readVaultKind,
  removeVaultPassword,
  setVaultPassword,
  unlockVault,
  vaultPath,
  type KeychainBackend,
  type KdfLimits,
  type VaultTarget,
} from '../../store/vault';
import { VaultError } from '../../store';
import type { KeyVault, VaultKind } from './key-vault';

export type { KeychainBackend } from '../../store/vault';

export type StoreKeyVaultOptions = {
  dataDir: string;
  /** With a keychain, keys live there by default; without one, in a plain key file. */
  keychain?: KeychainBackend | undefined;
  logger: Logger;
  /** Argon2id cost for new password wraps (tests lower it); the store's default otherwise. */
  kdfLimits?: KdfLimits;
};

export async function createStoreKeyVault(opts: StoreKeyVaultOptions): Promise<KeyVault> {
  const { dataDir, keychain, logger } = opts;
  const target: VaultTarget = keychain ? { kind: 'keychain', keychain } : { kind: 'keyfile' };
  const limits = opts.kdfLimits ? { limits: opts.kdfLimits } : {};
  let current: VaultKind = await readVaultKind(dataDir);

  /**
   * Runs `op` against the keychain, or the key file when there is none. A keychain that exists
   * but cannot be used (Linux without a secret service) also falls back to the key file, loudly:
   * refusing would leave the user without an account at all.
   */
  const withFallback = async <T>(op: (t: VaultTarget) => Promise<T>): Promise<T> => {
    try {
      const result = await op(target);
      current = target.kind;
      return result;
    } catch (e) {
      if (!(target.kind === 'keychain' && e instanceof VaultError && e.code === 'keychain-unavailable'))
        throw e;
      logger.warn('the OS keychain is unavailable: keeping the database key in a key file');
      const result = await op({ kind: 'keyfile' });
      current = 'keyfile';
      return result;
    }
  };

  return {
    kind: () => current,
    create: () => withFallback((t) => createVault(dataDir, t, { logger })),
    open: () => unlockVault(dataDir, { logger, ...(keychain ? { keychain } : {}) }),
    unlock: (password) => unlockVault(dataDir, { password, logger }),
    async protect(password) {
      await setVaultPassword(dataDir, password, { logger, ...limits, ...(keychain ? { keychain } : {}) });
      current = 'password';
    },
    changePassword: (oldPassword, newPassword) =>
      changeVaultPassword(dataDir, oldPassword, newPassword, limits),
    unprotect: (password) => withFallback((t) => removeVaultPassword(dataDir, password, t, { logger })),
    async destroy() {
      await rm(vaultPath(dataDir), { force: true });
      current = 'none';
    },
  };
}
