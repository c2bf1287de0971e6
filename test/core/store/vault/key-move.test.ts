/**
 * Issue 11 item 2: setting (and removing) the app password moves the database to a fresh key, so a
 * copy of the previous vault.json — a key file in a backup, a keychain blob, a password vault whose
 * password leaked — no longer opens the database. Real SQLCipher, real Argon2id (at its floor).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { dbPath, openStore, type Store } from '../../../../electron/core/store';
import { probeDatabaseKey } from '../../../../electron/core/store/db-key';
import {
  createVault,
  readVaultKind,
  removeVaultPassword,
  setVaultPassword,
  unlockVault,
  vaultPath,
  type KeychainBackend,
} from '../../../../electron/core/store/vault';
import { convId, tempDir } from '../helpers';
import { fakeKeychain } from './fake-keychain';

const limits = { opslimit: 1, memlimit: 8192 };
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A data dir with a vault and a store holding one conversation, left open. */
async function account(
  opts: { kind: 'keyfile' } | { kind: 'keychain'; keychain: KeychainBackend },
): Promise<{ dir: string; store: Store; key: Uint8Array; backup: Buffer }> {
  const t = tempDir('shallot-move-');
  const key = await createVault(t.dir, opts);
  const store = openStore({ dataDir: t.dir, key });
  cleanups.push(() => {
    store.close();
    t.cleanup();
  });
  store.write((tx) => store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 }));
  // What a backup or a sync tool kept of the vault before the password was set.
  const backup = readFileSync(vaultPath(t.dir));
  return { dir: t.dir, store, key, backup };
}

/** No pending, old or temp vault file is left beside the vault. */
function vaultFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('vault'));
}

function filesHolding(dir: string, key: Uint8Array): string[] {
  const hex = toHex(key);
  const raw = Buffer.from(key);
  return readdirSync(dir).filter((f) => {
    const bytes = readFileSync(join(dir, f));
    return bytes.includes(raw) || bytes.toString('latin1').includes(hex);
  });
}

describe('setting the app password', () => {
  it('re-keys the database: a copy of the old key file no longer opens it', async () => {
    const { dir, store, key: oldKey, backup } = await account({ kind: 'keyfile' });
    await setVaultPassword(dir, 'correct horse', { limits, rekey: (k) => store.rekey(k) });

    expect(await readVaultKind(dir)).toBe('password');
    expect(vaultFiles(dir)).toEqual(['vault.json']);
    // The store goes on under the new key without reopening.
    expect(store.conversations.get(store.read, convId(1))?.kind).toBe('direct');
    store.close();

    const fromBackup = Buffer.from((JSON.parse(backup.toString('utf8')) as { key: string }).key, 'hex');
    expect(new Uint8Array(fromBackup)).toEqual(oldKey);
    expect(probeDatabaseKey(dbPath(dir), oldKey)).toBe('wrong-key');
    expect(filesHolding(dir, oldKey)).toEqual([]);

    const newKey = await unlockVault(dir, { password: 'correct horse' });
    expect(newKey).not.toEqual(oldKey);
    const again = openStore({ dataDir: dir, key: newKey });
    expect(again.conversations.get(again.read, convId(1))?.kind).toBe('direct');
    again.close();
  });

  it('re-keys from the keychain too: the old keychain blob no longer opens the database', async () => {
    const keychain = await fakeKeychain();
    const { dir, store, key: oldKey, backup } = await account({ kind: 'keychain', keychain });
    await setVaultPassword(dir, 'correct horse', { limits, rekey: (k) => store.rekey(k) });
    store.close();
    const blob = Buffer.from((JSON.parse(backup.toString('utf8')) as { blob: string }).blob, 'base64');
    expect(await keychain.decrypt(new Uint8Array(blob))).toEqual(oldKey);
    expect(probeDatabaseKey(dbPath(dir), oldKey)).toBe('wrong-key');
    expect(probeDatabaseKey(dbPath(dir), await unlockVault(dir, { password: 'correct horse' }))).toBe(
      'opens',
    );
  });

  it('keeps the old vault and key when the re-key fails', async () => {
    const { dir, store, key, backup } = await account({ kind: 'keyfile' });
    const failing = (): void => {
      throw new Error('disk full');
    };
    await expect(setVaultPassword(dir, 'correct horse', { limits, rekey: failing })).rejects.toThrow(
      'disk full',
    );
    expect(readFileSync(vaultPath(dir))).toEqual(backup);
    expect(vaultFiles(dir)).toEqual(['vault.json']);
    store.close();
    expect(probeDatabaseKey(dbPath(dir), key)).toBe('opens');
  });
});

describe('removing the app password', () => {
  it('re-keys too: the password vault, with its password, no longer opens the database', async () => {
    const { dir, store } = await account({ kind: 'keyfile' });
    await setVaultPassword(dir, 'correct horse', { limits, rekey: (k) => store.rekey(k) });
    const passwordKey = await unlockVault(dir, { password: 'correct horse' });

    await removeVaultPassword(dir, 'correct horse', { kind: 'keyfile' }, { rekey: (k) => store.rekey(k) });
    expect(await readVaultKind(dir)).toBe('keyfile');
    store.close();
    expect(probeDatabaseKey(dbPath(dir), passwordKey)).toBe('wrong-key');
    const fileKey = await unlockVault(dir);
    expect(probeDatabaseKey(dbPath(dir), fileKey)).toBe('opens');
    expect(vaultFiles(dir)).toEqual(['vault.json']);
  });

  it('moves to the keychain when there is one', async () => {
    const keychain = await fakeKeychain();
    const { dir, store } = await account({ kind: 'keychain', keychain });
    await setVaultPassword(dir, 'correct horse', { limits, rekey: (k) => store.rekey(k) });
    await removeVaultPassword(
      dir,
      'correct horse',
      { kind: 'keychain', keychain },
      { rekey: (k) => store.rekey(k) },
    );
    store.close();
    expect(await readVaultKind(dir)).toBe('keychain');
    expect(probeDatabaseKey(dbPath(dir), await unlockVault(dir, { keychain }))).toBe('opens');
  });
});
