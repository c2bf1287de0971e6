/**
 * Links in messages open only after the user confirmed the exact address, and then outside the app
 * through the host: a new browser tab in the web host; in Electron the main process's window-open
 * handler hands http(s) addresses to the system browser (shell.openExternal) and denies the window.
 */
import { createStore } from 'zustand/vanilla';

export type OpenLink = (url: string) => void;

export const openInBrowser: OpenLink = (url) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

/** Only web addresses are ever opened; anything else (javascript:, file:, app schemes) is refused. */
export function isOpenable(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export type LinksState = {
  /** The address waiting for the user's confirmation. */
  pending?: string;
  ask: (url: string) => void;
  confirm: () => void;
  cancel: () => void;
};

export function createLinksStore(open: OpenLink = openInBrowser) {
  return createStore<LinksState>()((set, get) => ({
    ask: (url) => set({ pending: isOpenable(url) ? url : undefined }),
    confirm() {
      const url = get().pending;
      set({ pending: undefined });
      if (url && isOpenable(url)) open(url);
    },
    cancel: () => set({ pending: undefined }),
  }));
}

export type LinksStore = ReturnType<typeof createLinksStore>;
