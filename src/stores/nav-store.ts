/** Which main view shows once the account is ready. */
import { create } from 'zustand';

export type MainView = 'home' | 'settings';

type NavStore = { view: MainView; show: (view: MainView) => void };

export const useNavStore = create<NavStore>()((set) => ({
  view: 'home',
  show: (view) => set({ view }),
}));
