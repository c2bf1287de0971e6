/**
 * The two settings only the desktop shell acts on: start hidden in the tray, and start at login.
 * They live with the other settings in the core (settings keys `startInTray` and `openAtLogin`);
 * the main process learns them from `settings.changed` events and keeps a copy in
 * `desktop-prefs.json` in the data folder, because it needs them at launch, before any account is
 * open (the core's settings are inside the encrypted store, which an app password keeps locked).
 */
import { join } from 'node:path';
import { readJsonFile, writeJsonFile } from './json-file';

export type DesktopPrefs = { startInTray: boolean; openAtLogin: boolean };

export const DEFAULT_DESKTOP_PREFS: DesktopPrefs = { startInTray: false, openAtLogin: false };
export const DESKTOP_PREFS_FILE = 'desktop-prefs.json';

/**
 * The desktop keys in a settings payload (or the cached file), merged over `current`. Keys that are
 * absent or not booleans change nothing, so a core that does not know them yet leaves the copy alone.
 */
export function mergeDesktopPrefs(current: DesktopPrefs, raw: unknown): DesktopPrefs {
  if (typeof raw !== 'object' || raw === null) return current;
  const r = raw as Record<string, unknown>;
  return {
    startInTray: typeof r['startInTray'] === 'boolean' ? r['startInTray'] : current.startInTray,
    openAtLogin: typeof r['openAtLogin'] === 'boolean' ? r['openAtLogin'] : current.openAtLogin,
  };
}

export function loadDesktopPrefs(dataDir: string): DesktopPrefs {
  return mergeDesktopPrefs(DEFAULT_DESKTOP_PREFS, readJsonFile(join(dataDir, DESKTOP_PREFS_FILE)));
}

export function saveDesktopPrefs(dataDir: string, prefs: DesktopPrefs): boolean {
  return writeJsonFile(join(dataDir, DESKTOP_PREFS_FILE), prefs);
}
