/**
 * The account service over a real encrypted store in a temp folder and the real vaults (key file,
 * Argon2id password vault), with real crypto. Password steps run the KDF, so they are few.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../electron/core/log';
import { bip39FromSeed, identityFromSeed, phraseFromSeed } from '../../../electron/core/protocol';
import { AccountService, type AccountView } from '../../../electron/core/services/account/account-service';
import { onboardingMarkerPath } from '../../../electron/core/services/account/onboarding-marker';
import { createStoreKeyVault } from '../../../electron/core/services/account/store-key-vault';
import { isShallotError } from '../../../electron/core/errors';
import { openStore } from '../../../electron/core/store';

const dirs: string[] = [];
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'shallot-account-'));
  dirs.push(d);
  return d;
}

// Argon2id at its floor: these tests check behaviour, not cost (the default is ~0.5 s per run).
const LIGHT_KDF = { opslimit: 1, memlimit: 8192 * 1024 };

/** The service plus whether its store is open, as told through the public onStore callback. */
async function service(
  dataDir: string,
  onChange?: (v: AccountView) => void,
): Promise<AccountService & { storeOpen: () => boolean }> {
  let open = false;
  const s = new AccountService({
    dataDir,
    vault: await createStoreKeyVault({ dataDir, logger: silentLogger, kdfLimits: LIGHT_KDF }),
    logger: silentLogger,
    sessions: {
      open: () => Promise.resolve(void (open = true)),
      close: () => Promise.resolve(void (open = false)),
    },
    ...(onChange ? { onChange } : {}),
  });
  return Object.assign(s, { storeOpen: () => open });
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof p === 'function' ? p() : p);
    return undefined;
  } catch (e) {
    return isShallotError(e) ? e.code : `untyped: ${String(e)}`;
  }
}

// A fixed seed so restores can be checked against an independently derived Session ID.
const SEED = Uint8Array.from({ length: 16 }, (_, i) => i * 17 + 3);

