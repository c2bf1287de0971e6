import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { INFO, LOCKED, NO_ACCOUNT, READY, SETTINGS, fakeBridge, ok } from './fake-bridge';
import { renderWith } from './render';

afterEach(cleanup);

function bridgeIn(state: typeof NO_ACCOUNT | typeof LOCKED | typeof READY) {
  return fakeBridge({
    'app.info': ok(INFO),
    'account.state': ok(state),
    'settings.get': ok(SETTINGS),
    'account.qr': ok({ svg: '<svg/>' }),
  });
}

describe('the app shell', () => {
  it('shows onboarding without an account, and the lock screen when the core locks', async () => {
    const bridge = bridgeIn(NO_ACCOUNT);
    renderWith(bridge, <App />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Shallot' })).toBeTruthy();
    act(() => bridge.emit('account.changed', LOCKED));
    expect(await screen.findByRole('heading', { name: 'Shallot is locked' })).toBeTruthy();
  });

  it('opens Settings from the main navigation of a ready account', async () => {
    renderWith(bridgeIn(READY), <App />);
    expect(await screen.findByText(READY.sessionId)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
  });
});
