/** Settings held by the core (theme, auto-lock), mirrored here and applied to the page. */
import { createStore } from 'zustand/vanilla';
import type { Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import { applyTheme, rememberTheme, type ThemeChoice } from './theme-store';

export type Settings = Result<'settings.get'>;

export type SettingsState = {
  settings?: Settings;
  error?: BridgeError;
  load: () => Promise<void>;
  start: () => () => void;
  setTheme: (theme: ThemeChoice) => Promise<void>;
  setAutoLock: (minutes: number) => Promise<void>;
};

/** What the page does with a theme: show it, and remember it for the screens before unlock. */
export type ThemeSink = (theme: ThemeChoice) => void;

const showTheme: ThemeSink = (theme) => {
  applyTheme(theme);
  rememberTheme(theme);
};

export function createSettingsStore(bridge: ShallotBridge, theme: ThemeSink = showTheme) {
  return createStore<SettingsState>()((set, get) => {
    const adopt = (settings: Settings | undefined, error?: BridgeError): void => {
      if (settings) theme(settings.theme);
      set({ settings, error });
    };
    const save = async (patch: { theme?: ThemeChoice; autoLockMinutes?: number }): Promise<void> => {
      // Show the choice at once (a radio button must not lag behind the click); the core's answer
      // then confirms it or puts the old value back.
      const before = get().settings;
      if (before) adopt({ ...before, ...patch });
      const r = await bridge.call('settings.set', patch);
      if (r.ok) adopt(r.value);
      else adopt(before, r.error);
    };
    return {
      async load() {
        const r = await bridge.call('settings.get', {});
        // While locked the settings are unreadable; the remembered theme stays in force.
        if (r.ok) adopt(r.value);
      },
      start() {
        const off = bridge.on('settings.changed', (settings) => adopt(settings, get().error));
        void get().load();
        return off;
      },
      setTheme: (t) => save({ theme: t }),
      setAutoLock: (autoLockMinutes) => save({ autoLockMinutes }),
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
