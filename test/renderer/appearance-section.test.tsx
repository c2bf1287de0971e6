import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppearanceSection } from '../../src/features/settings/AppearanceSection';
import { fakeBridge, INFO, ok, SETTINGS } from './fake-bridge';
import { renderWith } from './render';

afterEach(cleanup);

async function shown(host: 'electron' | 'web') {
  const bridge = fakeBridge({
    'app.info': ok({ ...INFO, host }),
    'settings.get': ok(SETTINGS),
    'settings.set': ok({ ...SETTINGS, openAtLogin: true }),
  });
  const { stores } = renderWith(bridge, <AppearanceSection />);
  await stores.app.getState().refreshInfo();
  await stores.settings.getState().load();
  return bridge;
}

describe('Settings → Appearance', () => {
  it('offers start-up choices in the desktop app, off by default, and saves them', async () => {
    const bridge = await shown('electron');
    const login = await screen.findByRole<HTMLInputElement>('switch', {
      name: 'Open Shallot when you log in',
    });
    expect(login.checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Start in the tray' }).checked).toBe(false);
    await userEvent.click(login);
    await waitFor(() => expect(login.checked).toBe(true));
    expect(bridge.callsOf('settings.set')).toEqual([{ openAtLogin: true }]);
  });

  it('does not offer them in a browser tab', async () => {
    await shown('web');
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
