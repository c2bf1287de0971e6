/**
 * Key vaults: where the database key lives between runs. The DB key is 32 random bytes; a vault
 * keeps it in exactly one of three ways, recorded in `DATA_DIR/vault.json`:
 *
 *  - 'keychain': encrypted by the OS keychain (Electron safeStorage, via a KeychainBackend the host
 *    passes in); the file holds only the opaque blob.
 *  - 'password': wrapped with XChaCha20-Poly1305 under a key derived from the app password by
 *    Argon2id. The password is never stored; a wrong one fails the wrap's MAC. The KDF parameters
 *    and salt are bound into the MAC as associated data, so editing them is detected too.
 *  - 'keyfile': the key in hex, file mode 0600, for headless hosts that chose it explicitly. It is
 *    logged as a warning on every use.
 *
 * Setting or removing the password moves the key to the other vault under a FRESH key and re-keys
 * the database (journal.ts), so no copy of the previous vault.json — a key file in a backup, a
 * keychain blob, a password vault with a leaked password — opens the database afterwards.
 * Changing the password re-wraps the same key: the password is the secret there, and an old copy
 * of the file is useless without the old password. Every write is atomic and crash-safe.
 *
 *   settleVault(dataDir, {keychain?})               start-up: sweep leftovers, finish a move → kind
 *   readVaultKind(dataDir)                          → 'none' | 'keychain' | 'password' | 'keyfile'
 *   createVault(dataDir, {kind, …})                 → new DB key (refuses if a vault exists)
 *   unlockVault(dataDir, {password?, keychain?})    → DB key
 *   changeVaultPassword(dataDir, old, new)          password → password (re-wrap)
 *   setVaultPassword(dataDir, new, {rekey})         keychain | keyfile → password (re-key)
 *   removeVaultPassword(dataDir, password, to, {rekey})   password → keychain | keyfile (re-key)
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { memzero } from '../../crypto/memzero';
import { randomBytes } from '../../crypto/random';
import { ready } from '../../crypto/sodium';
import { silentLogger, type Logger } from '../../log';
import { VaultError } from '../errors';
import { shred, type StepHook } from './disk';
import { DB_KEY_BYTES, readVaultFile, vaultPath, writeVaultAt, type VaultFile } from './file';
import {
  moveKey,
  pendingPath,
  readPending,
  settlePending,
  sweepVaultLeftovers,
  type KeyOf,
  type Rekey,
} from './journal';
import { checkPasswordStrength, DEFAULT_KDF_LIMITS, type KdfLimits } from './kdf';
import type { KeychainBackend } from './keychain';
import {
  targetVault,
  unlockKeychain,
  unwrapWithPassword,
  warnKeyfile,
  wrapWithPassword,
  type PasswordVault,
  type VaultTarget,
} from './kinds';

export type { KeychainBackend } from './keychain';
export type { StepHook, VaultStep } from './disk';
export type { Rekey } from './journal';
export type { VaultTarget } from './kinds';
export { DEFAULT_KDF_LIMITS, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, type KdfLimits } from './kdf';
export { VAULT_FILE_NAME, vaultPath, parseVault } from './file';

export type VaultKind = VaultFile['kind'];

export type CreateVaultOptions =
  VaultTarget | { readonly kind: 'password'; readonly password: string; readonly limits?: KdfLimits };

export interface VaultContext {
  readonly logger?: Logger;
  /** Told after each durable step of a write (crash tests stop there); see disk.ts VaultStep. */
  readonly onStep?: StepHook;
}

export interface MoveOptions extends VaultContext {
  /** Re-encrypts the open database under the new key (`store.rekey`). */
  readonly rekey: Rekey;
}

export interface UnlockOptions {
  readonly logger?: Logger;
  readonly password?: string;
  readonly keychain?: KeychainBackend;
}

function store(dataDir: string, v: VaultFile, ctx: VaultContext): Promise<void> {
  return writeVaultAt(vaultPath(dataDir), v, ctx.onStep);
}

async function requireVault(dataDir: string): Promise<VaultFile> {
  const v = await readVaultFile(dataDir);
  if (!v) throw new VaultError('no-vault', 'This data folder has no key vault yet.');
  return v;
}

/**
 * What keeps the key, as the files say without proving anything: while a move is unfinished
 * (`vault.pending.json` beside vault.json) and either side is the password vault, 'password', since
 * only the password can settle it (see `unlockVault`).
 */
export async function readVaultKind(dataDir: string): Promise<VaultKind | 'none'> {
  const v = await readVaultFile(dataDir);
  if (!v) return 'none';
  const pending = await readPending(dataDir);
  return pending && (pending.kind === 'password' || v.kind === 'password') ? 'password' : v.kind;
}

/**
 * The key of `v` if it can be had now: from a key file, a keychain that answers, or the password
 * when one was given (a wrong one throws 'wrong-password').
 */
function keysAtHand(opts: UnlockOptions, logger: Logger): KeyOf {
  return async (v) => {
    if (v.kind === 'keyfile') return new Uint8Array(v.key);
    if (v.kind === 'keychain') return unlockKeychain(v, opts.keychain).catch(() => undefined);
    if (opts.password === undefined) return undefined;
    logger.debug('trying the app password on an unfinished vault change');
    return unwrapWithPassword(v, opts.password);
  };
}

/**
 * Start-up: destroys what an interrupted vault write left (temp files, a replaced vault), and
 * finishes or rolls back an interrupted move when the keys at hand prove which vault opens the
 * database. Returns the kind now in force ('password' when only the password can tell).
 */