beforeAll(async () => {
  await ready();
});

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('AccountService', () => {
  it('creates an account from a fresh seed, keeps it across restarts, and reveals the same phrase', async () => {
    const dir = freshDir();
    const changes: AccountView[] = [];
    const a = await service(dir, (v) => changes.push(v));
    expect(await a.start()).toEqual({ state: 'no-account', vault: 'none' });

    const made = a.generate();
    expect(made.sessionId).toMatch(/^05[0-9a-f]{64}$/);
    expect(made.phrase.split(' ')).toHaveLength(13);
    const view = await a.complete({ mode: 'create', sessionId: made.sessionId, displayName: 'Alice' });
    expect(view).toEqual({
      state: 'ready',
      sessionId: made.sessionId,
      displayName: 'Alice',
      vault: 'keyfile',
    });
    expect(changes.at(-1)).toEqual(view);
    // Events carry no secret: only the state fields.
    expect(Object.keys(changes.at(-1) ?? {}).sort()).toEqual(['displayName', 'sessionId', 'state', 'vault']);

    const revealed = await a.revealPhrase(undefined);
    expect(revealed.phrase).toBe(made.phrase);
    await a.close();

    const again = await service(dir);
    expect(await again.start()).toEqual(view);
    expect(again.setDisplayName('Alice A.').displayName).toBe('Alice A.');
    await again.close();
  });

  it('restores the same Session ID from the 13-word phrase and from its BIP39 form', async () => {
    const expected = identityFromSeed(SEED).sessionId;
    for (const phrase of [phraseFromSeed(SEED), bip39FromSeed(SEED)]) {
      const s = await service(freshDir());
      await s.start();
      const view = await s.complete({
        mode: 'restore',
        phrase: `  ${phrase.toUpperCase()} `,
        displayName: 'Bob',
      });
      expect(view.sessionId).toBe(expected);
      expect((await s.revealPhrase(undefined)).bip39).toBe(bip39FromSeed(SEED));
      await s.close();
    }
  });

  it('validates phrases word by word without touching the data folder', async () => {
    const s = await service(freshDir());
    await s.start();
    const words = phraseFromSeed(SEED).split(' ');
    expect(s.validatePhrase(words.join(' '))).toEqual({
      valid: true,
      form: 'session',
      sessionId: identityFromSeed(SEED).sessionId,
    });
    expect(s.validatePhrase(bip39FromSeed(SEED))).toMatchObject({ valid: true, form: 'bip39' });
    const unknown = [...words.slice(0, 4), 'xyzzy', ...words.slice(5)].join(' ');
    expect(s.validatePhrase(unknown)).toEqual({
      valid: false,
      code: 'unknown-word',
      position: 5,
      word: 'xyzzy',
      count: 13,
    });
    const other = words.find((w) => w !== words[12]) ?? '';
    expect(s.validatePhrase([...words.slice(0, 12), other].join(' '))).toMatchObject({
      valid: false,
      code: 'checksum',
    });
    expect(s.validatePhrase('one two three')).toEqual({ valid: false, code: 'word-count', count: 3 });
    expect(s.validatePhrase('')).toEqual({ valid: false, code: 'word-count', count: 0 });
    expect(s.view().state).toBe('no-account');
    await s.close();
  });

  it('refuses a bad phrase with its typed code and stays without an account', async () => {
    const dir = freshDir();
    const s = await service(dir);
    await s.start();
    expect(await codeOf(s.complete({ mode: 'restore', phrase: 'too few words', displayName: 'X' }))).toBe(
      'word-count',
    );
    expect(s.view()).toEqual({ state: 'no-account', vault: 'none' });
    expect(
      await codeOf(s.complete({ mode: 'create', sessionId: `05${'0'.repeat(64)}`, displayName: 'X' })),
    ).toBe('no-pending-seed');
    // The folder is still usable for a real onboarding afterwards.
    const x = s.generate();
    expect((await s.complete({ mode: 'create', sessionId: x.sessionId, displayName: 'X' })).state).toBe(
      'ready',
    );
    await s.close();
  });

  it('holds one account per data folder', async () => {
    const s = await service(freshDir());
    await s.start();
    const one = s.generate();
    await s.complete({ mode: 'create', sessionId: one.sessionId, displayName: 'One' });
    expect(await codeOf(() => s.generate())).toBe('account-exists');
    expect(
      await codeOf(s.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'Two' })),
    ).toBe('account-exists');
    await s.close();
  });

  it('locks behind an app password: locked at start, wrong password refused, phrase behind it', async () => {
    const dir = freshDir();
    const s = await service(dir);
    await s.start();
    await s.complete({ mode: 'restore', phrase: phraseFromSeed(SEED), displayName: 'Carol' });
    expect(await codeOf(s.setPassword('short'))).toBe('weak-password');
    expect((await s.setPassword('first secret')).vault).toBe('password');
    expect(await codeOf(s.revealPhrase(undefined))).toBe('password-required');
    expect(await codeOf(s.revealPhrase('wrong secret'))).toBe('wrong-password');
    expect((await s.revealPhrase('first secret')).phrase).toBe(phraseFromSeed(SEED));

    expect(await s.lock()).toEqual({ state: 'locked', vault: 'password' });
    expect(s.storeOpen()).toBe(false);
    expect(await codeOf(() => s.setDisplayName('Mallory'))).toBe('locked');
    await s.close();

    const again = await service(dir);
    expect(await again.start()).toEqual({ state: 'locked', vault: 'password' });
    expect(again.storeOpen()).toBe(false);
    expect(await codeOf(again.unlock('not it'))).toBe('wrong-password');
    const view = await again.unlock('first secret');
    expect(view).toMatchObject({ state: 'ready', sessionId: identityFromSeed(SEED).sessionId });

    await again.changePassword('first secret', 'second secret');
    expect(await codeOf(again.removePassword('first secret'))).toBe('wrong-password');
    expect((await again.removePassword('second secret')).vault).toBe('keyfile');
    expect(await codeOf(again.lock())).toBe('no-password');
    await again.close();

    const third = await service(dir);
    expect((await third.start()).state).toBe('ready');
    await third.close();
  });
});

describe('AccountService after an onboarding that died half-way', () => {
  it('clears a key without an account so onboarding can run again', async () => {
    const dir = freshDir();
    // The state a crash between "key made" and "account written" leaves behind, marker included.
    writeFileSync(onboardingMarkerPath(dir), '999999999');
    const vault = await createStoreKeyVault({ dataDir: dir, logger: silentLogger });
    const key = await vault.create();
    openStore({ dataDir: dir, key }).close();

    const s = await service(dir);
    expect(await s.start()).toEqual({ state: 'no-account', vault: 'none' });
    const again = s.generate();
    expect(
      (await s.complete({ mode: 'create', sessionId: again.sessionId, displayName: 'Again' })).state,
    ).toBe('ready');
    expect(existsSync(onboardingMarkerPath(dir))).toBe(false);
    await s.close();
  });
});
