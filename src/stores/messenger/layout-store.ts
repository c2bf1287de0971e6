/**
 * The width of the left pane, dragged or set with the arrow keys on its separator, and remembered in
 * the page's local storage (a layout choice, not a secret; it also applies before unlock).
 */
import { createStore } from 'zustand/vanilla';

export const PANE_MIN = 240;
export const PANE_MAX = 480;
export const PANE_DEFAULT = 320;
/** One arrow key press; Shift moves further. */
export const PANE_STEP = 16;

const REMEMBERED = 'shallot.paneWidth';

export type PaneStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type LayoutState = {
  paneWidth: number;
  setPaneWidth: (px: number) => void;
  /** Arrow keys on the separator: -1 narrower, +1 wider, times PANE_STEP (×4 with Shift). */
  nudge: (direction: -1 | 1, big?: boolean) => void;
  resetPaneWidth: () => void;
};

export function clampPane(px: number): number {
  return Math.round(Math.min(PANE_MAX, Math.max(PANE_MIN, px)));
}

function remembered(storage: PaneStorage | undefined): number {
  try {
    const v = Number(storage?.getItem(REMEMBERED));
    return Number.isFinite(v) && v > 0 ? clampPane(v) : PANE_DEFAULT;
  } catch {
    return PANE_DEFAULT;
  }
}

export function createLayoutStore(storage: PaneStorage | undefined = globalThis.localStorage) {
  return createStore<LayoutState>()((set, get) => {
    const setWidth = (px: number): void => {
      const paneWidth = clampPane(px);
      set({ paneWidth });
      try {
        storage?.setItem(REMEMBERED, String(paneWidth));
      } catch {
        // Storage may be unavailable (private mode): the width then lasts for this page only.
      }
    };
    return {
      paneWidth: remembered(storage),
      setPaneWidth: setWidth,
      nudge: (direction, big = false) => setWidth(get().paneWidth + direction * PANE_STEP * (big ? 4 : 1)),
      resetPaneWidth: () => setWidth(PANE_DEFAULT),
    };
  });
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;
