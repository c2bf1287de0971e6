/**
 * Whether the user is looking at this window (focused and not hidden): the open chat marks what
 * it shows as read only then, and a notification is skipped only then.
 */
import { createStore } from 'zustand/vanilla';

export type FocusSource = {
  active: () => boolean;
  /** Calls back on every change; returns the unsubscribe. */
  watch: (changed: () => void) => () => void;
};

/** The page's own focus and visibility. */
export function pageFocus(win: Window = window): FocusSource {
  return {
    active: () => win.document.hasFocus() && win.document.visibilityState === 'visible',
    watch(changed) {
      win.addEventListener('focus', changed);
      win.addEventListener('blur', changed);
      win.document.addEventListener('visibilitychange', changed);
      return () => {
        win.removeEventListener('focus', changed);
        win.removeEventListener('blur', changed);
        win.document.removeEventListener('visibilitychange', changed);
      };
    },
  };
}

export type FocusState = { active: boolean; start: () => () => void };

export function createFocusStore(source: FocusSource) {
  return createStore<FocusState>()((set) => ({
    active: source.active(),
    start() {
      set({ active: source.active() });
      return source.watch(() => set({ active: source.active() }));
    },
  }));
}

export type FocusStore = ReturnType<typeof createFocusStore>;
