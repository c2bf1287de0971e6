/**
 * Applies the theme chosen in the core's settings. The last choice is also remembered in the
 * page's local storage (not a secret) so the lock and welcome screens, shown before the settings
 * can be read, already appear in it.
 */
import type { Result } from '../../electron/bridge/contract';

/** The bridge's settings schema is the one definition of the theme names. */
export type ThemeChoice = Result<'settings.get'>['theme'];

const REMEMBERED = 'shallot.theme';

function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Puts the resolved theme on <html data-theme>, where the stylesheet's variables pick it up. */
export function applyTheme(choice: ThemeChoice): void {
  const resolved = choice === 'system' ? (systemPrefersDark() ? 'dark' : 'light') : choice;
  document.documentElement.dataset['theme'] = resolved;
  document.documentElement.dataset['themeChoice'] = choice;
}

export function rememberTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(REMEMBERED, choice);
  } catch {
    // Storage may be unavailable (private mode); the core's setting still applies after unlock.
  }
}

export function rememberedTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(REMEMBERED);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function currentThemeChoice(): ThemeChoice {
  const v = document.documentElement.dataset['themeChoice'];
  return v === 'light' || v === 'dark' ? v : 'system';
}
