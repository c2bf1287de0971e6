/**
 * Key vaults: where the database key lives between runs. The DB key is 32 random bytes made once
 * per data dir; a vault keeps it in exactly one of three ways, recorded in `DATA_DIR/vault.json`:
 *
 *  - 'keychain': encrypted by the OS keychain (Electron safeStorage, via a KeychainBackend the host
 *    passes in); the file holds only the opaque blob.
 *  - 'password': wrapped with XChaCha20-Poly1305 under a key derived from the app password by
 *    Argon2id. The password is never stored; a wrong one fails the wrap's MAC. The KDF parameters
 *    and salt are bound into the MAC as associated data, so editing them is detected too.
 *  - 'keyfile': the key in hex, file mode 0600, for headless hosts that chose it explicitly. It is
 *    logged as a warning on every use.
 *
 * Changing, setting or removing the password re-wraps the SAME key: the database is never
 * re-encrypted. Every change replaces the file atomically.
 *
 *   readVaultKind(dataDir)                          → 'none' | 'keychain' | 'password' | 'keyfile'
 *   createVault(dataDir, {kind, …})                 → new DB key (refuses if a vault exists)
 *   unlockVault(dataDir, {password?, keychain?})    → DB key
 *   changeVaultPassword(dataDir, old, new)          password → password
 *   setVaultPassword(dataDir, new, {keychain?})     keychain | keyfile → password
 *   removeVaultPassword(dataDir, password, to)      password → keychain | keyfile
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { ready, sodium } from '../../crypto/sodium';
import { utf8 } from '../../crypto/bytes';
import { silentLogger, type Logger } from '../../log';
import { VaultError } from '../errors';
import { DB_KEY_BYTES, NONCE_BYTES, readVaultFile, vaultPath, writeVaultFile, type VaultFile } from './file';
import { checkPasswordStrength, DEFAULT_KDF_LIMITS, deriveWrapKey, SALT_BYTES, type KdfLimits } from './kdf';
import type { KeychainBackend } from './keychain';

export type { KeychainBackend } from './keychain';
export { DEFAULT_KDF_LIMITS, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, type KdfLimits } from './kdf';
export { VAULT_FILE_NAME, vaultPath, parseVault } from './file';

export type VaultKind = VaultFile['kind'];

export type VaultTarget =
  { readonly kind: 'keychain'; readonly keychain: KeychainBackend } | { readonly kind: 'keyfile' };

export type CreateVaultOptions =
  VaultTarget | { readonly kind: 'password'; readonly password: string; readonly limits?: KdfLimits };

export interface VaultContext {
  readonly logger?: Logger;
}

export interface UnlockOptions extends VaultContext {
  readonly password?: string;
  readonly keychain?: KeychainBackend;
}

type PasswordVault = Extract<VaultFile, { kind: 'password' }>;

function associatedData(v: Pick<PasswordVault, 'kdf'>): Uint8Array {
  const { alg, opslimit, memlimit, salt } = v.kdf;
  return utf8(`shallot-vault-v1|${alg}|${opslimit}|${memlimit}|${Buffer.from(salt).toString('base64')}`);
}

async function wrapWithPassword(
  dbKey: Uint8Array,
  password: string,
  limits: KdfLimits,
): Promise<PasswordVault> {
  checkPasswordStrength(password);
  await ready();
  const s = sodium();
  const salt = s.randombytes_buf(SALT_BYTES);
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const kdf = { alg: 'argon2id13' as const, salt, ...limits };
  const wrapKey = await deriveWrapKey(password, salt, limits);
  try {
    const wrapped = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
      dbKey,
      associatedData({ kdf }),
      null,
      nonce,
      wrapKey,
    );
    return { version: 1, kind: 'password', kdf, nonce, wrapped };
  } finally {
    s.memzero(wrapKey);
  }
}

async function unwrapWithPassword(v: PasswordVault, password: string): Promise<Uint8Array> {
  const wrapKey = await deriveWrapKey(password, v.kdf.salt, v.kdf);
  const s = sodium();
  let key: Uint8Array;
  try {
    key = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, v.wrapped, associatedData(v), v.nonce, wrapKey);
  } catch {
    // The MAC cannot tell a wrong password from an edited file; a wrong password is far likelier.
    throw new VaultError('wrong-password', 'The password is not correct.');
  } finally {
    s.memzero(wrapKey);
  }
  if (key.length !== DB_KEY_BYTES)
    throw new VaultError('corrupt-vault', 'The vault holds a key of the wrong length.');
  return key;
}

async function keychainVault(dbKey: Uint8Array, keychain: KeychainBackend): Promise<VaultFile> {
  const available = await keychain.isAvailable().catch(() => false);
  if (!available)
    throw new VaultError('keychain-unavailable', "The system keychain can't be used on this computer.");
  let blob: Uint8Array;
  try {
    blob = await keychain.encrypt(dbKey);
  } catch (e) {
    throw new VaultError('keychain-unavailable', 'The system keychain refused to store the key.', {
      cause: e,
    });
  }
  if (blob.length === 0)
    throw new VaultError('keychain-unavailable', 'The system keychain returned nothing.');
  return { version: 1, kind: 'keychain', blob: new Uint8Array(blob) };
}

async function unlockKeychain(
  v: Extract<VaultFile, { kind: 'keychain' }>,
  keychain?: KeychainBackend,
): Promise<Uint8Array> {
  if (!keychain)
    throw new VaultError(
      'keychain-unavailable',
      'This vault needs the system keychain, which was not provided.',
    );
  let key: Uint8Array;
  try {
    key = await keychain.decrypt(v.blob);
  } catch (e) {
    throw new VaultError('keychain-unavailable', 'The system keychain could not unlock the key.', {
      cause: e,
    });
  }
  if (key.length !== DB_KEY_BYTES)
    throw new VaultError('corrupt-vault', 'The keychain returned a key of the wrong length.');
  return new Uint8Array(key);
}

function warnKeyfile(logger: Logger, dataDir: string): void {
  logger.warn('the database key is stored unencrypted in a key file (headless mode)', {
    file: vaultPath(dataDir),
  });
}

async function targetVault(
  dataDir: string,
  dbKey: Uint8Array,
  to: VaultTarget,
  logger: Logger,
): Promise<VaultFile> {
  if (to.kind === 'keychain') return keychainVault(dbKey, to.keychain);
  warnKeyfile(logger, dataDir);
  return { version: 1, kind: 'keyfile', key: new Uint8Array(dbKey) };
}

async function store(dataDir: string, v: VaultFile): Promise<void> {
  await writeVaultFile(dataDir, v);
  // The temp file was created 0600; this guards against a umask or filesystem that ignored it.
  if (v.kind === 'keyfile') await chmod(vaultPath(dataDir), 0o600).catch(() => undefined);
}

async function requireVault(dataDir: string): Promise<VaultFile> {
  const v = await readVaultFile(dataDir);
  if (!v) throw new VaultError('no-vault', 'This data folder has no key vault yet.');
  return v;
}

export async function readVaultKind(dataDir: string): Promise<VaultKind | 'none'> {
  return (await readVaultFile(dataDir))?.kind ?? 'none';
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
  const dbKey = sodium().randombytes_buf(DB_KEY_BYTES);
  const v =
    opts.kind === 'password'
      ? await wrapWithPassword(dbKey, opts.password, opts.limits ?? DEFAULT_KDF_LIMITS)
      : await targetVault(dataDir, dbKey, opts, ctx.logger ?? silentLogger);
  await store(dataDir, v);
  return dbKey;
}

export async function unlockVault(dataDir: string, opts: UnlockOptions = {}): Promise<Uint8Array> {
  const v = await requireVault(dataDir);
  switch (v.kind) {
    case 'keychain':
      return unlockKeychain(v, opts.keychain);
    case 'password':
      if (opts.password === undefined)
        throw new VaultError('wrong-password', 'This vault needs the app password.');
      return unwrapWithPassword(v, opts.password);
    case 'keyfile':
      warnKeyfile(opts.logger ?? silentLogger, dataDir);
      return new Uint8Array(v.key);
  }
}

function requirePasswordVault(v: VaultFile): PasswordVault {
  if (v.kind !== 'password') throw new VaultError('wrong-kind', 'No app password is set.');
  return v;
}

export async function changeVaultPassword(
  dataDir: string,
  oldPassword: string,
  newPassword: string,
  opts: { limits?: KdfLimits } = {},
): Promise<void> {
  checkPasswordStrength(newPassword);
  const v = requirePasswordVault(await requireVault(dataDir));
  const dbKey = await unwrapWithPassword(v, oldPassword);
  try {
    await store(dataDir, await wrapWithPassword(dbKey, newPassword, opts.limits ?? DEFAULT_KDF_LIMITS));
  } finally {
    sodium().memzero(dbKey);
  }
}

/** From the keychain or a key file to a password. The keychain vault needs its backend to read the key. */
export async function setVaultPassword(
  dataDir: string,
  newPassword: string,
  opts: { keychain?: KeychainBackend; limits?: KdfLimits; logger?: Logger } = {},
): Promise<void> {
  checkPasswordStrength(newPassword);
  const v = await requireVault(dataDir);
  if (v.kind === 'password')
    throw new VaultError('wrong-kind', 'An app password is already set; change it instead.');
  const dbKey = v.kind === 'keychain' ? await unlockKeychain(v, opts.keychain) : new Uint8Array(v.key);
  try {
    await store(dataDir, await wrapWithPassword(dbKey, newPassword, opts.limits ?? DEFAULT_KDF_LIMITS));
  } finally {
    sodium().memzero(dbKey);
  }
}

/** From a password back to the keychain or a key file; needs the current password. */
export async function removeVaultPassword(
  dataDir: string,
  password: string,
  to: VaultTarget,
  ctx: VaultContext = {},
): Promise<void> {
  const v = requirePasswordVault(await requireVault(dataDir));
  const dbKey = await unwrapWithPassword(v, password);
  try {
    await store(dataDir, await targetVault(dataDir, dbKey, to, ctx.logger ?? silentLogger));
  } finally {
    sodium().memzero(dbKey);
  }
}