export async function settleVault(dataDir: string, opts: UnlockOptions = {}): Promise<VaultKind | 'none'> {
  const logger = opts.logger ?? silentLogger;
  await sweepVaultLeftovers(dataDir, logger);
  const v = await readVaultFile(dataDir);
  const pending = v && (await readPending(dataDir));
  if (v && pending) {
    const withoutPassword = keysAtHand({ ...opts, password: undefined }, logger);
    (await settlePending(dataDir, v, pending, withoutPassword, { logger }))?.key.fill(0);
  }
  return readVaultKind(dataDir);
}

/** Makes a new random DB key, stores it in a new vault, and returns it. */
export async function createVault(
  dataDir: string,
  opts: CreateVaultOptions,
  ctx: VaultContext = {},
): Promise<Uint8Array> {
  // Any file at the vault's path, even a damaged one, may be the only copy of a key: never overwrite it.
  if (existsSync(vaultPath(dataDir)))
    throw new VaultError('vault-exists', 'This data folder already has a key vault.');
  await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch((e: unknown) => {
    throw new VaultError('io', 'Could not create the data folder.', { cause: e });
  });
  await ready();
  const dbKey = randomBytes(DB_KEY_BYTES);
  const v =
    opts.kind === 'password'
      ? await wrapWithPassword(dbKey, opts.password, opts.limits ?? DEFAULT_KDF_LIMITS)
      : await targetVault(dataDir, dbKey, opts, ctx.logger ?? silentLogger);
  await store(dataDir, v, ctx);
  return dbKey;
}

export async function unlockVault(dataDir: string, opts: UnlockOptions = {}): Promise<Uint8Array> {
  const v = await requireVault(dataDir);
  const logger = opts.logger ?? silentLogger;
  const pending = await readPending(dataDir);
  if (pending) {
    const settled = await settlePending(dataDir, v, pending, keysAtHand(opts, logger), { logger });
    if (settled) return settled.key;
    // Unproven either way (no database, or it is busy): the password's own key, touching nothing.
    const withPassword = [v, pending].find((f) => f.kind === 'password');
    if (withPassword) return unlockOne(dataDir, withPassword, opts);
  }
  return unlockOne(dataDir, v, opts);
}

function unlockOne(dataDir: string, v: VaultFile, opts: UnlockOptions): Promise<Uint8Array> {
  switch (v.kind) {
    case 'keychain':
      return unlockKeychain(v, opts.keychain);
    case 'password':
      if (opts.password === undefined)
        return Promise.reject(new VaultError('wrong-password', 'This vault needs the app password.'));
      return unwrapWithPassword(v, opts.password);
    case 'keyfile':
      warnKeyfile(opts.logger ?? silentLogger, dataDir);
      return Promise.resolve(new Uint8Array(v.key));
  }
}

function requirePasswordVault(v: VaultFile): PasswordVault {
  if (v.kind !== 'password') throw new VaultError('wrong-kind', 'No app password is set.');
  return v;
}

/** Re-wraps the same key under a new password (why not a re-key: see the header). */
export async function changeVaultPassword(
  dataDir: string,
  oldPassword: string,
  newPassword: string,
  opts: { limits?: KdfLimits } & VaultContext = {},
): Promise<void> {
  checkPasswordStrength(newPassword);
  const v = requirePasswordVault(await requireVault(dataDir));
  const dbKey = await unwrapWithPassword(v, oldPassword);
  try {
    await store(dataDir, await wrapWithPassword(dbKey, newPassword, opts.limits ?? DEFAULT_KDF_LIMITS), opts);
  } finally {
    memzero(dbKey);
  }
}

/**
 * From the keychain or a key file to a password, under a fresh key: `rekey` re-encrypts the open
 * database and the old vault is destroyed (journal.ts). The old key is not needed: the database
 * is open with it.
 */
export async function setVaultPassword(
  dataDir: string,
  newPassword: string,
  opts: MoveOptions & { limits?: KdfLimits },
): Promise<void> {
  checkPasswordStrength(newPassword);
  const v = await requireVault(dataDir);
  if (v.kind === 'password')
    throw new VaultError('wrong-kind', 'An app password is already set; change it instead.');
  const limits = opts.limits ?? DEFAULT_KDF_LIMITS;
  await moveKey(dataDir, (key) => wrapWithPassword(key, newPassword, limits), opts.rekey, journal(opts));
}

/**
 * From a password back to the keychain or a key file, under a fresh key (so the password vault,
 * and any copy of it, stops opening the database); needs the current password.
 */
export async function removeVaultPassword(
  dataDir: string,
  password: string,
  to: VaultTarget,
  opts: MoveOptions,
): Promise<void> {
  const v = requirePasswordVault(await requireVault(dataDir));
  memzero(await unwrapWithPassword(v, password));
  const logger = opts.logger ?? silentLogger;
  await moveKey(dataDir, (key) => targetVault(dataDir, key, to, logger), opts.rekey, journal(opts));
}

/** Overwrites and removes the vault (undoing an onboarding that failed half-way). */
export async function destroyVault(dataDir: string): Promise<void> {
  try {
    await shred(pendingPath(dataDir));
    await shred(vaultPath(dataDir));
  } catch (e) {
    throw new VaultError('io', 'Could not remove the vault file.', { cause: e });
  }
}

function journal(opts: VaultContext): { logger: Logger; onStep: StepHook | undefined } {
  return { logger: opts.logger ?? silentLogger, onStep: opts.onStep };
}
