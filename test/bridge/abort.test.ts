/**
 * Issue 10: the dispatcher's timeout cancels its handler. A password change that waited behind a
 * slow one past its timeout was answered `timeout` and then happened anyway, behind the user's
 * back; now its handler is told (AbortSignal) and the account service does not start it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/core/api/dispatcher';
import { accountHandlers } from '../../electron/core/api/handlers/account';
import { ready } from '../../electron/core/crypto/sodium';
import { silentLogger } from '../../electron/core/log';
import { AccountService } from '../../electron/core/services/account/account-service';
import type { KeyVault } from '../../electron/core/services/account/key-vault';
import { createStoreKeyVault } from '../../electron/core/services/account/store-key-vault';
import { deferredGate } from './gate';
import { TEST_KDF } from './transports';

const dir = mkdtempSync(join(tmpdir(), 'shallot-abort-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a timed-out call', () => {
  it('does not change the account after its caller was told it timed out', async () => {
    await ready();
    const real = await createStoreKeyVault({ dataDir: dir, logger: silentLogger, kdfLimits: TEST_KDF });
    const slow = deferredGate();
    const changes: string[] = [];
    // The real vault, with `protect` held until the test lets it go and `changePassword` observed.
    const vault: KeyVault = {
      kind: () => real.kind(),
      create: () => real.create(),
      open: () => real.open(),
      unlock: (p) => real.unlock(p),
      protect: async (p, how) => {
        await slow.passed();
        return real.protect(p, how);
      },
      changePassword: (c, n) => {
        changes.push(n);
        return real.changePassword(c, n);
      },
      unprotect: (p, how) => real.unprotect(p, how),
      destroy: () => real.destroy(),
    };
    const account = new AccountService({ dataDir: dir, vault, logger: silentLogger });
    await account.start();
    const { sessionId } = account.generate();
    await account.complete({ mode: 'create', sessionId, displayName: 'Abe' });
    const d = createDispatcher(accountHandlers(account) as Handlers, silentLogger, {
      timeoutMs: (m) => (m === 'security.changePassword' ? 30 : 60_000),
    });

    const setting = d.dispatch('security.setPassword', { password: 'first pass' });
    const changing = d.dispatch('security.changePassword', { current: 'first pass', next: 'second pass' });
    expect(await changing).toMatchObject({ ok: false, error: { code: 'timeout' } });
    slow.open();
    expect(await setting).toMatchObject({ ok: true, value: { vault: 'password' } });
    // Whatever was queued behind the change has run once this answers.
    expect(await d.dispatch('account.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(changes).toEqual([]);
    expect(await d.dispatch('account.unlock', { password: 'first pass' })).toMatchObject({ ok: true });
    await account.close();
  });
});
