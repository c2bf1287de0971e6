/**
 * What a failed or interrupted onboarding may delete: only the files it made itself. A vault
 * whose database is missing, or another process's account, is never touched.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { ready } from '../../../electron/core/crypto/sodium';
import { isShallotError } from '../../../electron/core/errors';
import { silentLogger, type Logger } from '../../../electron/core/log';
import { identityFromSeed, phraseFromSeed } from '../../../electron/core/protocol';
import { AccountService } from '../../../electron/core/services/account/account-service';
import type { KeyVault } from '../../../electron/core/services/account/key-vault';
import { onboardingMarkerPath } from '../../../electron/core/services/account/onboarding-marker';
import { createStoreKeyVault } from '../../../electron/core/services/account/store-key-vault';
import { dbPath, openStore, StoreError } from '../../../electron/core/store';
import { createVault, vaultPath } from '../../../electron/core/store/vault';

const LIGHT_KDF = { opslimit: 1, memlimit: 8192 * 1024 };
const SEED = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
const OTHER = new Uint8Array(16).fill(9);

const dirs: string[] = [];
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'shallot-onboard-'));
  dirs.push(d);
  return d;
}

async function realVault(dataDir: string): Promise<KeyVault> {
  return createStoreKeyVault({ dataDir, logger: silentLogger, kdfLimits: LIGHT_KDF });
}

function service(dataDir: string, vault: KeyVault, logger: Logger = silentLogger): AccountService {
  return new AccountService({ dataDir, vault, logger });
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof p === 'function' ? p() : p);
    return undefined;
  } catch (e) {
    return isShallotError(e) ? e.code : `untyped: ${String(e)}`;
  }
}

/** Another process's finished account in `dir`, made without going through any marker. */
async function foreignAccount(dir: string): Promise<void> {
  const key = await createVault(dir, { kind: 'keyfile' });
  const store = openStore({ dataDir: dir, key });
  store.write((tx) =>
    store.accounts.create(tx, {
      sessionId: identityFromSeed(OTHER).sessionId,
      seed: OTHER.slice(),
      displayName: 'B',
      createdAt: 1,
    }),
  );
  store.close();
}

async function sessionIdIn(dir: string): Promise<string | undefined> {
  const s = service(dir, await realVault(dir));
  const view = await s.start();
  await s.close();
  return view.sessionId;
}

beforeAll(async () => {
  await ready();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a failed onboarding never deletes another account', () => {
  it('refuses with account-exists when another process onboarded after this one started', async () => {
    const dir = freshDir();
    const a = service(dir, await realVault(dir));
    expect((await a.start()).state).toBe('no-account');
    await foreignAccount(dir);
    const vaultBefore = readFileSync(vaultPath(dir));
    expect(
      await codeOf(a.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'A' })),
    ).toBe('account-exists');
    expect(readFileSync(vaultPath(dir))).toEqual(vaultBefore);
    await a.close();
    expect(await sessionIdIn(dir)).toBe(identityFromSeed(OTHER).sessionId);
  });

  it('maps a vault made between the check and the create to account-exists and keeps it', async () => {
    const dir = freshDir();
    const real = await realVault(dir);
    // The other process wins the race at the last moment: right before this one's vault.create().
    const racing: KeyVault = {
      ...real,
      kind: () => real.kind(),
      create: async () => {
        await foreignAccount(dir);
        return real.create();
      },
    };
    const a = service(dir, racing);
    await a.start();
    const gen = a.generate();
    expect(await codeOf(a.complete({ mode: 'create', sessionId: gen.sessionId, displayName: 'A' }))).toBe(
      'account-exists',
    );
    expect(existsSync(onboardingMarkerPath(dir))).toBe(false);
    await a.close();
    expect(await sessionIdIn(dir)).toBe(identityFromSeed(OTHER).sessionId);
  });

  it('keeps the checked phrase after a failure, so the same account can be created on retry', async () => {
    const dir = freshDir();
    const real = await realVault(dir);
    let failures = 1;
    const flaky: KeyVault = {
      ...real,
      kind: () => real.kind(),
      create: () =>
        failures-- > 0 ? Promise.reject(new StoreError('io', 'The disk is full.')) : real.create(),
    };
    const a = service(dir, flaky);
    await a.start();
    const made = a.generate();
    expect(await codeOf(a.complete({ mode: 'create', sessionId: made.sessionId, displayName: 'A' }))).toBe(
      'io',
    );
    expect(existsSync(vaultPath(dir)) || existsSync(dbPath(dir))).toBe(false);
    const view = await a.complete({ mode: 'create', sessionId: made.sessionId, displayName: 'A' });
    expect(view.sessionId).toBe(made.sessionId);
    expect((await a.revealPhrase(undefined)).phrase).toBe(made.phrase);
    await a.close();
  });

  it('logs the code, not the message, when the undo itself fails', async () => {
    const dir = freshDir();
    const real = await realVault(dir);
    const logged: { msg: string; fields?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      ...silentLogger,
      error: (msg: string, fields?: Record<string, unknown>) => {
        logged.push({ msg, ...(fields ? { fields } : {}) });
      },
      child: () => logger,
    };
    const broken: KeyVault = {
      ...real,
      kind: () => real.kind(),
      // A vault made, then a database that cannot be opened with its key, then an undo that fails.
      create: async () => {
        writeFileSync(dbPath(dir), 'not a database, and not ours either');
        return real.create();
      },
      destroy: () => Promise.reject(new StoreError('io', 'secret path /home/x')),
    };
    const a = service(dir, broken, logger);
    await a.start();
    expect(
      await codeOf(a.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'A' })),
    ).toBeDefined();
    await a.close();
    expect(logged).toEqual([{ msg: 'could not undo a failed onboarding', fields: { code: 'io' } }]);
  });
});

