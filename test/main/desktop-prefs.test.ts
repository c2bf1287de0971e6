/** The desktop settings' copy in the data folder, and what a settings event may change of it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DESKTOP_PREFS,
  DESKTOP_PREFS_FILE,
  loadDesktopPrefs,
  mergeDesktopPrefs,
  saveDesktopPrefs,
} from '../../electron/main/desktop-prefs';

describe('mergeDesktopPrefs', () => {
  it('takes the two booleans from a settings payload and ignores the other settings', () => {
    expect(
      mergeDesktopPrefs(DEFAULT_DESKTOP_PREFS, {
        theme: 'dark',
        autoLockMinutes: 5,
        startInTray: true,
        openAtLogin: true,
      }),
    ).toEqual({ startInTray: true, openAtLogin: true });
  });

  it('keeps the current value for a key that is absent or not a boolean', () => {
    const current = { startInTray: true, openAtLogin: false };
    expect(mergeDesktopPrefs(current, { theme: 'light' })).toEqual(current);
    expect(mergeDesktopPrefs(current, { startInTray: 'no', openAtLogin: 1 })).toEqual(current);
    for (const bad of [null, undefined, 'x', 3, []]) expect(mergeDesktopPrefs(current, bad)).toEqual(current);
  });
});

describe('the copy in the data folder', () => {
  it('round-trips, and reads missing or damaged files as the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shallot-prefs-'));
    expect(loadDesktopPrefs(dir)).toEqual(DEFAULT_DESKTOP_PREFS);
    expect(saveDesktopPrefs(dir, { startInTray: true, openAtLogin: false })).toBe(true);
    expect(loadDesktopPrefs(dir)).toEqual({ startInTray: true, openAtLogin: false });
    writeFileSync(join(dir, DESKTOP_PREFS_FILE), 'not json');
    expect(loadDesktopPrefs(dir)).toEqual(DEFAULT_DESKTOP_PREFS);
  });
});
