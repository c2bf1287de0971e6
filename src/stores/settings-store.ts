/**
 * Settings held by the core (theme, auto-lock, the messenger's and the desktop shell's keys),
 * mirrored here and applied to the page. Each change shows at once and is confirmed or rolled back
 * by the core's answer; `pending` counts changes still on their way, so closing the page can wait.
 */
import { createStore } from 'zustand/vanilla';
import type { DesktopSettings, MessengerSettings } from '../../electron/bridge/methods/settings';
import type { BridgeError, Params, Result, ShallotBridge } from '../bridge/bridge';
import { applyTheme, rememberTheme, type ThemeChoice } from './theme-store';

export type Settings = Result<'settings.get'>;
/** Keys an older core may not report; their controls are disabled then. */
type OptionalSettings = MessengerSettings & DesktopSettings;
export type MessengerKey = keyof OptionalSettings;

export type SettingsState = {
  settings?: Settings;
  error?: BridgeError;
  /** Changes sent and not yet answered. */
  pending: number;
  load: () => Promise<void>;
  start: () => () => void;
  setTheme: (theme: ThemeChoice) => Promise<void>;
  setAutoLock: (minutes: number) => Promise<void>;
  /** A messenger setting; refused locally when this core does not report the key. */
  setMessenger: <K extends MessengerKey>(key: K, value: OptionalSettings[K]) => Promise<void>;
  /** Does this core keep the key (its settings answer has it)? */
  supports: (key: MessengerKey) => boolean;
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
    const save = async (patch: Params<'settings.set'>): Promise<void> => {
      // Show the choice at once (a radio button must not lag behind the click); the core's answer
      // then confirms it or puts the old value back.
      const before = get().settings;
      if (before) adopt({ ...before, ...patch });
      set((s) => ({ pending: s.pending + 1 }));
      const r = await bridge.call('settings.set', patch);
      set((s) => ({ pending: s.pending - 1 }));
      if (r.ok) adopt(r.value);
      else adopt(before, r.error);
    };
    return {
      pending: 0,
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
      async setMessenger(key, value) {
        if (!get().supports(key)) return;
        await save({ [key]: value });
      },
      supports: (key) => get().settings?.[key] !== undefined,
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
