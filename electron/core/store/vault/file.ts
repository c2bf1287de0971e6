import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tryFromBase64, tryFromHex, toBase64, toHex } from '../../crypto/bytes';
import { VaultError } from '../errors';
import { writeAtomic, type StepHook } from './disk';
import { validLimits, SALT_BYTES, type KdfLimits } from './kdf';

/**
 * `DATA_DIR/vault.json`, one per data dir. Shapes (version 1):
 *   {"version":1,"kind":"keychain","blob":"<base64 from KeychainBackend.encrypt>"}
 *   {"version":1,"kind":"password","kdf":{"alg":"argon2id13","opslimit":3,"memlimit":134217728,
 *      "salt":"<base64, 16 bytes>"},"nonce":"<base64, 24 bytes>","wrapped":"<base64, 32+16 bytes>"}
 *   {"version":1,"kind":"keyfile","key":"<64 hex>"}            (file mode 0600, headless only)
 */
export const VAULT_FILE_NAME = 'vault.json';
export const VAULT_VERSION = 1;
/** A vault file is a few hundred bytes; anything far larger is not ours. */
export const MAX_VAULT_FILE_BYTES = 64 * 1024;

export const NONCE_BYTES = 24;
export const DB_KEY_BYTES = 32;

export type VaultFile =
  | { readonly version: 1; readonly kind: 'keychain'; readonly blob: Uint8Array }
  | {
      readonly version: 1;
      readonly kind: 'password';
      readonly kdf: { readonly alg: 'argon2id13'; readonly salt: Uint8Array } & KdfLimits;
      readonly nonce: Uint8Array;
      readonly wrapped: Uint8Array;
    }
  | { readonly version: 1; readonly kind: 'keyfile'; readonly key: Uint8Array };

export function vaultPath(dataDir: string): string {
  return join(dataDir, VAULT_FILE_NAME);
}

function corrupt(why: string): VaultError {
  return new VaultError('corrupt-vault', `The vault file is damaged: ${why}.`);
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw corrupt(`${what} is not an object`);
  return v as Record<string, unknown>;
}

function b64(v: unknown, what: string, length?: number, maxLength = 4096): Uint8Array {
  if (typeof v !== 'string' || v.length > maxLength) throw corrupt(`${what} is not base64`);
  const out = tryFromBase64(v);
  if (!out) throw corrupt(`${what} is not base64`);
  if (length !== undefined && out.length !== length) throw corrupt(`${what} has the wrong length`);
  return out;
}

/** Parses the file's bytes; throws only VaultError('corrupt-vault'). */
export function parseVault(bytes: Uint8Array): VaultFile {
  if (bytes.length > MAX_VAULT_FILE_BYTES) throw corrupt('it is too large');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw corrupt('it is not JSON');
  }
  const o = obj(json, 'the file');
  if (o['version'] !== VAULT_VERSION) throw corrupt('unknown version');
  switch (o['kind']) {
    case 'keychain': {
      const blob = b64(o['blob'], 'the keychain blob');
      if (blob.length === 0) throw corrupt('the keychain blob is empty');
      return { version: 1, kind: 'keychain', blob };
    }
    case 'password': {
      const kdf = obj(o['kdf'], 'kdf');
      if (kdf['alg'] !== 'argon2id13') throw corrupt('unknown key-derivation algorithm');
      const limits = { opslimit: kdf['opslimit'], memlimit: kdf['memlimit'] };
      if (typeof limits.opslimit !== 'number' || typeof limits.memlimit !== 'number')
        throw corrupt('bad kdf limits');
      const checked = { opslimit: limits.opslimit, memlimit: limits.memlimit };
      if (!validLimits(checked)) throw corrupt('kdf limits out of range');
      return {
        version: 1,
        kind: 'password',
        kdf: { alg: 'argon2id13', salt: b64(kdf['salt'], 'the salt', SALT_BYTES), ...checked },
        nonce: b64(o['nonce'], 'the nonce', NONCE_BYTES),
        wrapped: b64(o['wrapped'], 'the wrapped key', DB_KEY_BYTES + 16),
      };
    }
    case 'keyfile': {
      const hex = o['key'];
      const key = typeof hex === 'string' && hex.length === 2 * DB_KEY_BYTES ? tryFromHex(hex) : undefined;
      if (!key) throw corrupt('the key is not 64 hex characters');
      return { version: 1, kind: 'keyfile', key };
    }
    default:
      throw corrupt('unknown kind');
  }
}

export function serializeVault(v: VaultFile): string {
  switch (v.kind) {
    case 'keychain':
      return JSON.stringify({ version: v.version, kind: v.kind, blob: toBase64(v.blob) });
    case 'password':
      return JSON.stringify({
        version: v.version,
        kind: v.kind,
        kdf: {
          alg: v.kdf.alg,
          opslimit: v.kdf.opslimit,
          memlimit: v.kdf.memlimit,
          salt: toBase64(v.kdf.salt),
        },
        nonce: toBase64(v.nonce),
        wrapped: toBase64(v.wrapped),
      });
    case 'keyfile':
      return JSON.stringify({ version: v.version, kind: v.kind, key: toHex(v.key) });
  }
}

/** Reads the vault file at `path` (the vault or a pending one), or undefined when there is none. */
export async function readVaultAt(path: string): Promise<VaultFile | undefined> {
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw corrupt('it is not a regular file');
    if (st.size > MAX_VAULT_FILE_BYTES) throw corrupt('it is too large');
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof VaultError) throw e;
    if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new VaultError('io', 'Could not read the vault file.', { cause: e });
  }
  return parseVault(bytes);
}

/** Reads the vault, or undefined when the data dir has none. */
export function readVaultFile(dataDir: string): Promise<VaultFile | undefined> {
  return readVaultAt(vaultPath(dataDir));
}

/** Replaces the vault file at `path` atomically (disk.ts): a crash leaves the old one or the new. */
export function writeVaultAt(path: string, v: VaultFile, onStep?: StepHook): Promise<void> {
  return writeAtomic(path, serializeVault(v), onStep);
}
