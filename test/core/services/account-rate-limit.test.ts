/** Unlock attempts through the service are rate-limited; a fake vault keeps this test KDF-free. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../electron/core/crypto/sodium';
import { isShallotError } from '../../../electron/core/errors';
import { silentLogger } from '../../../electron/core/log';
import { AccountService } from '../../../electron/core/services/account/account-service';
import type { KeyVault } from '../../../electron/core/services/account/key-vault';
import { VaultError } from '../../../electron/core/store';

const dir = mkdtempSync(join(tmpdir(), 'shallot-ratelimit-'));

/** A password vault that knows one password and answers at once. */
function instantVault(password: string, key: Uint8Array): KeyVault & { unlocks: number } {
  const v = {
    unlocks: 0,
    kind: () => 'password' as const,
    unlock(p: string) {
      v.unlocks++;
      return p === password
        ? Promise.resolve(key.slice())
        : Promise.reject(new VaultError('wrong-password', 'Wrong password.'));
    },
    create: () => Promise.reject(new Error('unused')),
    open: () => Promise.reject(new Error('unused')),
    protect: () => Promise.reject(new Error('unused')),
    changePassword: () => Promise.reject(new Error('unused')),
    unprotect: () => Promise.reject(new Error('unused')),
    destroy: () => Promise.resolve(),
  };
  return v;
}

beforeAll(async () => {
  await ready();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unlock rate limit', () => {
  it('pauses after three wrong passwords, says for how long, and counts no attempt while paused', async () => {
    let now = 5_000_000;
    const vault = instantVault('right', new Uint8Array(32).fill(7));
    const s = new AccountService({
      dataDir: dir,
      vault,
      logger: silentLogger,
      limiter: { now: () => now, freeAttempts: 3, baseDelayMs: 5_000 },
    });
    expect((await s.start()).state).toBe('locked');
    const attempt = async (p: string): Promise<string | undefined> => {
      try {
        await s.unlock(p);
        return undefined;
      } catch (e) {
        return isShallotError(e) ? e.code : 'untyped';
      }
    };
    expect(await attempt('a')).toBe('wrong-password');
    expect(await attempt('b')).toBe('wrong-password');
    expect(await attempt('c')).toBe('wrong-password');
    expect(s.view()).toEqual({ state: 'locked', vault: 'password', retryAfterSeconds: 5 });
    // Even the right password waits: the pause is not an oracle.
    expect(await attempt('right')).toBe('rate-limited');
    expect(vault.unlocks).toBe(3);
    now += 5_000;
    expect(s.view().retryAfterSeconds).toBeUndefined();
    expect(await attempt('d')).toBe('wrong-password');
    expect(s.view().retryAfterSeconds).toBe(10);
  });
});
