/** Settings held by the core (theme, auto-lock), mirrored here and applied to the page. */
import { create } from 'zustand';
import type { Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import { bridge } from '../bridge/bridge';
import { applyTheme, rememberTheme, type ThemeChoice } from './theme-store';

export type Settings = Result<'settings.get'>;

type SettingsStore = {
  settings?: Settings;
  error?: BridgeError;
  load: () => Promise<void>;
  start: () => () => void;
  setTheme: (theme: ThemeChoice) => Promise<void>;
  setAutoLock: (minutes: number) => Promise<void>;
};

function adopt(settings: Settings): void {
  applyTheme(settings.theme);
  rememberTheme(settings.theme);
}

export const useSettingsStore = create<SettingsStore>()((set, get) => {
  const save = async (patch: { theme?: ThemeChoice; autoLockMinutes?: number }): Promise<void> => {
    // Show the choice at once (a radio button must not lag behind the click); the core's answer
    // then confirms it or puts the old value back.
    const before = get().settings;
    if (before) {
      const optimistic = { ...before, ...patch };
      adopt(optimistic);
      set({ settings: optimistic });
    }
    const r = await bridge().call('settings.set', patch);
    if (r.ok) {
      adopt(r.value);
      set({ settings: r.value, error: undefined });
    } else {
      if (before) adopt(before);
      set({ settings: before, error: r.error });
    }
  };
  return {
    async load() {
      const r = await bridge().call('settings.get', {});
      if (r.ok) {
        adopt(r.value);
        set({ settings: r.value, error: undefined });
      }
      // While locked the settings are unreadable; the remembered theme stays in force.
    },
    start() {
      const off = bridge().on('settings.changed', (settings) => {
        adopt(settings);
        set({ settings });
      });
      void get().load();
      return off;
    },
    setTheme: (theme) => save({ theme }),
    setAutoLock: (autoLockMinutes) => save({ autoLockMinutes }),
  };
});
