import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openStore } from '../../../electron/core/store';
import { DomainEventBus } from '../../../electron/core/services/events';
import { SETTINGS } from '../../renderer/fake-bridge';
import {
  DEFAULT_SETTINGS,
  NOTIFICATION_CONTENTS,
  SettingsService,
  type Settings,
} from '../../../electron/core/services/settings/settings-service';

const dir = mkdtempSync(join(tmpdir(), 'shallot-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SettingsService', () => {
  it('keeps early choices in memory, writes them when the store opens, and reads them back', () => {
    const seen: Settings[] = [];
    const events = new DomainEventBus();
    events.on('settings.changed', (v) => seen.push(v));
    const s = new SettingsService(events);
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'system', autoLockMinutes: 0 });
    s.set({ theme: 'dark' });
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', autoLockMinutes: 0 });

    const key = new Uint8Array(randomBytes(32));
    const store = openStore({ dataDir: dir, key });
    s.attach(store);
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', autoLockMinutes: 0 });
    expect(s.set({ autoLockMinutes: 15, readReceipts: false, typingIndicators: false })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      autoLockMinutes: 15,
    });
    s.attach(undefined);
    store.close();

    const later = new SettingsService();
    const reopened = openStore({ dataDir: dir, key });
    later.attach(reopened);
    expect(later.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', autoLockMinutes: 15 });
    reopened.close();
  });
});

describe('the settings shape', () => {
  it('matches the bridge schema the renderer is typed from', async () => {
    const { THEMES, MAX_AUTO_LOCK_MINUTES } =
      await import('../../../electron/core/services/settings/settings-service');
    const bridge = await import('../../../electron/bridge/methods/settings');
    expect([...THEMES]).toEqual(bridge.Theme.options);
    expect(MAX_AUTO_LOCK_MINUTES).toBe(bridge.MAX_AUTO_LOCK_MINUTES);
    expect([...NOTIFICATION_CONTENTS]).toEqual(bridge.NotificationContent.options);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(bridge.Settings.shape).sort());
    expect(
      bridge.Settings.safeParse({ ...DEFAULT_SETTINGS, autoLockMinutes: MAX_AUTO_LOCK_MINUTES }).success,
    ).toBe(true);
    expect(
      bridge.Settings.safeParse({ ...DEFAULT_SETTINGS, autoLockMinutes: MAX_AUTO_LOCK_MINUTES + 1 }).success,
    ).toBe(false);
  });
});

describe('the messenger and desktop keys', () => {
  it('start at the official apps’ defaults and are kept across a reopen', () => {
    // The renderer tests' fake core answers the same (the values are spelled out there).
    expect(DEFAULT_SETTINGS).toEqual(SETTINGS);
    const key = new Uint8Array(randomBytes(32));
    const at = mkdtempSync(join(dir, 'keys-'));
    const store = openStore({ dataDir: at, key });
    const s = new SettingsService();
    s.attach(store);
    const patch = {
      linkPreviews: true,
      notifications: false,
      notificationContent: 'name-only',
      autoDownload: true,
      startInTray: true,
      openAtLogin: true,
    } as const;
    expect(s.set(patch)).toEqual({ ...DEFAULT_SETTINGS, ...patch });
    store.close();
    const reopened = openStore({ dataDir: at, key });
    const later = new SettingsService();
    later.attach(reopened);
    expect(later.get()).toEqual({ ...DEFAULT_SETTINGS, ...patch });
    reopened.close();
  });
});
