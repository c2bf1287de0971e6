/**
 * Issue 11 items 2 and 3 under kill -9: a real child process runs onboarding, setPassword or
 * removePassword with the real service, vault and SQLCipher store, and is SIGKILLed at each durable
 * step of the vault change (and once in the middle of the database re-key). Then a fresh start-up
 * on the same folder must find an account that opens with the password, or before the point of no
 * return with the old vault; never a key that is nowhere, never a leftover temp file, and never a
 * plaintext file that opens the database while the app reports a password vault.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../electron/core/crypto/bytes';
import { ready } from '../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../electron/core/log';
import { AccountService, type AccountView } from '../../../electron/core/services/account/account-service';
import { createStoreKeyVault } from '../../../electron/core/services/account/store-key-vault';
import { dbPath, type Store } from '../../../electron/core/store';
import { probeDatabaseKey } from '../../../electron/core/store/db-key';
import { parseVault, vaultPath, type VaultStep } from '../../../electron/core/store/vault';
import { pendingPath } from '../../../electron/core/store/vault/journal';
import { unwrapWithPassword } from '../../../electron/core/store/vault/kinds';
import { sha256File, tempDir } from '../store/helpers';
import { CRASH_KDF, CRASH_PASSWORD } from './fixtures/vault-crash-constants';

type Op = 'onboard' | 'set-password' | 'remove-password';

const cleanups: (() => void)[] = [];
afterAll(() => {
  while (cleanups.length) cleanups.pop()!();
});
beforeAll(async () => {
  await ready();
});

function dir(): string {
  const t = tempDir('shallot-vault-crash-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/**
 * Runs the child until it reports `step` (and, with `until`, until that holds of the folder as it
 * changes), kills it there with SIGKILL, and waits for it to die.
 */
