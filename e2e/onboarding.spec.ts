import { launchWebHost, freshDataDir, expect, test } from './fixtures/web-host';
import { createAccount, restoreAccount } from './fixtures/onboarding';

test('create an account, then restore it from its phrase in a second data folder', async ({
  page,
  host,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(host.url);
  const { sessionId, phrase } = await createAccount(page, 'Alice');

  // The main screen: own ID with copy and QR, and the empty conversation list.
  await expect(page.getByText('No conversations yet')).toBeVisible();
  await expect(page.getByText('Signed in as Alice')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of your Session ID' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy your Session ID' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sessionId);

  // A second, independent data folder: the same phrase lands on the same Session ID.
  const second = await launchWebHost(freshDataDir('restore'));
  try {
    const other = await browser.newPage();
    await other.goto(second.url);
    await expect(other.getByRole('heading', { name: 'Welcome to Shallot' })).toBeFocused();
    expect(await restoreAccount(other, phrase, 'Alice on laptop')).toBe(sessionId);
    await other.close();
  } finally {
    await second.stop();
  }

  // The first host still has its own account after a reload.
  await page.reload();
  await expect(page.getByTestId('own-session-id')).toHaveText(sessionId);
});

test('a wrong phrase says exactly what is wrong and does not proceed', async ({ page, host }) => {
  await page.goto(host.url);
  // A real phrase to spoil, made the way the app makes one.
  const made = await page.evaluate(() => window.shallot.call('onboarding.generate', {}));
  if (!made.ok) throw new Error(made.error.message);
  const words = made.value.phrase.split(' ');

  await page.getByRole('button', { name: 'I have an account' }).click();
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeFocused();
  const field = page.getByLabel('Recovery phrase', { exact: true });
  const check = page.getByTestId('phrase-check');
  const next = page.getByRole('button', { name: 'Continue' });

  // Unknown word, named with its position.
  const unknown = [...words.slice(0, 4), 'xyzzy', ...words.slice(5)].join(' ');
  await field.fill(unknown);
  await expect(check).toHaveText("Word 5, 'xyzzy', is not in the word list.");
  await next.click();
  await expect(page.getByRole('alert')).toHaveText("Word 5, 'xyzzy', is not in the word list.");
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeVisible();

  // Wrong checksum: the 13th word replaced by another real word.
  // (The checksum word repeats one of the first twelve; any other of them is a real word that fails.)
  const otherLast = words.find((w) => w !== words[12]) ?? '';
  await field.fill([...words.slice(0, 12), otherLast].join(' '));
  await expect(check).toContainText('do not add up');
  await next.click();
  await expect(page.getByRole('alert')).toContainText('do not add up');
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeVisible();

  // Wrong count.
  await field.fill(words.slice(0, 5).join(' '));
  await expect(check).toHaveText('A recovery phrase has 13 words (or 12 in BIP39 form); this one has 5.');
  await next.click();
  await expect(page.getByRole('alert')).toContainText('this one has 5');
  await expect(page.getByRole('heading', { name: 'Restore your account' })).toBeVisible();

  // Both forms are accepted and the detected form is shown.
  await field.fill(made.value.phrase);
  await expect(check).toContainText('Session recovery phrase (13 words) — recognised.');
  await field.fill(
    'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  );
  await expect(check).toContainText('BIP39 phrase (12 words) — recognised.');
  await next.click();
  await expect(page.getByRole('heading', { name: 'Choose a display name' })).toBeFocused();
});

test('the phrase check refuses a wrong word', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'I have saved my recovery phrase' }).click();
  await expect(page.getByRole('heading', { name: 'Check your recovery phrase' })).toBeFocused();
  for (const input of await page.getByRole('textbox', { name: /^Word \d+$/ }).all())
    await input.fill('wrong');
  await page.getByRole('button', { name: 'Check words' }).click();
  await expect(page.getByRole('alert')).toContainText('is not word');
  await expect(page.getByRole('heading', { name: 'Check your recovery phrase' })).toBeVisible();
});
