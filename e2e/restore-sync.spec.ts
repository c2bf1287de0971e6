/**
 * Restore with config sync (issue 12): an account made and used on another device (the CLI, on a
 * localnet) is restored from its phrase in the app, in a new data folder, without typing a name:
 * the progress screen shows, then the main screen with the account's name and its contact list.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchLocalnet } from './fixtures/localnet';
import { expect, freshDataDir, launchWebHost, test } from './fixtures/web-host';

function cliOn(profilePath: string, root: string) {
  return (dir: string, args: string[], input = ''): Record<string, unknown> =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['dist/cli/shallot.mjs', ...args, '--data-dir', join(root, dir), '--network', profilePath],
        { input, stdio: ['pipe', 'pipe', 'ignore'] },
      ).toString(),
    ) as Record<string, unknown>;
}

test('restore in a new data folder brings back the name and the contact list', async ({ page }) => {
  test.setTimeout(120_000);
  const localnet = await launchLocalnet();
  const cli = cliOn(localnet.profilePath, freshDataDir('restore-sync-cli'));
  const bob = cli('bob', ['create', '--name', 'Bob'])['sessionId'] as string;
  const carol = cli('carol', ['create', '--name', 'Carol'])['sessionId'] as string;
  cli('alice', ['create', '--name', 'Alice']);
  cli('alice', ['send', '--to', bob, '--text', 'hi Bob']);
  cli('alice', ['send', '--to', carol, '--text', 'hi Carol']);
  cli('alice', ['contacts', 'nickname', bob, 'Bobby']);
  const phrase = cli('alice', ['call', 'account.revealPhrase', '-'], '{}')['phrase'] as string;

  const host = await launchWebHost(freshDataDir('restore-sync'), ['--network', localnet.profilePath]);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'I have an account' }).click();
    await page.getByLabel('Recovery phrase', { exact: true }).fill(phrase);
    await expect(page.getByTestId('phrase-check')).toContainText('recognised');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(/comes back from the network/)).toBeVisible();
    // No name typed: the network has it.
    await page.getByRole('button', { name: 'Restore my account' }).click();
    await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused({
      timeout: 40_000,
    });
    await expect(page.getByRole('button', { name: 'Your profile: Alice' })).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Conversations' });
    await expect(list.getByRole('option', { name: /^Bobby/ })).toBeVisible();
    await expect(list.getByRole('option')).toHaveCount(2);
  } finally {
    await host.stop();
    await localnet.stop();
  }
});
