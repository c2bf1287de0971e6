/**
 * Where the user is once the account is ready: the chats, the requests box or settings (and which
 * settings section), which pane a narrow window shows, and which dialog is open.
 */
import { createStore } from 'zustand/vanilla';

export type MainView = 'chats' | 'requests' | 'settings';

export type SettingsSection =
  | 'profile'
  | 'privacy'
  | 'notifications'
  | 'conversations'
  | 'requests'
  | 'appearance'
  | 'phrase'
  | 'backup'
  | 'help'
  | 'clear';

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  'profile',
  'privacy',
  'notifications',
  'conversations',
  'requests',
  'appearance',
  'phrase',
  'backup',
  'help',
  'clear',
];

/** A narrow window shows one pane: the list, or what is open beside it. */
export type Pane = 'list' | 'detail';

export type Dialog = 'new-message';

export type NavState = {
  view: MainView;
  section: SettingsSection;
  pane: Pane;
  dialog?: Dialog;
  show: (view: MainView) => void;
  showSection: (section: SettingsSection) => void;
  /** Something opened on the right: a narrow window switches to it. */
  showDetail: () => void;
  /** The back button of a narrow window. */
  back: () => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
};

export function createNavStore() {
  return createStore<NavState>()((set) => ({
    view: 'chats',
    section: 'profile',
    pane: 'list',
    show: (view) => set({ view, pane: 'list' }),
    showSection: (section) => set({ view: 'settings', section, pane: 'detail' }),
    showDetail: () => set({ pane: 'detail' }),
    back: () => set({ pane: 'list' }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: undefined }),
  }));
}

export type NavStore = ReturnType<typeof createNavStore>;
