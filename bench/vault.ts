/**
 * Vault figures: how long setting the app password takes now that it re-keys the database
 * (issue 11 item 2). Builds a store of `MIB` MiB of filler in a temp dir, then times `store.rekey`
 * alone and the whole journaled move (Argon2id at the default cost + re-key + commit).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { silentLogger } from '../electron/core/log';
import { dbPath, openStore, type Store } from '../electron/core/store';
import { createVault, setVaultPassword } from '../electron/core/store/vault';
import { report } from './report';

const MIB = 64;

function filled(dir: string, key: Uint8Array): Store {
  const store = openStore({ dataDir: dir, key, logger: silentLogger });
  store.write((tx) => {
    tx.run('CREATE TABLE filler (b BLOB)');
    tx.run(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ' +
        'INSERT INTO filler SELECT randomblob(4000) FROM n',
      MIB * 256,
    );
  });
  return store;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shallot-bench-vault-'));
  try {
    const store = filled(dir, await createVault(dir, { kind: 'keyfile' }));
    const mib = statSync(dbPath(dir)).size / 2 ** 20;
    let started = performance.now();
    store.rekey(new Uint8Array(randomBytes(32)));
    const rekeyMs = performance.now() - started;
    report('vault.rekey_mib_per_s', Math.round(mib / (rekeyMs / 1000)), 'MiB/s');

    started = performance.now();
    await setVaultPassword(dir, 'a bench password', { rekey: (k) => store.rekey(k) });
    report('vault.set_password_64mib_ms', Math.round(performance.now() - started), 'ms');
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
