/**
 * The visual harness of the messenger UI (issue 16): the built renderer with a scripted fake core
 * (fixtures/fake-core.ts), every new screen saved in light and dark to e2e/screenshots/ and scanned
 * with axe in both, plus the list behaviours only a real layout engine can show (scroll position
 * kept when older messages arrive, jumps, the unread divider in view). Test tooling, not the
 * product: the two-host localnet e2e replaces the fake once the core's messaging services exist.
 */
import type { Page } from '@playwright/test';
import { installFakeCore, type FakeCoreHandle, type Scenario } from './fixtures/fake-core';
import { screenRecorder } from './fixtures/onboarding';
import { expect, test } from './fixtures/static-renderer';
import { ALICE, emptyScenario, fullScenario } from './fixtures/ui-scenarios';

declare global {
  interface Window {
    readonly __fakeCore: FakeCoreHandle;
  }
}

/** Opens the app on a scenario; fails the test on any console error (a CSP refusal included). */
async function openApp(page: Page, url: string, scenario: Scenario, size = { width: 1200, height: 800 }) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize(size);
  await page.addInitScript(installFakeCore, scenario);
  await page.goto(url);
  return errors;
}

/** The full scenario with Alice's chat open; its recorder of screenshots. */
async function openAlice(page: Page, url: string) {
  const errors = await openApp(page, url, fullScenario());
  await page.getByRole('option', { name: /^Alice/ }).click();
  return { errors, shoot: screenRecorder(page, 'ui') };
}

async function callsOf(page: Page, method: string): Promise<unknown[]> {
  return page.evaluate(
    (m) => window.__fakeCore.calls.filter((c) => c.method === m).map((c) => c.params),
    method,
  );
}

test('the empty main screen: own Session ID, copy and QR', async ({ page, rendererUrl }) => {
  const errors = await openApp(page, rendererUrl, emptyScenario());
  await expect(page.getByRole('heading', { name: 'Conversations', level: 2 })).toBeFocused();
  await expect(page.getByText('No conversations yet')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of your Session ID' })).toBeVisible();
  await expect(page.getByTestId('network-state')).toHaveText('Online · 3 onion paths');
  expect(await page.title()).toBe('Shallot');
  await screenRecorder(page, 'ui')('01-empty');
  expect(errors).toEqual([]);
});

test('the list, a chat opened at its first unread message, and its menus', async ({ page, rendererUrl }) => {
  const errors = await openApp(page, rendererUrl, fullScenario());
  const shoot = screenRecorder(page, 'ui');
  const list = page.getByRole('listbox', { name: 'Conversations' });
  await expect(list.getByRole('option')).toHaveCount(13);
  // The core's order is kept: Note to Self and Bob are pinned, Alice is next.
  await expect(list.getByRole('option').nth(2)).toHaveAccessibleName(/^Alice, 5 unread messages/);
  // Muted Dev Team's 37 stay out of the total, as the core counts it.
  expect(await page.title()).toBe('(7) Shallot');
  await expect(page.getByRole('button', { name: 'Message requests' })).toContainText('2');
  await shoot('02-list');

  await list.getByRole('option', { name: /^Alice/ }).click();
  await expect(page.getByRole('heading', { name: 'Alice', level: 2 })).toBeVisible();
  const divider = page.getByText('Unread messages', { exact: true });
  await expect(divider).toBeInViewport();
  await shoot('03-chat-unread');

  const lastBubble = page.locator('[data-message-id]').last();
  await lastBubble.click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Message options' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Reply' })).toBeFocused();
  await shoot('04-message-menu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  await list.getByRole('option', { name: /^Bob/ }).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Actions for Bob Tanaka' })).toBeVisible();
  await shoot('05-conversation-menu');
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});

test('older messages arrive above without moving what the user reads', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, fullScenario());
  await page.getByRole('option', { name: /^Alice/ }).click();
  await expect(page.getByText('Unread messages', { exact: true })).toBeInViewport();
  const scroller = page.locator('.message-scroll');
  const before = (await callsOf(page, 'messages.page')).length;
  // Scroll up step by step, as a wheel would, until an older page was asked for.
  for (let i = 0; i < 20 && (await callsOf(page, 'messages.page')).length === before; i++) {
    await scroller.evaluate((el) => el.scrollBy(0, -300));
    await page.waitForTimeout(50);
  }
  const asked = await callsOf(page, 'messages.page');
  expect(asked.at(-1)).toMatchObject({ anchor: { at: 'before' } });
  // The message at the top of the viewport stays within a few pixels of where it was.
  const probe = () =>
    scroller.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const first = [...el.querySelectorAll<HTMLElement>('[data-message-id]')].find(
        (m) => m.getBoundingClientRect().bottom > top + 1,
      );
      return { id: first?.dataset['messageId'], y: (first?.getBoundingClientRect().top ?? 0) - top };
    });
  const held = await probe();
  await page.waitForTimeout(300);
  const after = await probe();
  expect(after.id).toBe(held.id);
  expect(Math.abs(after.y - held.y)).toBeLessThan(4);
});

