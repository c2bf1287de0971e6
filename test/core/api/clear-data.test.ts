/**
 * `account.clearData` through the core as a host runs it: the forgotten-password way out answers
 * while locked, deletes the account's files (and only those), and leaves a folder onboarding
 * accepts again; a call without the exact confirmation deletes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAR_DATA_CONFIRMATION } from '../../../electron/bridge/methods/data';
import type { Core } from '../../../electron/core/api/core';
import { silentLogger } from '../../../electron/core/log';
import {
  ATTACHMENTS_DIR,
  ClearDataError,
  clearDeviceData,
} from '../../../electron/core/services/account/clear-data';
import { startTestCore } from '../../support/test-core';
import type { KeyVault } from '../../../electron/core/services/account/key-vault';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shallot-clear-'));
  dirs.push(dir);
  return dir;
}

const start = startTestCore;

async function onboard(core: Core, name: string): Promise<string> {
  const made = (await core.dispatch('onboarding.generate', {})) as { value: { sessionId: string } };
  const done = await core.dispatch('onboarding.complete', {
    mode: 'create',
    sessionId: made.value.sessionId,
    displayName: name,
  });
  expect(done).toMatchObject({ ok: true, value: { state: 'ready' } });
  return made.value.sessionId;
}

describe('account.clearData', () => {
  it('clears a locked account, keeps what is not the account’s, and onboarding starts over', async () => {
    const dir = freshDir();
    const first = await start(dir);
    await onboard(first, 'Dee');
    await first.dispatch('security.setPassword', { password: 'forgotten one' });
    await first.close();
    mkdirSync(join(dir, ATTACHMENTS_DIR), { recursive: true });
    writeFileSync(join(dir, ATTACHMENTS_DIR, 'blob'), 'sealed bytes');
    writeFileSync(join(dir, 'desktop-prefs.json'), '{"startInTray":true}');

    const core = await start(dir);
    try {
      const events: string[] = [];
      core.subscribe((event, payload) => {
        if (event === 'account.changed') events.push((payload as { state: string }).state);
      });
      expect(await core.dispatch('account.state', {})).toMatchObject({ value: { state: 'locked' } });
      expect(await core.dispatch('account.clearData', { confirm: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-params' },
      });
      expect(readdirSync(dir).sort()).toEqual([
        ATTACHMENTS_DIR,
        'desktop-prefs.json',
        'shallot.db',
        'vault.json',
      ]);

      expect(await core.dispatch('account.clearData', { confirm: CLEAR_DATA_CONFIRMATION })).toEqual({
        ok: true,
        value: { state: 'no-account', vault: 'none' },
      });
      expect(events).toEqual(['no-account']);
      expect(readdirSync(dir)).toEqual(['desktop-prefs.json']);
      const again = await onboard(core, 'Dee again');
      expect(again).toMatch(/^05[0-9a-f]{64}$/);
      expect(existsSync(join(dir, 'vault.json'))).toBe(true);
    } finally {
      await core.close();
    }
  });

  it('clears an open account too, and a second clear finds nothing to do', async () => {
    const dir = freshDir();
    const core = await start(dir);
    try {
      await onboard(core, 'Flo');
      const clear = { confirm: CLEAR_DATA_CONFIRMATION };
      expect(await core.dispatch('account.clearData', clear)).toMatchObject({
        value: { state: 'no-account' },
      });
      expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true });
      expect(await core.dispatch('account.clearData', clear)).toMatchObject({
        value: { state: 'no-account' },
      });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('deletes the rest when the vault cannot be, and says the clear is incomplete', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'shallot.db'), 'x');
    writeFileSync(join(dir, 'vault.json'), '{}');
    const stuck = {
      destroy: () => Promise.reject(new Error('EBUSY')),
    } as Partial<KeyVault> as KeyVault; // only `destroy` is reached
    const failure = await clearDeviceData(dir, stuck, silentLogger).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ClearDataError);
    expect(failure).toMatchObject({ code: 'clear-incomplete' });
    expect(readdirSync(dir)).toEqual(['vault.json']);
  });
});
