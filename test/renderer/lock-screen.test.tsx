import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LockScreen } from '../../src/features/lock/LockScreen';
import { errorMessages } from '../../src/i18n/en';
import { err, fakeBridge, LOCKED, ok, READY } from './fake-bridge';
import { renderWith } from './render';

afterEach(cleanup);

async function submit(password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('App password'), password);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('lock screen', () => {
  it('says the database is busy — not that Shallot is locked — when another Shallot holds it', async () => {
    const bridge = fakeBridge({ 'account.unlock': err('db-busy'), 'account.state': ok(LOCKED) });
    renderWith(bridge, <LockScreen />);
    await submit('right password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages['db-busy']);
    expect(alert.textContent).not.toBe(errorMessages.locked);
    expect(bridge.callsOf('account.unlock')).toEqual([{ password: 'right password' }]);
  });

  it('says a wrong password is wrong, and empties the field for the next try', async () => {
    const bridge = fakeBridge({ 'account.unlock': err('wrong-password'), 'account.state': ok(LOCKED) });
    renderWith(bridge, <LockScreen />);
    await submit('nope');
    expect((await screen.findByRole('alert')).textContent).toBe('That password is not right.');
    expect(screen.getByLabelText<HTMLInputElement>('App password').value).toBe('');
  });

  it('unlocks the account on the right password', async () => {
    const bridge = fakeBridge({ 'account.unlock': ok({ ...READY, vault: 'password' }) });
    const { stores } = renderWith(bridge, <LockScreen />);
    await submit('right');
    expect(stores.account.getState().account?.state).toBe('ready');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says once, in one message, what went wrong and how long to wait, and waits', async () => {
    const bridge = fakeBridge({
      'account.unlock': err('wrong-password'),
      'account.state': ok({ ...LOCKED, retryAfterSeconds: 1 }),
    });
    renderWith(bridge, <LockScreen />);
    await submit('guess');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(['That password is not right. Try again in 1 second.']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Unlock' }).disabled).toBe(true);
  });

  it('offers a way out when the password is forgotten', async () => {
    renderWith(fakeBridge({ 'account.state': ok(LOCKED) }), <LockScreen />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { name: 'Forgot your password?' })).toBeTruthy();
    expect(screen.getByText(/only with your recovery phrase/)).toBeTruthy();
  });
});
