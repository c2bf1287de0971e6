import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openStore } from '../../../electron/core/store';
import { DomainEventBus } from '../../../electron/core/services/events';
import { SettingsService, type Settings } from '../../../electron/core/services/settings/settings-service';

const dir = mkdtempSync(join(tmpdir(), 'shallot-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SettingsService', () => {
  it('keeps early choices in memory, writes them when the store opens, and reads them back', () => {
    const seen: Settings[] = [];
    const events = new DomainEventBus();
    events.on('settings.changed', (v) => seen.push(v));
    const s = new SettingsService(events);
    expect(s.get()).toEqual({
      theme: 'system',
      autoLockMinutes: 0,
      readReceipts: false,
      typingIndicators: false,
    });
    s.set({ theme: 'dark' });
    expect(seen.at(-1)).toEqual({
      theme: 'dark',
      autoLockMinutes: 0,
      readReceipts: false,
      typingIndicators: false,
    });

    const key = new Uint8Array(randomBytes(32));
    const store = openStore({ dataDir: dir, key });
    s.attach(store);
    expect(s.get()).toEqual({
      theme: 'dark',
      autoLockMinutes: 0,
      readReceipts: false,
      typingIndicators: false,
    });
    expect(s.set({ autoLockMinutes: 15, readReceipts: false, typingIndicators: false })).toEqual({
      theme: 'dark',
      autoLockMinutes: 15,
      readReceipts: false,
      typingIndicators: false,
    });
    s.attach(undefined);
    store.close();

    const later = new SettingsService();
    const reopened = openStore({ dataDir: dir, key });
    later.attach(reopened);
    expect(later.get()).toEqual({
      theme: 'dark',
      autoLockMinutes: 15,
      readReceipts: false,
      typingIndicators: false,
    });
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
    expect(
      bridge.Settings.safeParse({
        theme: 'dark',
        autoLockMinutes: MAX_AUTO_LOCK_MINUTES,
        readReceipts: false,
        typingIndicators: false,
      }).success,
    ).toBe(true);
    expect(
      bridge.Settings.safeParse({
        theme: 'dark',
        autoLockMinutes: MAX_AUTO_LOCK_MINUTES + 1,
        readReceipts: false,
        typingIndicators: false,
      }).success,
    ).toBe(false);
  });
});
