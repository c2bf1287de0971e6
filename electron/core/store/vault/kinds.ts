/**
 * How each kind of vault holds the database key: wrapped under a password (Argon2id +
 * XChaCha20-Poly1305), sealed by the OS keychain, or in plain hex (a key file).
 */
import { xchachaDecrypt, xchachaEncrypt } from '../../crypto/aead';
import { memzero } from '../../crypto/memzero';
import { randomBytes } from '../../crypto/random';
import { utf8 } from '../../crypto/bytes';
import type { Logger } from '../../log';
import { VaultError } from '../errors';
import { DB_KEY_BYTES, NONCE_BYTES, vaultPath, type VaultFile } from './file';
import { checkPasswordStrength, deriveWrapKey, SALT_BYTES, type KdfLimits } from './kdf';
import type { KeychainBackend } from './keychain';

export type VaultTarget =
  { readonly kind: 'keychain'; readonly keychain: KeychainBackend } | { readonly kind: 'keyfile' };

export type PasswordVault = Extract<VaultFile, { kind: 'password' }>;

function associatedData(v: Pick<PasswordVault, 'kdf'>): Uint8Array {
  const { alg, opslimit, memlimit, salt } = v.kdf;
  return utf8(`shallot-vault-v1|${alg}|${opslimit}|${memlimit}|${Buffer.from(salt).toString('base64')}`);
}

export async function wrapWithPassword(
  dbKey: Uint8Array,
  password: string,
  limits: KdfLimits,
): Promise<PasswordVault> {
  checkPasswordStrength(password);
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const kdf = { alg: 'argon2id13' as const, salt, ...limits };
  const wrapKey = await deriveWrapKey(password, salt, limits);
  try {
    const wrapped = xchachaEncrypt(wrapKey, nonce, dbKey, associatedData({ kdf }));
    return { version: 1, kind: 'password', kdf, nonce, wrapped };
  } finally {
    memzero(wrapKey);
  }
}

export async function unwrapWithPassword(v: PasswordVault, password: string): Promise<Uint8Array> {
  const wrapKey = await deriveWrapKey(password, v.kdf.salt, v.kdf);
  let key: Uint8Array | undefined;
  try {
    key = xchachaDecrypt(wrapKey, v.nonce, v.wrapped, associatedData(v));
  } catch {
    key = undefined;
  } finally {
    memzero(wrapKey);
  }
  // The MAC cannot tell a wrong password from an edited file; a wrong password is far likelier.
  if (!key) throw new VaultError('wrong-password', 'The password is not correct.');
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

export async function unlockKeychain(
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

export function warnKeyfile(logger: Logger, dataDir: string): void {
  logger.warn('the database key is stored unencrypted in a key file (headless mode)', {
    file: vaultPath(dataDir),
  });
}

export async function targetVault(
  dataDir: string,
  dbKey: Uint8Array,
  to: VaultTarget,
  logger: Logger,
): Promise<VaultFile> {
  if (to.kind === 'keychain') return keychainVault(dbKey, to.keychain);
  warnKeyfile(logger, dataDir);
  return { version: 1, kind: 'keyfile', key: new Uint8Array(dbKey) };
}
