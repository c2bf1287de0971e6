/** Which main view shows once the account is ready. */
import { createStore } from 'zustand/vanilla';

export type MainView = 'home' | 'settings';

export type NavState = { view: MainView; show: (view: MainView) => void };

export function createNavStore() {
  return createStore<NavState>()((set) => ({
    view: 'home',
    show: (view) => set({ view }),
  }));
}

export type NavStore = ReturnType<typeof createNavStore>;