describe('start-up with a key but no account', () => {
  async function readyAccount(dir: string): Promise<void> {
    const s = service(dir, await realVault(dir));
    await s.start();
    await s.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'A' });
    await s.close();
  }

  it('stops with store-missing and deletes nothing when the database file is gone', async () => {
    const dir = freshDir();
    await readyAccount(dir);
    renameSync(dbPath(dir), join(dir, 'moved.db'));
    const s = service(dir, await realVault(dir));
    expect(await codeOf(s.start())).toBe('store-missing');
    await s.close();
    expect(existsSync(vaultPath(dir))).toBe(true);
    renameSync(join(dir, 'moved.db'), dbPath(dir));
    expect(await sessionIdIn(dir)).toBe(identityFromSeed(SEED).sessionId);
  });

  it('stops with store-missing when the database holds no account and no onboarding marker is there', async () => {
    const dir = freshDir();
    const key = await createVault(dir, { kind: 'keyfile' });
    openStore({ dataDir: dir, key }).close();
    const s = service(dir, await realVault(dir));
    expect(await codeOf(s.start())).toBe('store-missing');
    await s.close();
    expect(existsSync(vaultPath(dir)) && existsSync(dbPath(dir))).toBe(true);
  });

  it('unlock with the right password stops with store-missing when the database is gone', async () => {
    const dir = freshDir();
    await readyAccount(dir);
    const s = service(dir, await realVault(dir));
    await s.start();
    await s.setPassword('a good secret');
    await s.close();
    rmSync(dbPath(dir));
    const again = service(dir, await realVault(dir));
    expect((await again.start()).state).toBe('locked');
    expect(await codeOf(again.unlock('wrong secret'))).toBe('wrong-password');
    expect(await codeOf(again.unlock('a good secret'))).toBe('store-missing');
    await again.close();
    expect(existsSync(vaultPath(dir))).toBe(true);
  });

  it("leaves a live process's onboarding alone", async () => {
    const dir = freshDir();
    const key = await createVault(dir, { kind: 'keyfile' });
    openStore({ dataDir: dir, key }).close();
    // The parent process (the test runner) is alive and is not this process.
    writeFileSync(onboardingMarkerPath(dir), String(process.ppid));
    const s = service(dir, await realVault(dir));
    expect((await s.start()).state).toBe('no-account');
    await s.close();
    expect(existsSync(vaultPath(dir)) && existsSync(dbPath(dir))).toBe(true);
    expect(existsSync(onboardingMarkerPath(dir))).toBe(true);
  });
});

describe('one password rule', () => {
  it('counts NFC code points, and both too short and too long are weak-password', async () => {
    const dir = freshDir();
    const s = service(dir, await realVault(dir));
    await s.start();
    await s.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'A' });
    // Six code points as typed, three after NFC: the vault would derive from three.
    expect(await codeOf(s.setPassword('e\u0301'.repeat(3)))).toBe('weak-password');
    expect(await codeOf(s.setPassword('x'.repeat(1025)))).toBe('weak-password');
    expect((await s.setPassword('\u{1F511}'.repeat(6))).vault).toBe('password');
    await s.close();
  });
});

describe('the account profile', () => {
  it('is read without the seed', async () => {
    const dir = freshDir();
    const key = await createVault(dir, { kind: 'keyfile' });
    const store = openStore({ dataDir: dir, key });
    store.write((tx) =>
      store.accounts.create(tx, {
        sessionId: '05ab' as SessionId,
        seed: SEED.slice(),
        displayName: null,
        createdAt: 5,
      }),
    );
    expect(store.accounts.profile(store.read)).toEqual({
      sessionId: '05ab' as SessionId,
      displayName: null,
      createdAt: 5,
    });
    store.close();
  });
});

describe('a data folder that does not exist yet', () => {
  it('is made by the first onboarding', async () => {
    const dir = join(freshDir(), 'nested', 'data');
    const s = service(dir, await realVault(dir));
    await s.start();
    const fresh = s.generate();
    expect((await s.complete({ mode: 'create', sessionId: fresh.sessionId, displayName: 'New' })).state).toBe(
      'ready',
    );
    expect(existsSync(onboardingMarkerPath(dir))).toBe(false);
    await s.close();
  });
});
