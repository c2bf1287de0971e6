/**
 * The adapter over the store's vaults: keychain by default when the host has one, the key file
 * when it has none or the keychain cannot be used, and the password vault in between.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import { createStoreKeyVault } from '../../../electron/core/services/account/store-key-vault';
import { openStore } from '../../../electron/core/store';
import type { KeychainBackend } from '../../../electron/core/store/vault';

const LIGHT_KDF = { opslimit: 1, memlimit: 8192 * 1024 };
const dirs: string[] = [];
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'shallot-vault-adapter-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Stands in for safeStorage: a reversible transform, so a blob is not the key itself. */
function fakeKeychain(available: boolean): KeychainBackend {
  const flip = (b: Uint8Array) => b.map((x) => x ^ 0xa5);
  return {
    isAvailable: () => Promise.resolve(available),
    encrypt: (plain) => Promise.resolve(flip(plain)),
    decrypt: (blob) => Promise.resolve(flip(blob)),
  };
}

describe('store key vault adapter', () => {
  it('keeps the key in the keychain, moves it under a password and back', async () => {
    const dataDir = freshDir();
    const keychain = fakeKeychain(true);
    const v = await createStoreKeyVault({ dataDir, keychain, logger: silentLogger, kdfLimits: LIGHT_KDF });
    expect(v.kind()).toBe('none');
    const key = await v.create();
    expect(v.kind()).toBe('keychain');
    expect(await v.open()).toEqual(key);

    // Each move re-keys the open database: the key the vault hands out follows it.
    const store = openStore({ dataDir, key });
    const how = { rekey: (k: Uint8Array) => store.rekey(k) };
    await v.protect('pass word', how);
    expect(v.kind()).toBe('password');
    const protectedKey = await v.unlock('pass word');
    expect(protectedKey).not.toEqual(key);
    await v.changePassword('pass word', 'word pass');
    expect(await v.unlock('word pass')).toEqual(protectedKey);
    await v.unprotect('word pass', how);
    expect(v.kind()).toBe('keychain');
    store.close();

    // A fresh adapter reads the kind from disk.
    const again = await createStoreKeyVault({ dataDir, keychain, logger: silentLogger });
    expect(again.kind()).toBe('keychain');
    openStore({ dataDir, key: await again.open() }).close();
  });

  it('falls back to a key file when the keychain cannot be used', async () => {
    const dataDir = freshDir();
    const v = await createStoreKeyVault({ dataDir, keychain: fakeKeychain(false), logger: silentLogger });
    const key = await v.create();
    expect(v.kind()).toBe('keyfile');
    expect(await v.open()).toEqual(key);
    await v.destroy();
    expect(v.kind()).toBe('none');
  });
});