function killAt(
  dataDir: string,
  op: Op,
  step: VaultStep,
  mode: 'hold' | 'run',
  until: () => boolean = () => true,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'vault-crash-child.ts'),
        dataDir,
        op,
        step,
        mode,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    const check = (): void => {
      if (out.includes(`at ${step}\n`) && until()) child.kill('SIGKILL');
    };
    const watcher = watch(dataDir, check);
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      check();
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      watcher.close();
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited with ${code} before ${step}: ${out} ${err}`));
    });
  });
}

/** A real start-up on the folder: the adapter settles the vault, the service reads the account. */
async function startUp(
  dataDir: string,
): Promise<{ account: AccountService; view: AccountView; store: () => Store | undefined }> {
  let store: Store | undefined;
  const vault = await createStoreKeyVault({ dataDir, logger: silentLogger, kdfLimits: CRASH_KDF });
  const account = new AccountService({
    dataDir,
    vault,
    logger: silentLogger,
    sessions: {
      open: (s) => {
        store = s;
        return Promise.resolve();
      },
      close: () => {
        store = undefined;
        return Promise.resolve();
      },
    },
  });
  return { account, view: await account.start(), store: () => store };
}

/** An account in `dataDir`, optionally behind the password, with `fillerMiB` of data to re-key. */
async function makeAccount(dataDir: string, opts: { password: boolean; fillerMiB: number }): Promise<string> {
  const { account, store } = await startUp(dataDir);
  const { sessionId } = account.generate();
  const view = await account.complete({ mode: 'create', sessionId, displayName: 'Before the crash' });
  const s = store()!;
  s.write((tx) => {
    tx.run('CREATE TABLE filler (b BLOB)');
    tx.run(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ' +
        'INSERT INTO filler SELECT randomblob(4000) FROM n',
      opts.fillerMiB * 256,
    );
  });
  if (opts.password) await account.setPassword(CRASH_PASSWORD);
  await account.close();
  return view.sessionId!;
}

/** Files that must not outlive a vault change: temps, a pending vault, a replaced vault. */
function vaultLeftovers(dataDir: string): string[] {
  return readdirSync(dataDir).filter((f) => f.startsWith('vault') && f !== 'vault.json');
}

/** Every 64-hex string in the folder's small files (key files, temps) that opens the database. */
function plaintextKeysThatOpen(dataDir: string): string[] {
  const found: string[] = [];
  for (const f of readdirSync(dataDir)) {
    const path = join(dataDir, f);
    if (f.startsWith('shallot.db') || statSync(path).size > 64 * 1024) continue;
    for (const hex of readFileSync(path, 'latin1').match(/[0-9a-f]{64}/g) ?? []) {
      if (probeDatabaseKey(dbPath(dataDir), fromHex(hex)) === 'opens') found.push(f);
    }
  }
  return found;
}

function keyFileKey(dataDir: string): Uint8Array {
  const v = parseVault(readFileSync(vaultPath(dataDir)));
  if (v.kind !== 'keyfile') throw new Error(`expected a key file, found ${v.kind}`);
  return v.key;
}

/** Opens what start-up found, with the password when it asks, and checks the account survived. */
async function openAfterCrash(
  dataDir: string,
  sessionId: string,
): Promise<{ vault: AccountView['vault']; lockedAtStart: boolean }> {
  const { account, view } = await startUp(dataDir);
  expect(vaultLeftovers(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  if (view.state === 'locked') {
    expect(view.vault).toBe('password');
    expect(plaintextKeysThatOpen(dataDir)).toEqual([]);
    await account.unlock(CRASH_PASSWORD);
  }
  const after = account.view();
  expect(after).toMatchObject({ state: 'ready', sessionId, displayName: 'Before the crash' });
  await account.close();
  expect(vaultLeftovers(dataDir)).toEqual([]);
  return { vault: after.vault, lockedAtStart: view.state === 'locked' };
}

const HOT_JOURNAL_MAGIC = 'd9d505f920a163d7';
function hotJournal(dataDir: string): boolean {
  try {
    return (
      readFileSync(`${dbPath(dataDir)}-journal`)
        .subarray(0, 8)
        .toString('hex') === HOT_JOURNAL_MAGIC
    );
  } catch {
    return false;
  }
}

describe('kill -9 while setting the app password (key file → password, re-key)', () => {
  const beforeRekey: VaultStep[] = ['temp-written', 'pending-written', 'rekeying'];
  const afterRekey: VaultStep[] = ['rekeyed', 'old-linked', 'committed', 'old-destroyed'];

  for (const step of [...beforeRekey, ...afterRekey]) {
    it(`at ${step}: opens with ${beforeRekey.includes(step) ? 'the old key file' : 'the password only'}`, async () => {
      const d = dir();
      const sessionId = await makeAccount(d, { password: false, fillerMiB: 1 });
      const oldKey = keyFileKey(d);
      await killAt(d, 'set-password', step, 'hold');

      const { vault, lockedAtStart } = await openAfterCrash(d, sessionId);
      if (beforeRekey.includes(step)) {
        expect({ vault, lockedAtStart }).toEqual({ vault: 'keyfile', lockedAtStart: false });
        expect(probeDatabaseKey(dbPath(d), oldKey)).toBe('opens');
      } else {
        expect({ vault, lockedAtStart }).toEqual({ vault: 'password', lockedAtStart: true });
        expect(probeDatabaseKey(dbPath(d), oldKey)).toBe('wrong-key');
        const hex = toHex(oldKey);
        expect(readdirSync(d).filter((f) => readFileSync(join(d, f), 'latin1').includes(hex))).toEqual([]);
      }
    });
  }

  it('in the middle of the re-key: the old key rolls it back; the new key changes nothing first', async () => {
    const d = dir();
    // Larger than the store's 32 MiB page cache, so the re-key spills pages into the file before
    // it commits: the kill then finds the file half under each key, with a hot journal.
    const sessionId = await makeAccount(d, { password: false, fillerMiB: 48 });
    const oldKey = keyFileKey(d);
    await killAt(d, 'set-password', 'rekeying', 'run', () => hotJournal(d));
    expect(hotJournal(d)).toBe(true);
    const pending = parseVault(readFileSync(pendingPath(d)));
    if (pending.kind !== 'password') throw new Error('the pending vault is the password one');
    const newKey = await unwrapWithPassword(pending, CRASH_PASSWORD);
    const before = sha256File(dbPath(d));
    expect(probeDatabaseKey(dbPath(d), newKey)).toBe('wrong-key');
    expect(sha256File(dbPath(d))).toBe(before);

    const { vault } = await openAfterCrash(d, sessionId);
    expect(vault).toBe('keyfile');
    expect(probeDatabaseKey(dbPath(d), oldKey)).toBe('opens');
    // 48 MiB written, re-keyed and checked twice: slow on a busy shared machine, not a hang.
  }, 120_000);
});

describe('kill -9 while removing the app password (password → key file, re-key)', () => {
  const beforeRekey: VaultStep[] = ['temp-written', 'pending-written', 'rekeying'];
  const afterRekey: VaultStep[] = ['rekeyed', 'old-linked', 'committed'];

  for (const step of [...beforeRekey, ...afterRekey]) {
    it(`at ${step}: ${beforeRekey.includes(step) ? 'still behind the password' : 'the key file, at once'}`, async () => {
      const d = dir();
      const sessionId = await makeAccount(d, { password: true, fillerMiB: 1 });
      await killAt(d, 'remove-password', step, 'hold');
      const { vault, lockedAtStart } = await openAfterCrash(d, sessionId);
      expect({ vault, lockedAtStart }).toEqual(
        beforeRekey.includes(step)
          ? { vault: 'password', lockedAtStart: true }
          : { vault: 'keyfile', lockedAtStart: false },
      );
    });
  }
});

describe('kill -9 during onboarding', () => {
  it('just before the key file is renamed into place: start-up destroys the plaintext temp file', async () => {
    const d = dir();
    await killAt(d, 'onboard', 'temp-written', 'hold');
    const temps = readdirSync(d).filter((f) => f.endsWith('.tmp'));
    expect(temps).toHaveLength(1);
    const leaked = parseVault(readFileSync(join(d, temps[0]!)));
    if (leaked.kind !== 'keyfile') throw new Error('onboarding without a keychain writes a key file');

    const { view, account } = await startUp(d);
    expect(view.state).toBe('no-account');
    await account.close();
    const hex = toHex(leaked.key);
    expect(readdirSync(d).filter((f) => readFileSync(join(d, f), 'latin1').includes(hex))).toEqual([]);
    expect(readdirSync(d).filter((f) => f.startsWith('vault'))).toEqual([]);
  });
});
