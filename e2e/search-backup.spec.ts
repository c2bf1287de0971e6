/**
 * Search and backups in the app (issue 15), on the offline web host: global search finds a message
 * in another chat and opens that chat at the message (highlighted, far back in its history);
 * in-chat search counts and steps through matches; a backup exported from Settings → Backup is
 * restored from the welcome screen in a fresh data folder, with its history. Axe scans every new
 * screen in light and dark.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openSettings, quickAccount, screenRecorder } from './fixtures/onboarding';
import { expect, freshDataDir, launchWebHost, test } from './fixtures/web-host';

const PEER = `05${'ab'.repeat(32)}`;
const PASSPHRASE = 'a long backup passphrase';
/** Messages sent after the one searched for, so it lies well outside the chat's first page. */
const AFTER = 80;

/** Note to Self and a chat with PEER (messages stay unsent offline, but are stored and indexed). */
async function seed(page: Page): Promise<{ self: string; phrase: string }> {
  return page.evaluate(
    async ({ peer, after }) => {
      const b = window.shallot;
      const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>) => {
        const a = await r;
        if (!a.ok) throw new Error(a.error.code);
        return a.value;
      };
      const self = (await must(b.call('account.state', {}))).sessionId ?? '';
      for (const to of [peer, self]) await must(b.call('conversations.open', { to }));
      await must(
        b.call('messages.send', { conversationId: peer, body: 'Meet me at the lighthouse at noon' }),
      );
      for (let i = 0; i < after; i++)
        await must(b.call('messages.send', { conversationId: peer, body: `filler number ${i}` }));
      await must(b.call('messages.send', { conversationId: self, body: 'Groceries: tea, bread' }));
      const { phrase } = await must(b.call('account.revealPhrase', {}));
      return { self, phrase };
    },
    { peer: PEER, after: AFTER },
  );
}

test('search finds a message in another chat and opens it there; in-chat search steps through matches', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await quickAccount(page, { name: 'Ann' });
  await seed(page);
  const shoot = screenRecorder(page, 'search');

  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.fill('lightho');
  const hit = page.getByRole('option', { name: /lighthouse/ });
  await expect(hit).toBeVisible();
  await expect(page.getByRole('group', { name: 'Messages' })).toBeVisible();
  await shoot('results');
  await box.press('Enter');

  await expect(page.getByRole('heading', { name: /^05abab/, level: 2 })).toBeVisible();
  const target = page.locator('.highlight', { hasText: 'Meet me at the lighthouse at noon' });
  await expect(target).toBeVisible();

  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Search in this chat' });
  await expect(find).toBeFocused();
  await find.fill('filler');
  const count = page.locator('#chat-search-count');
  await expect(count).toHaveText(`1 of ${AFTER}`);
  await find.press('Enter');
  await expect(count).toHaveText(`2 of ${AFTER}`);
  await expect(page.locator('.highlight', { hasText: `filler number ${AFTER - 2}` })).toBeVisible();
  await find.press('Shift+Enter');
  await expect(count).toHaveText(`1 of ${AFTER}`);
  await shoot('in-chat');
});

test('export a backup, restore it in a fresh data folder, see the history', async ({
  page,
  host,
  browser,
}) => {
  await page.goto(host.url);
  await quickAccount(page, { name: 'Ann' });
  const { self, phrase } = await seed(page);
  const folder = mkdtempSync(join(tmpdir(), 'shallot-e2e-backup-'));

  await openSettings(page, 'Backup');
  await shoot(page, 'settings');
  const form = page.getByRole('form', { name: 'Back up now' });
  await form.getByLabel('Folder', { exact: true }).fill(folder);
  await form.getByLabel('File name', { exact: true }).fill('ann.shallotbackup');
  await form.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('The passphrase again', { exact: true }).fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Back up', exact: true }).click();
  const file = join(folder, 'ann.shallotbackup');
  await expect(page.getByText(`Backed up to ${file}.`)).toBeVisible({ timeout: 30_000 });

  // Automatic backups into the same folder, every day, keeping two.
  const auto = page.getByRole('region', { name: 'Automatic backups' });
  await auto.getByLabel('Folder', { exact: true }).fill(folder);
  await auto.getByLabel('Files to keep', { exact: true }).fill('2');
  await auto.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
  await auto.getByLabel('The passphrase again', { exact: true }).fill(PASSPHRASE);
  await auto.getByRole('button', { name: 'Turn on automatic backups' }).click();
  await expect(auto.getByText(`Backing up to ${folder}, every 24 hours, keeping 2.`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(auto.getByText(/^Last backup: /)).toBeVisible({ timeout: 30_000 });

  const second = await launchWebHost(freshDataDir('from-backup'));
  try {
    // A context of its own: axe scans pages of a context, not of the browser's default one.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(second.url);
    await other.getByRole('button', { name: 'Restore from a backup file' }).click();
    await expect(other.getByRole('heading', { name: 'Restore from a backup file' })).toBeVisible();
    await shoot(other, 'restore');
    await other.getByLabel('Recovery phrase', { exact: true }).fill(phrase);
    await other.getByLabel('Backup file (its full path)', { exact: true }).fill(file);
    await other.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(other.getByRole('heading', { name: 'Conversations', level: 2 })).toBeVisible({
      timeout: 30_000,
    });
    await expect(other.getByTestId('own-session-id')).toHaveText(self);
    await other.getByRole('option', { name: /^05abab/ }).click();
    await expect(other.locator('section.chat').getByText(`filler number ${AFTER - 1}`)).toBeVisible();
    await context.close();
  } finally {
    await second.stop();
  }
});

async function shoot(page: Page, name: string): Promise<void> {
  await screenRecorder(page, 'backup')(name);
}
