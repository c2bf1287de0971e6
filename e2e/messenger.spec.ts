/**
 * The messenger as two new users meet it (issue 16 "Tests"): two web hosts on one localnet, each
 * person in their own browser, every step through the visible UI. Screens of each new state are
 * saved in light and dark to e2e/screenshots/ and scanned with axe in both themes.
 */
import type { Page } from '@playwright/test';
import { createAccount, openSettings } from './fixtures/onboarding';
import {
  bubble,
  enablePrivacySwitch,
  launchPair,
  notificationsOf,
  type Pair,
  type Person,
} from './fixtures/two-users';
import { expect, test } from './fixtures/web-host';

/** Waiting on the network: a store, a poll cycle and an onion round trip on each side. */
const NET = { timeout: 30_000 };

let pair: Pair;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  pair = await launchPair(browser);
});

test.afterAll(async () => {
  await pair?.close();
});

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ actionTimeout: 30_000 });

const ids = { alice: '', bob: '' };

function composerOf(p: Person, to: string) {
  return p.page.getByRole('textbox', { name: `Message to ${to}` });
}

async function send(p: Person, to: string, text: string): Promise<void> {
  const composer = composerOf(p, to);
  await composer.fill(text);
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(bubble(p.page, text).last().getByText('Sent', { exact: true })).toBeAttached(NET);
}

async function backToConversations(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to conversations' }).click();
  await expect(page.getByRole('listbox', { name: 'Conversations' })).toBeVisible();
}

test('two new users: Alice writes to Bob’s ID, Bob accepts the request and replies', async () => {
  const { alice, bob } = pair;
  ids.alice = (await createAccount(alice.page, 'Alice')).sessionId;
  ids.bob = (await createAccount(bob.page, 'Bob')).sessionId;
  await expect(alice.page.getByTestId('network-state')).toHaveText(/^Online/, NET);
  await expect(bob.page.getByTestId('network-state')).toHaveText(/^Online/, NET);

  await alice.page.getByRole('button', { name: 'New message', exact: true }).click();
  const field = alice.page.getByRole('textbox', { name: 'Session ID or ONS name' });
  await field.fill(ids.bob);
  await expect(alice.page.getByTestId('recipient-check')).toContainText('A Session ID');
  await alice.shoot('01-new-message');
  await alice.page.getByRole('button', { name: 'Start chat' }).click();
  const title = alice.page.locator('#chat-title');
  await expect(title).toBeVisible();
  const aliceTo = await title.textContent();
  await send(alice, aliceTo ?? '', 'Hello Bob, this is Alice.');
  await alice.shoot('02-first-message');

  // Bob: a request, kept apart from his chats.
  const requests = bob.page.getByRole('button', { name: 'Message requests' });
  await expect(requests).toContainText('1', NET);
  await expect(bob.page.getByRole('listbox', { name: 'Conversations' }).getByRole('option')).toHaveCount(0);
  await requests.click();
  await bob.page.getByRole('button', { name: /^Alice/ }).click();
  await expect(bob.page.getByRole('region', { name: 'Message request', exact: true })).toBeVisible();
  await expect(bubble(bob.page, 'Hello Bob, this is Alice.')).toBeVisible();
  await bob.shoot('01-request');
  await bob.page
    .getByRole('region', { name: 'Message request', exact: true })
    .getByRole('button', { name: 'Accept the request from Alice' })
    .click();
  await send(bob, 'Alice', 'Hi Alice! Bob here.');
  await bob.shoot('02-accepted-reply');

  await expect(bubble(alice.page, 'Hi Alice! Bob here.')).toBeVisible(NET);
  await expect(alice.page.getByRole('heading', { name: 'Bob', level: 2 })).toBeVisible(NET);
  await alice.shoot('03-reply-received');
});

test('typing indicators and read receipts, once both turned them on', async () => {
  const { alice, bob } = pair;
  for (const p of [alice, bob]) {
    await enablePrivacySwitch(p.page, 'Read receipts');
    await enablePrivacySwitch(p.page, 'Typing indicators');
  }
  await alice.shoot('04-settings-privacy-on');
  await backToConversations(alice.page);
  await backToConversations(bob.page);
  await alice.page.getByRole('option', { name: /^Bob/ }).click();
  await bob.page.getByRole('option', { name: /^Alice/ }).click();

  await composerOf(alice, 'Bob').pressSequentially('Are you the');
  await expect(bob.page.locator('.chat-header .typing')).toHaveText('typing…', NET);
  await bob.shoot('03-typing');
  await composerOf(alice, 'Bob').fill('');
  await expect(bob.page.locator('.chat-header .typing')).toHaveCount(0, NET);

  await send(alice, 'Bob', 'Did you read this?');
  await expect(bubble(bob.page, 'Did you read this?')).toBeVisible(NET);
  await expect(bubble(alice.page, 'Did you read this?').getByText('Read', { exact: true })).toBeAttached(NET);
  await alice.shoot('05-read');
});

