import { launchLocalnet } from './fixtures/localnet';
import { quickAccount } from './fixtures/onboarding';
import { expect, freshDataDir, launchWebHost, test } from './fixtures/web-host';

test('with an account open, the app connects to its network through onion paths', async ({ page }) => {
  const localnet = await launchLocalnet();
  const host = await launchWebHost(freshDataDir('net'), ['--network', localnet.profilePath]);
  try {
    await page.goto(host.url);
    // No account yet: nothing to connect for, and no network state that says otherwise.
    await expect(page.getByRole('heading', { name: 'Welcome to Shallot' })).toBeVisible();
    await expect(page.getByTestId('network-state')).toHaveCount(0);
    await quickAccount(page, { name: 'Nell' });
    await expect(page.getByTestId('network-state')).toHaveText('Online · 2 onion paths', {
      timeout: 20_000,
    });
  } finally {
    await host.stop();
    await localnet.stop();
  }
});

test('a network profile that cannot be read stops the host with a clear message', async () => {
  await expect(
    launchWebHost(freshDataDir('badnet'), ['--network', '/nonexistent/profile.json']),
  ).rejects.toThrow(/Shallot could not start: .*profile/i);
});
