/**
 * Every screen a new user meets, saved in light and dark (e2e/screenshots/, git-ignored) and
 * scanned with axe in both themes: no serious or critical findings allowed.
 */
import {
  createAccount,
  openSettings,
  quickAccount,
  restoreAccount,
  screenRecorder,
  setAppPassword,
} from './fixtures/onboarding';
import { expect, launchWebHost, test } from './fixtures/web-host';

const ZERO_BIP39 =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

test('creating an account', async ({ page, host }) => {
  await page.goto(host.url);
  await createAccount(page, 'Dana', screenRecorder(page, 'create'));
});

test('the main screen and settings', async ({ page, host }) => {
  await page.goto(host.url);
  await quickAccount(page, { name: 'Dana' });
  const shoot = screenRecorder(page, 'main');
  await shoot('01-main');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeFocused();
  await shoot('02-settings');
  await openSettings(page, 'Recovery phrase');
  await page.getByRole('button', { name: 'Show recovery phrase' }).click();
  await expect(page.getByTestId('recovery-phrase')).toBeVisible();
  await shoot('03-settings-phrase');
});

test('restoring an account', async ({ page, host }) => {
  await page.goto(host.url);
  const shoot = screenRecorder(page, 'restore');
  await page.getByRole('button', { name: 'I have an account' }).click();
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeFocused();
  await shoot('01-restore-empty');
  const field = page.getByLabel('Recovery phrase', { exact: true });
  await field.fill(
    ZERO_BIP39.replace('abandon abandon abandon abandon abandon', 'abandon abandon abandon abandon xyzzy'),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('xyzzy');
  await shoot('02-restore-error');
  await field.fill(ZERO_BIP39);
  await expect(page.getByTestId('phrase-check')).toContainText('recognised');
  await shoot('03-restore-valid');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The name may stay empty on a restore: the account's profile in its swarm brings it back.
  await page.getByRole('button', { name: 'Restore my account' }).click();
  await expect(page.getByRole('heading', { name: 'Your Session ID' })).toBeVisible();
  await shoot('04-restored');
});

test('settings with an app password', async ({ page, host }) => {
  await page.goto(host.url);
  await restoreAccount(page, ZERO_BIP39, 'Eve');
  await setAppPassword(page, 'lock me up');
  await screenRecorder(page, 'password')('01-settings-with-password');
});

test('the lock screen', async ({ page, host }) => {
  await page.goto(host.url);
  await quickAccount(page, { name: 'Fay', password: 'lock me up' });
  await host.stop();
  const again = await launchWebHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();
    const shoot = screenRecorder(page, 'lock');
    await shoot('01-lock');
    await page.getByLabel('App password', { exact: true }).fill('nope nope');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shoot('02-lock-error');
  } finally {
    await again.stop();
  }
});
