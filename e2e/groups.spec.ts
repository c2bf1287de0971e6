/**
 * Closed groups (issue 13): Alice, in the app, creates a group with Bob and Carol — two accounts on
 * the command line of the same localnet — by pasting their IDs into the create-group dialog. They
 * accept; Bob posts, Alice reads it in the chat and answers, Carol's `listen` prints Alice's answer.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchLocalnet } from './fixtures/localnet';
import { createAccount } from './fixtures/onboarding';
import { expect, freshDataDir, launchWebHost, test } from './fixtures/web-host';

function cliOn(profilePath: string, root: string) {
  const run = (dir: string, args: string[]): string =>
    execFileSync(
      process.execPath,
      ['dist/cli/shallot.mjs', ...args, '--data-dir', join(root, dir), '--network', profilePath],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    ).toString();
  return {
    one: (dir: string, args: string[]) => JSON.parse(run(dir, args)) as Record<string, unknown>,
    lines: (dir: string, seconds: number) =>
      run(dir, ['listen', '--seconds', String(seconds)])
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** Listens in rounds of 8 s (at most 4) until the invite arrives: they are sent one after another. */
function inviteOf(cli: ReturnType<typeof cliOn>, dir: string): Record<string, unknown> | undefined {
  for (let round = 0; round < 4; round++) {
    const invite = cli.lines(dir, 8).find((l) => l['kind'] === 'invite');
    if (invite) return invite;
  }
  return undefined;
}

test('a group made in the app with two others: all three chat', async ({ page }) => {
  test.setTimeout(180_000);
  const localnet = await launchLocalnet();
  const cli = cliOn(localnet.profilePath, freshDataDir('groups-cli'));
  const bob = cli.one('bob', ['create', '--name', 'Bob'])['sessionId'] as string;
  const carol = cli.one('carol', ['create', '--name', 'Carol'])['sessionId'] as string;
  const host = await launchWebHost(freshDataDir('groups'), ['--network', localnet.profilePath]);
  try {
    await page.goto(host.url);
    const alice = await createAccount(page, 'Alice');
    await page.getByRole('button', { name: 'New group' }).click();
    await page.getByLabel('Group name').fill('Trio');
    await page.getByLabel('Or paste Session IDs').fill(`${bob}\n${carol}`);
    await expect(page.getByText('2 chosen')).toBeVisible();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Trio', level: 2 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('3 members')).toBeVisible();

    const invite = inviteOf(cli, 'bob');
    expect(invite).toMatchObject({ from: alice.sessionId, name: 'Trio' });
    const groupId = invite!['groupId'] as string;
    cli.one('bob', ['group', 'accept', groupId]);
    expect(inviteOf(cli, 'carol')).toMatchObject({ groupId });
    cli.one('carol', ['group', 'accept', groupId]);
    cli.one('bob', ['send', '--to', groupId, '--text', 'hello from Bob']);
    const timeline = page.getByRole('list', { name: 'Messages' });
    await expect(timeline.getByText('hello from Bob')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('textbox', { name: 'Message to Trio' }).fill('hello both');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(timeline.getByText('hello both')).toBeVisible();
    const heard = cli.lines('carol', 10);
    expect(heard).toContainEqual(
      expect.objectContaining({ kind: 'message', conversation: groupId, body: 'hello both' }),
    );
  } finally {
    await host.stop();
    await localnet.stop();
  }
});
