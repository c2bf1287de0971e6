import { describe, expect, it } from 'vitest';
import type { Result } from '../../electron/bridge/contract';
import { createSettingsStore } from '../../src/stores/settings-store';
import type { ThemeChoice } from '../../src/stores/theme-store';
import { deferred, err, fakeBridge, ok } from './fake-bridge';

type Settings = Result<'settings.get'>;
const LIGHT: Settings = { theme: 'light', autoLockMinutes: 0, readReceipts: false, typingIndicators: false };

async function loaded() {
  const bridge = fakeBridge({ 'settings.get': ok(LIGHT) });
  const shown: ThemeChoice[] = [];
  const settings = createSettingsStore(bridge, (t) => shown.push(t));
  await settings.getState().load();
  return { bridge, settings, shown };
}

describe('settings store', () => {
  it('shows a choice at once and keeps it when the core confirms', async () => {
    const { bridge, settings, shown } = await loaded();
    const answer = deferred<ReturnType<typeof ok<Settings>>>();
    bridge.answer('settings.set', () => answer.promise);
    const saving = settings.getState().setTheme('dark');
    // Before the core has answered, the page already shows the choice.
    expect(settings.getState().settings?.theme).toBe('dark');
    expect(shown).toEqual(['light', 'dark']);
    answer.resolve(ok({ theme: 'dark', autoLockMinutes: 0, readReceipts: false, typingIndicators: false }));
    await saving;
    expect(settings.getState()).toMatchObject({ settings: { theme: 'dark' }, error: undefined });
    expect(bridge.callsOf('settings.set')).toEqual([{ theme: 'dark' }]);
  });

  it('puts the old value back and shows the error when the core refuses', async () => {
    const { bridge, settings, shown } = await loaded();
    bridge.answer('settings.set', err('db-busy', 'busy'));
    await settings.getState().setAutoLock(15);
    expect(settings.getState()).toMatchObject({ settings: LIGHT, error: { code: 'db-busy' } });
    expect(shown).toEqual(['light', 'light', 'light']);
  });

  it('follows settings.changed from other windows', async () => {
    const { bridge, settings, shown } = await loaded();
    settings.getState().start();
    bridge.emit('settings.changed', {
      theme: 'system',
      autoLockMinutes: 5,
      readReceipts: false,
      typingIndicators: false,
    });
    expect(settings.getState().settings).toEqual({
      theme: 'system',
      autoLockMinutes: 5,
      readReceipts: false,
      typingIndicators: false,
    });
    expect(shown.at(-1)).toBe('system');
  });

  it('keeps the remembered theme while the settings cannot be read (locked)', async () => {
    const bridge = fakeBridge({ 'settings.get': err('locked') });
    const shown: ThemeChoice[] = [];
    const settings = createSettingsStore(bridge, (t) => shown.push(t));
    await settings.getState().load();
    expect(settings.getState().settings).toBeUndefined();
    expect(shown).toEqual([]);
  });
});
