import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { createLogger } from '../../../../electron/core/log';
import { VaultError } from '../../../../electron/core/store';
import {
  changeVaultPassword,
  createVault,
  readVaultKind,
  removeVaultPassword,
  setVaultPassword,
  unlockVault,
  vaultPath,
} from '../../../../electron/core/store/vault';
import { sha256File, tempDir } from '../helpers';
import { fakeKeychain } from './fake-keychain';

/** Minimum Argon2id cost so the suite stays fast; the default cost is measured in kdf.ts. */
const limits = { opslimit: 1, memlimit: 8192 };
const neverRekey = (): void => {
  throw new Error('a refused change must not re-key the database');
};
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dir(): string {
  const t = tempDir('shallot-vault-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    return (e as VaultError).code;
  }
  throw new Error('no error');
}

describe('password vault', () => {
  it('wraps a random key that only the right password unwraps', async () => {
    const d = dir();
    expect(await readVaultKind(d)).toBe('none');
    const key = await createVault(d, { kind: 'password', password: 'correct horse', limits });
    expect(key).toHaveLength(32);
    expect(await readVaultKind(d)).toBe('password');
    const text = readFileSync(vaultPath(d), 'utf8');
    expect(text).not.toContain(toHex(key));
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      kind: 'password',
      kdf: { alg: 'argon2id13', opslimit: 1, memlimit: 8192 },
    });
    expect(await unlockVault(d, { password: 'correct horse' })).toEqual(key);
  });

  it('detects a wrong password by the MAC and changes nothing', async () => {
    const d = dir();
    await createVault(d, { kind: 'password', password: 'correct horse', limits });
    const before = sha256File(vaultPath(d));
    expect(await code(unlockVault(d, { password: 'wrong horse' }))).toBe('wrong-password');
    expect(await code(unlockVault(d, {}))).toBe('wrong-password');
    expect(await code(changeVaultPassword(d, 'wrong horse', 'new password', { limits }))).toBe(
      'wrong-password',
    );
    expect(
      await code(removeVaultPassword(d, 'wrong horse', { kind: 'keyfile' }, { rekey: neverRekey })),
    ).toBe('wrong-password');
    expect(sha256File(vaultPath(d))).toBe(before);
  });

  it('detects edited KDF parameters (they are bound to the MAC)', async () => {
    const d = dir();
    await createVault(d, { kind: 'password', password: 'correct horse', limits });
    const v = JSON.parse(readFileSync(vaultPath(d), 'utf8')) as { kdf: { opslimit: number } };
    v.kdf.opslimit = 2;
    writeFileSync(vaultPath(d), JSON.stringify(v));
    expect(await code(unlockVault(d, { password: 'correct horse' }))).toBe('wrong-password');
  });

  it('changes the password around the SAME key', async () => {
    const d = dir();
    const key = await createVault(d, { kind: 'password', password: 'first pass', limits });
    await changeVaultPassword(d, 'first pass', 'second pass', { limits });
    expect(await code(unlockVault(d, { password: 'first pass' }))).toBe('wrong-password');
    expect(await unlockVault(d, { password: 'second pass' })).toEqual(key);
    // Atomic replacement leaves no temp files behind.
    expect(readdirSync(d)).toEqual(['vault.json']);
  });

  it('refuses weak passwords and the wrong operation for the vault kind', async () => {
    const d = dir();
    expect(await code(createVault(d, { kind: 'password', password: '12345', limits }))).toBe('weak-password');
    expect(await readVaultKind(d)).toBe('none');
    await createVault(d, { kind: 'password', password: '123456', limits });
    expect(await code(changeVaultPassword(d, '123456', 'short', { limits }))).toBe('weak-password');
    expect(await code(setVaultPassword(d, 'another one', { limits, rekey: neverRekey }))).toBe('wrong-kind');
    expect(await code(createVault(d, { kind: 'keyfile' }))).toBe('vault-exists');
  });

  it('treats the password in NFC form (same password typed differently unlocks)', async () => {
    const d = dir();
    const key = await createVault(d, { kind: 'password', password: 'caf\u00e9 latte', limits });
    expect(await unlockVault(d, { password: 'cafe\u0301 latte' })).toEqual(key);
  });
});

describe('keychain vault', () => {
  it('stores only the blob the keychain produced', async () => {
    const d = dir();
    const kc = await fakeKeychain();
    const key = await createVault(d, { kind: 'keychain', keychain: kc });
    expect(readFileSync(vaultPath(d), 'utf8')).not.toContain(toHex(key));
    expect(await unlockVault(d, { keychain: kc })).toEqual(key);
    const otherMachine = await fakeKeychain();
    expect(await code(unlockVault(d, { keychain: otherMachine }))).toBe('keychain-unavailable');
    expect(await code(unlockVault(d, {}))).toBe('keychain-unavailable');
  });

  it('reports an unavailable keychain and writes nothing', async () => {
    const d = dir();
    expect(
      await code(createVault(d, { kind: 'keychain', keychain: await fakeKeychain({ available: false }) })),
    ).toBe('keychain-unavailable');
    expect(await readVaultKind(d)).toBe('none');
  });
});

describe('key file vault', () => {
  it('is mode 0600 and warns whenever it is used', async () => {
    const d = dir();
    const lines: string[] = [];
    const logger = createLogger('t', 'debug', (l) => lines.push(l));
    const key = await createVault(d, { kind: 'keyfile' }, { logger });
    expect(statSync(vaultPath(d)).mode & 0o777).toBe(0o600);
    expect(await unlockVault(d, { logger })).toEqual(key);
    expect(lines.filter((l) => l.includes('"level":"warn"') && l.includes('key file'))).toHaveLength(2);
    expect(lines.join('')).not.toContain(toHex(key));
  });

  it('reports a missing vault', async () => {
    expect(await code(unlockVault(dir(), {}))).toBe('no-vault');
  });
});
