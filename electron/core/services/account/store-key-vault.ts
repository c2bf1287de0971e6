/**
 * The account service's KeyVault over the store's vaults (electron/core/store/vault). The vault
 * file's kind is read once at start and then tracked through every change made here, so the
 * service can ask for it synchronously (the lock gate asks on every call).
 */
import type { Logger } from '../../log';
import {
  changeVaultPassword,
  createVault,
  destroyVault,
  readVaultKind,
  removeVaultPassword,
  setVaultPassword,
  settleVault,
  unlockVault,
  type KeychainBackend,
  type KdfLimits,
  type StepHook,
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
  /** Told after each durable step of a vault write (crash tests stop a child process there). */
  onStep?: StepHook;
};

/**
 * Starts by settling the data dir (`settleVault`): leftovers of an interrupted write are destroyed
 * and an interrupted key move is finished or rolled back where the keys at hand prove which way.
 */
export async function createStoreKeyVault(opts: StoreKeyVaultOptions): Promise<KeyVault> {
  const { dataDir, keychain, logger } = opts;
  const target: VaultTarget = keychain ? { kind: 'keychain', keychain } : { kind: 'keyfile' };
  const limits = opts.kdfLimits ? { limits: opts.kdfLimits } : {};
  const ctx = { logger, ...(opts.onStep ? { onStep: opts.onStep } : {}) };
  const withKeychain = keychain ? { keychain } : {};
  let current: VaultKind = await settleVault(dataDir, { logger, ...withKeychain });

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
    create: () => withFallback((t) => createVault(dataDir, t, ctx)),
    open: () => unlockVault(dataDir, { logger, ...withKeychain }),
    async unlock(password) {
      const key = await unlockVault(dataDir, { password, logger, ...withKeychain });
      // Unlocking may have finished an interrupted move (to a key file, say).
      current = await readVaultKind(dataDir);
      return key;
    },
    async protect(password, { rekey }) {
      await setVaultPassword(dataDir, password, { ...ctx, ...limits, rekey });
      current = 'password';
    },
    changePassword: (oldPassword, newPassword) =>
      changeVaultPassword(dataDir, oldPassword, newPassword, { ...ctx, ...limits }),
    unprotect: (password, { rekey }) =>
      withFallback((t) => removeVaultPassword(dataDir, password, t, { ...ctx, rekey })),
    async destroy() {
      await destroyVault(dataDir);
      current = 'none';
    },
  };
}
