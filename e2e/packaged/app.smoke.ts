/**
 * A packaged Shallot, started as a user would (its own data folder, no network), goes through
 * onboarding to the main screen and shows its network status. A package whose archive, native
 * modules (SQLCipher opens the new account's database; sodium-native loads in the core) or
 * renderer is broken fails here, before anyone downloads it.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount } from '../fixtures/onboarding';

const APP = process.env['SHALLOT_APP'];

test('the installed app onboards a new account and reaches the main screen', async () => {
  expect(APP, 'SHALLOT_APP names the packaged executable').toBeTruthy();
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-smoke-'));
  const app = await electron.launch({
    executablePath: APP ?? '',
    args: ['--data-dir', dataDir, '--network', 'offline'],
    env: { ...process.env, SHALLOT_LOG: 'info' },
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://shallot/index.html');
    expect(await app.evaluate(({ app: a }) => a.isPackaged)).toBe(true);

    await createAccount(page, 'Smoke Test');
    await expect(page.getByTestId('network-state')).toContainText(/offline/i);

    const info = await page.evaluate(() => window.shallot.call('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', network: 'offline' } });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
