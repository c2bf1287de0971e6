import { createAccount, openSettings, quickAccount, setAppPassword } from './fixtures/onboarding';
import { expect, launchWebHost, test } from './fixtures/web-host';

test('with an app password, a restarted Shallot starts locked and unlocks', async ({ page, host }) => {
  await page.goto(host.url);
  const { sessionId } = await createAccount(page, 'Bob');
  await setAppPassword(page, 'correct horse');
  await host.stop();

  const again = await launchWebHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();

    // Nothing of the account is readable before unlock.
    const peek = await page.evaluate(async () => ({
      state: await window.shallot.call('account.state', {}),
      settings: await window.shallot.call('settings.get', {}),
      qr: await window.shallot.call('account.qr', {}),
    }));
    expect(peek.state).toEqual({ ok: true, value: { state: 'locked', vault: 'password' } });
    expect(peek.settings).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(peek.qr).toMatchObject({ ok: false, error: { code: 'locked' } });

    const password = page.getByLabel('App password', { exact: true });
    await password.fill('not it');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That password is not right.');
    await expect(password).toBeFocused();

    await password.fill('correct horse');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused();
    await expect(page.getByTestId('own-session-id')).toHaveText(sessionId);

    // Lock now, from the top bar, and back in.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();
    await page.getByLabel('App password', { exact: true }).fill('correct horse');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('own-session-id')).toHaveText(sessionId);
  } finally {
    await again.stop();
  }
});

test('settings: name, phrase behind the password, change and remove the password, theme', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const { phrase } = await createAccount(page, 'Carol');

  // Without a password the phrase shows at once.
  await openSettings(page, 'Recovery phrase');
  await page.getByRole('button', { name: 'Show recovery phrase' }).click();
  await expect(page.getByTestId('recovery-phrase')).toHaveText(phrase.split(' ').join(''));
  await page.getByRole('button', { name: 'Hide recovery phrase' }).click();
  await expect(page.getByTestId('recovery-phrase')).toHaveCount(0);

  await openSettings(page, 'Profile');
  await page.getByLabel('Display name', { exact: true }).fill('Carol C.');
  await page.getByRole('button', { name: 'Save display name' }).click();
  await expect(page.getByText('Display name saved.')).toBeVisible();

  await setAppPassword(page, 'first secret');
  // Now the phrase needs the password.
  await openSettings(page, 'Recovery phrase');
  await page.getByRole('button', { name: 'Show recovery phrase' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your app password.');
  await page.getByLabel('App password (to show the phrase)', { exact: true }).fill('wrong one');
  await page.getByRole('button', { name: 'Show recovery phrase' }).click();
  await expect(page.getByRole('alert')).toHaveText('That password is not right.');
  await page.getByLabel('App password (to show the phrase)', { exact: true }).fill('first secret');
  await page.getByRole('button', { name: 'Show recovery phrase' }).click();
  await expect(page.getByTestId('recovery-phrase')).toHaveText(phrase.split(' ').join(''));

  // Each password action in its own dialog.
  await openSettings(page, 'Privacy');
  await page.getByRole('button', { name: 'Change app password…' }).click();
  const change = page.getByRole('dialog', { name: 'Change the app password' });
  await change.getByLabel('Current app password', { exact: true }).fill('first secret');
  await change.getByLabel('New app password', { exact: true }).fill('second secret');
  await change.getByLabel('Repeat the new app password', { exact: true }).fill('second secret');
  await change.getByRole('button', { name: 'Change app password', exact: true }).click();
  await expect(change).toBeHidden();
  await expect(page.getByText('App password changed.')).toBeVisible();

  await page.getByLabel('Lock automatically after inactivity', { exact: true }).selectOption('5');
  await expect(page.getByLabel('Lock automatically after inactivity', { exact: true })).toHaveValue('5');

  await openSettings(page, 'Appearance');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await openSettings(page, 'Privacy');
  await page.getByRole('button', { name: 'Remove app password…' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the app password' });
  await remove.getByLabel('Current app password', { exact: true }).fill('second secret');
  await remove.getByRole('button', { name: 'Remove app password', exact: true }).click();
  await expect(page.getByText('App password removed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set app password…' })).toBeVisible();

  // Settings and name survive a reload (they live in the core, not the page).
  await page.reload();
  await expect(page.getByText('Signed in as Carol C.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('auto-lock after the chosen idle minutes', async ({ page, host }) => {
  // The page's timers run on a controlled clock, so a minute of idling takes no real time.
  await page.clock.install();
  await page.goto(host.url);
  await quickAccount(page, { name: 'Gus', password: 'idle hands' });
  await openSettings(page, 'Privacy');
  await page.getByLabel('Lock automatically after inactivity', { exact: true }).selectOption('1');
  await expect(page.getByLabel('Lock automatically after inactivity', { exact: true })).toHaveValue('1');
  // Input keeps it open...
  await page.clock.fastForward(50_000);
  await page.mouse.move(10, 10);
  await page.clock.fastForward(50_000);
  // Asked over the same socket as a lock would have been, so the answer comes after it.
  const state = await page.evaluate(() => window.shallot.call('account.state', {}));
  expect(state).toMatchObject({ ok: true, value: { state: 'ready' } });
  // ...a full idle minute locks it.
  await page.clock.fastForward(61_000);
  await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();
});

test('after three wrong passwords, unlocking pauses and says for how long, in one message', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await quickAccount(page, { name: 'Hal', password: 'open sesame' });
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();
  const password = page.getByLabel('App password', { exact: true });
  const unlock = page.getByRole('button', { name: 'Unlock' });
  for (const guess of ['guess one', 'guess two']) {
    await password.fill(guess);
    await unlock.click();
    await expect(page.getByRole('alert')).toHaveText('That password is not right.');
    await expect(unlock).toBeEnabled();
  }
  await password.fill('guess three');
  await unlock.click();
  await expect(page.getByRole('alert')).toHaveText(
    /^That password is not right\. Try again in \d+ seconds?\.$/,
  );
  await expect(unlock).toBeDisabled();
  // Even the right password waits out the pause.
  const early = await page.evaluate(() => window.shallot.call('account.unlock', { password: 'open sesame' }));
  expect(early).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  // Once it is over, the message goes and the right password opens.
  await expect(unlock).toBeEnabled({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await password.fill('open sesame');
  await unlock.click();
  await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused();
});
