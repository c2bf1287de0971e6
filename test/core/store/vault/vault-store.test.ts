import { afterEach, describe, expect, it } from 'vitest';
import { dbPath, openStore, VaultError } from '../../../../electron/core/store';
import { changeVaultPassword, createVault, unlockVault } from '../../../../electron/core/store/vault';
import { convId, sha256File, tempDir } from '../helpers';

const limits = { opslimit: 1, memlimit: 8192 };
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('vault and store together', () => {
  it('a wrong password leaves both the vault and the database untouched; the right one opens the data', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const key = await createVault(t.dir, { kind: 'password', password: 'open sesame', limits });
    const store = openStore({ dataDir: t.dir, key });
    store.write((tx) => store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 }));
    store.close();
    const before = sha256File(dbPath(t.dir));

    await expect(unlockVault(t.dir, { password: 'open sesam' })).rejects.toBeInstanceOf(VaultError);
    expect(sha256File(dbPath(t.dir))).toBe(before);

    // Re-wrapping changes the vault only: the database is not re-encrypted.
    await changeVaultPassword(t.dir, 'open sesame', 'close sesame', { limits });
    expect(sha256File(dbPath(t.dir))).toBe(before);
    const again = openStore({ dataDir: t.dir, key: await unlockVault(t.dir, { password: 'close sesame' }) });
    expect(again.conversations.get(again.read, convId(1))?.kind).toBe('direct');
    again.close();
  });
});