test('a quote jumps to its original; the composer replies and sends with Enter', async ({
  page,
  rendererUrl,
}) => {
  const { errors, shoot } = await openAlice(page, rendererUrl);
  await page.getByRole('button', { name: /^Reply to Ada/ }).click();
  await expect(page.locator('.message.highlight')).toBeInViewport();

  const composer = page.getByRole('textbox', { name: 'Message to Alice' });
  await page.getByRole('button', { name: /^Jump to the newest message/ }).click();
  const newest = page.locator('[data-message-id]', { hasText: 'Last one: check' });
  await expect(newest).toBeInViewport();
  await newest.hover();
  await newest.getByTitle('Reply').click();
  await expect(page.getByText('Replying to Alice')).toBeVisible();
  await expect(composer).toBeFocused();
  await composer.pressSequentially('Line one');
  await page.keyboard.press('Shift+Enter');
  await composer.pressSequentially('line two');
  await expect(composer).toHaveValue('Line one\nline two');
  await shoot('06-composer-reply');
  await page.keyboard.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(page.locator('[data-message-id]').last()).toContainText('Line one');
  expect(await callsOf(page, 'messages.send')).toMatchObject([
    { body: 'Line one\nline two', conversationId: ALICE },
  ]);
  await expect(page.locator('[data-message-id]').last().getByText('Sent', { exact: true })).toBeAttached();
  expect(errors).toEqual([]);
});

test('reactions: the quick set and the full picker, native emoji under the CSP', async ({
  page,
  rendererUrl,
}) => {
  const { errors, shoot } = await openAlice(page, rendererUrl);
  const last = page.locator('[data-message-id]').last();
  await last.hover();
  await last.getByTitle('React').click();
  await page.getByRole('button', { name: 'More emoji' }).click();
  const picker = page.locator('.epr-main, aside.EmojiPickerReact').first();
  await expect(picker).toBeVisible();
  // Styled (the library's stylesheet applied despite `style-src 'self'`), and no image from a CDN.
  expect(await picker.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  expect(await page.locator('img[src^="http"]').count()).toBe(0);
  await shoot('07-reaction-picker');
  await page.getByRole('button', { name: 'React with 😂' }).click();
  expect(await callsOf(page, 'messages.react')).toMatchObject([{ emoji: '😂' }]);
  // The picker's own inline <style> is refused, as it must be; its rules arrive through CSSOM.
  expect(errors.filter((e) => !/^Applying inline style violates/.test(e))).toEqual([]);
});

test('new message: checked as typed, ONS lookup in progress', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, fullScenario());
  const shoot = screenRecorder(page, 'ui');
  await page.keyboard.press('Control+n');
  const field = page.getByRole('textbox', { name: 'Session ID or ONS name' });
  await expect(field).toBeFocused();
  await field.fill('15abc');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await expect(page.getByRole('alert')).toHaveText(/cannot message that kind of ID/);
  await shoot('08-new-message-invalid');
  await field.fill('alice');
  await expect(page.getByTestId('recipient-check')).toContainText('An ONS name');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await expect(page.getByText(/Looking up the ONS name/)).toBeVisible();
  await shoot('09-new-message-resolving');
});

test('message requests: the box, and a request that is not a chat yet', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, fullScenario());
  const shoot = screenRecorder(page, 'ui');
  await page.getByRole('button', { name: 'Message requests' }).click();
  await expect(page.getByRole('heading', { name: 'Message requests' })).toBeFocused();
  await page.getByRole('button', { name: /^Mallory/ }).click();
  await expect(page.getByRole('region', { name: 'Message request', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Message to/ })).toHaveCount(0);
  await shoot('10-requests');
});

test('settings: categories, a password dialog, clearing data', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, fullScenario());
  const shoot = screenRecorder(page, 'ui');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeFocused();
  await page.getByRole('button', { name: 'Privacy' }).click();
  await expect(page.getByRole('switch', { name: 'Typing indicators' })).toBeChecked();
  await shoot('11-settings-privacy');
  await page.getByRole('button', { name: 'Change app password…' }).click();
  await expect(page.getByRole('dialog', { name: 'Change the app password' })).toBeVisible();
  await shoot('12-settings-password-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Notifications' }).click();
  await shoot('13-settings-notifications');
  await page.getByRole('button', { name: 'Clear data' }).click();
  await page.getByRole('button', { name: 'Clear data…' }).click();
  await page.getByRole('button', { name: 'Delete this device’s data' }).click();
  await expect(page.getByRole('alert')).toContainText('Type “delete” to confirm');
  await shoot('14-settings-clear-data');
});

