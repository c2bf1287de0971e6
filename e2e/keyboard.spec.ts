import type { Page } from '@playwright/test';
import { readPhrase } from './fixtures/onboarding';
import { expect, test } from './fixtures/web-host';

const ZERO_BIP39 =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

/** Presses Tab until the focused element has this accessible name (a person scanning with Tab). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('onboarding with the keyboard only (Tab and Enter)', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Shallot' })).toBeFocused();
  await tabTo(page, 'Create account');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your new account' })).toBeFocused();
  const phrase = (await readPhrase(page)).split(' ');
  await tabTo(page, 'I have saved my recovery phrase');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your recovery phrase' })).toBeFocused();
  for (const id of ['check-first', 'check-second']) {
    const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
    await tabTo(page, label);
    await page.keyboard.type(phrase[Number(/\d+/.exec(label)?.[0]) - 1] ?? '');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a display name' })).toBeFocused();
  await tabTo(page, 'Display name');
  await page.keyboard.type('Keyboard Kim');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused();
  await tabTo(page, 'Settings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeFocused();
});

test('restore with the keyboard only', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Shallot' })).toBeFocused();
  await tabTo(page, 'I have an account');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeFocused();
  await tabTo(page, 'Recovery phrase');
  await page.keyboard.type(ZERO_BIP39);
  await expect(page.getByTestId('phrase-check')).toContainText('BIP39 phrase (12 words) — recognised.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a display name' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Zero');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused();
});