test('a quote, a reaction and a message deleted for everyone', async () => {
  const { alice, bob } = pair;
  const original = bubble(bob.page, 'Did you read this?');
  await original.hover();
  await original.getByTitle('Reply').click();
  await expect(bob.page.getByText('Replying to Alice')).toBeVisible();
  await send(bob, 'Alice', 'Yes, I did.');
  const quoted = bubble(alice.page, 'Yes, I did.');
  await expect(quoted.getByRole('button', { name: /^Reply to .*Did you read this\?/ })).toBeVisible(NET);
  await alice.shoot('06-quote');

  await quoted.hover();
  await quoted.getByTitle('React').click();
  await alice.page.getByRole('button', { name: 'React with 😮' }).click();
  await expect(bubble(bob.page, 'Yes, I did.').getByRole('button', { name: /^😮 1/ })).toBeVisible(NET);
  await bob.shoot('04-reaction');

  await send(alice, 'Bob', 'A message to take back');
  await expect(bubble(bob.page, 'A message to take back')).toBeVisible(NET);
  await bubble(alice.page, 'A message to take back').click({ button: 'right' });
  await alice.page.getByRole('menuitem', { name: 'Delete for everyone' }).click();
  const confirm = alice.page.getByRole('dialog', { name: 'Delete this message for everyone?' });
  await alice.shoot('07-delete-for-everyone');
  await confirm.getByRole('button', { name: 'Delete for everyone' }).click();
  await expect(bubble(alice.page, 'A message to take back')).toHaveCount(0);
  await expect(bubble(bob.page, 'A message to take back')).toHaveCount(0, NET);
  await expect(bob.page.getByText('This message was deleted.').last()).toBeVisible();
  await bob.shoot('05-deleted');
});

test('a disappearing message vanishes on both sides', async () => {
  const { alice, bob } = pair;
  await alice.page.getByRole('button', { name: 'Conversation options' }).click();
  await alice.page.getByRole('menuitem', { name: 'Disappearing messages…' }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'Disappearing messages' });
  await dialog.getByRole('radio', { name: 'After they are sent' }).check();
  await dialog.getByLabel('After', { exact: true }).selectOption({ label: '30 seconds' });
  await alice.shoot('08-disappearing-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(bob.page.getByText(/set messages to disappear/)).toBeVisible(NET);

  await send(alice, 'Bob', 'This one disappears.');
  await expect(bubble(bob.page, 'This one disappears.')).toBeVisible(NET);
  await expect(bubble(bob.page, 'This one disappears.').getByLabel(/^Disappears in \d+ s$/)).toBeVisible();
  await bob.shoot('06-disappearing');
  // Thirty seconds after it was sent, on both sides, without anyone touching it.
  await expect(bubble(alice.page, 'This one disappears.')).toHaveCount(0, { timeout: 60_000 });
  await expect(bubble(bob.page, 'This one disappears.')).toHaveCount(0, NET);
});

test('keyboard only: new message to self, send, and switch back to a chat with news', async () => {
  const { alice, bob } = pair;
  const page = alice.page;
  await page.keyboard.press('Control+n');
  const field = page.getByRole('textbox', { name: 'Session ID or ONS name' });
  await expect(field).toBeFocused();
  await page.keyboard.type(ids.alice);
  await page.keyboard.press('Enter');
  const composer = page.getByRole('textbox', { name: /^Message to/ });
  await expect(composer).toBeFocused();
  await page.keyboard.type('Note: buy onions');
  await page.keyboard.press('Enter');
  await expect(bubble(page, 'Note: buy onions').getByText('Sent', { exact: true })).toBeAttached(NET);
  await alice.shoot('09-note-to-self');

  // Bob writes while Alice looks at another chat: a notification each, an unread badge, the title.
  const before = (await notificationsOf(page)).length;
  await send(bob, 'Alice', 'Ping one');
  await send(bob, 'Alice', 'Ping two');
  const bobRow = page.getByRole('option', { name: /^Bob, 2 unread messages/ });
  await expect(bobRow).toBeVisible(NET);
  await expect(page).toHaveTitle('(2) Shallot');
  await expect
    .poll(async () => (await notificationsOf(page)).slice(before))
    .toEqual([
      { title: 'Bob', body: 'Ping one', tag: expect.stringMatching(/^conversation-05/) },
      { title: 'Bob', body: 'Ping two', tag: expect.stringMatching(/^conversation-05/) },
    ]);
  await alice.shoot('10-unread-badge');

  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('heading', { name: 'Bob', level: 2 })).toBeVisible();
  await expect(bubble(page, 'Ping two')).toBeVisible();
  await expect(page).toHaveTitle('Shallot');
  expect(alice.errors).toEqual([]);
  expect(bob.errors).toEqual([]);
});

test('clearing this device’s data leaves the account on the network and shows the welcome screen', async () => {
  const { bob } = pair;
  await openSettings(bob.page, 'Clear data');
  await bob.page.getByRole('button', { name: 'Clear data…' }).click();
  const dialog = bob.page.getByRole('dialog', { name: 'Clear this device’s data' });
  await dialog.getByLabel('Type “delete” to confirm').fill('delete');
  await bob.shoot('07-clear-data');
  await dialog.getByRole('button', { name: 'Delete this device’s data' }).click();
  await expect(bob.page.getByRole('heading', { name: 'Welcome to Shallot' })).toBeVisible(NET);
  expect(bob.errors).toEqual([]);
});
