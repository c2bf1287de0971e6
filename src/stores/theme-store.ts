import { create } from 'zustand';

export type ThemeChoice = 'light' | 'dark' | 'system';

type ThemeState = {
  choice: ThemeChoice;
  setChoice: (choice: ThemeChoice) => void;
};

function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Puts the resolved theme on <html data-theme>, where the stylesheet's variables pick it up. */
export function applyTheme(choice: ThemeChoice): void {
  const resolved = choice === 'system' ? (systemPrefersDark() ? 'dark' : 'light') : choice;
  document.documentElement.dataset['theme'] = resolved;
}

export const useThemeStore = create<ThemeState>()((set) => ({
  choice: 'system',
  setChoice(choice) {
    applyTheme(choice);
    set({ choice });
  },
}));