test('settings the core does not keep yet are disabled and say so', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, emptyScenario());
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Privacy' }).click();
  await expect(page.getByRole('switch', { name: 'Read receipts' })).toBeDisabled();
  await expect(page.getByText('does not keep this setting yet').first()).toBeVisible();
});

test('a narrow window shows one pane at a time', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, fullScenario(), { width: 640, height: 760 });
  const shoot = screenRecorder(page, 'ui');
  await expect(page.getByRole('listbox', { name: 'Conversations' })).toBeVisible();
  await shoot('15-narrow-list');
  await page.getByRole('option', { name: /^Alice/ }).click();
  await expect(page.getByRole('listbox', { name: 'Conversations' })).toBeHidden();
  const header = page.locator('.chat-header');
  expect((await header.boundingBox())?.height).toBeLessThan(70);
  await shoot('16-narrow-chat');
  await page.getByRole('button', { name: 'Back to the conversation list' }).click();
  await expect(page.getByRole('listbox', { name: 'Conversations' })).toBeVisible();
});

test('keyboard: Alt+↓ switches chats, arrows move in the list, Shift+F10 opens the menu', async ({
  page,
  rendererUrl,
}) => {
  await openApp(page, rendererUrl, fullScenario());
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Note to Self', level: 2 })).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Bob Tanaka', level: 2 })).toBeVisible();
  const first = page.getByRole('option').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').nth(1)).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: /^Actions for/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option').nth(1)).toBeFocused();
});

test('the core unreachable, and a page opened without its token', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, { ...fullScenario(), dropsLink: true });
  await expect(page.getByRole('listbox', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByTestId('core-banner')).toContainText('connection to it was lost');
  await screenRecorder(page, 'ui')('17-core-unreachable');
  await page.evaluate(() => {
    document.documentElement.dataset['bridge'] = 'no-token';
    window.dispatchEvent(new Event('shallot:bridge'));
  });
  await expect(page.getByTestId('core-banner')).toContainText('without its access key');
});

test('the lock screen, with its way out', async ({ page, rendererUrl }) => {
  await openApp(page, rendererUrl, { ...fullScenario(), account: { state: 'locked', vault: 'password' } });
  await expect(page.getByRole('heading', { name: 'Shallot is locked' })).toBeFocused();
  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('dialog', { name: 'Forgot your password?' })).toBeVisible();
  await screenRecorder(page, 'ui')('18-lock-forgot');
});

test('the chat header menu, its dialogs, a link confirm and a message’s details', async ({
  page,
  rendererUrl,
}) => {
  const { errors, shoot } = await openAlice(page, rendererUrl);
  await page.getByRole('button', { name: 'Conversation options' }).click();
  await expect(page.getByRole('menuitem', { name: 'Set nickname…' })).toBeFocused();
  await shoot('19-chat-menu');
  await page.getByRole('menuitem', { name: 'Disappearing messages…' }).click();
  const timer = page.getByRole('dialog', { name: 'Disappearing messages' });
  await expect(timer.getByRole('radio', { name: 'After they are read' })).toBeChecked();
  await shoot('20-disappearing-dialog');
  await page.keyboard.press('Escape');
  await expect(timer).toBeHidden();
  await page.getByRole('link', { name: 'https://example.org/welcome?ref=shallot' }).click();
  await expect(page.getByRole('dialog', { name: 'Open this link?' })).toContainText(
    'https://example.org/welcome?ref=shallot',
  );
  await shoot('21-link-confirm');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const last = page.locator('[data-message-id]', { hasText: 'Last one: check' });
  await last.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Info' }).click();
  await expect(page.getByRole('dialog', { name: 'Message details' })).toContainText('Alice');
  await shoot('22-message-info');
  expect(errors).toEqual([]);
});

test('a group chat shows who wrote each run of messages', async ({ page, rendererUrl }) => {
  const errors = await openApp(page, rendererUrl, fullScenario());
  await page.getByRole('option', { name: /^Dev Team/ }).click();
  await expect(page.locator('.sender', { hasText: 'Bob Tanaka' })).toHaveCount(1);
  await expect(page.locator('.sender', { hasText: 'Grace Hopper' })).toHaveCount(1);
  await expect(page.getByText('Bob Tanaka added Grace Hopper.')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
  await screenRecorder(page, 'ui')('23-group-chat');
  expect(errors).toEqual([]);
});
