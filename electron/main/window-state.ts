/**
 * The main window's size and place, remembered in `window-state.json` in the data folder (not
 * secret). What is read back is checked: a file from another machine, a display that is gone, or
 * bytes that are not ours give a window that fits a display that exists now.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import { join } from 'node:path';
import { readJsonFile, writeJsonFile } from './json-file';

export type WindowState = {
  /** Absent: let the OS place the window (centred on the primary display). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
};

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1100, height: 760, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const;
/** A window keeps its place only if this much of its title bar area is on some display. */
const VISIBLE_MIN = 64;
/** Bounds beyond any real desktop: a value out here is not a position, it is garbage. */
const COORD_LIMIT = 100_000;

export const WINDOW_STATE_FILE = 'window-state.json';

function integer(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** Whatever was read (unknown JSON) as a window state, or the default. Never throws. */
export function parseWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const width = integer(r['width'], MIN_WINDOW_SIZE.width, COORD_LIMIT);
  const height = integer(r['height'], MIN_WINDOW_SIZE.height, COORD_LIMIT);
  const x = integer(r['x'], -COORD_LIMIT, COORD_LIMIT);
  const y = integer(r['y'], -COORD_LIMIT, COORD_LIMIT);
  const state: WindowState = {
    width: width ?? DEFAULT_WINDOW_STATE.width,
    height: height ?? DEFAULT_WINDOW_STATE.height,
    maximized: r['maximized'] === true,
  };
  if (x !== undefined && y !== undefined) return { ...state, x, y };
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The state fitted to the displays there are now (their work areas): no larger than the largest,
 * and placed only where its top strip is visible on one of them; otherwise the OS places it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return { width: state.width, height: state.height, maximized: state.maximized };
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WINDOW_SIZE.width, maxWidth));
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_WINDOW_SIZE.height, maxHeight));
  const sized: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const titleStrip = { x: state.x, y: state.y, width, height: VISIBLE_MIN };
  const visible = workAreas.some((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= VISIBLE_MIN && o.height >= VISIBLE_MIN / 2;
  });
  return visible ? { ...sized, x: state.x, y: state.y } : sized;
}

export function loadWindowState(dataDir: string, workAreas: readonly Rectangle[]): WindowState {
  return fitToDisplays(parseWindowState(readJsonFile(join(dataDir, WINDOW_STATE_FILE))), workAreas);
}

export function saveWindowState(dataDir: string, state: WindowState): boolean {
  return writeJsonFile(join(dataDir, WINDOW_STATE_FILE), state);
}

/** What to remember of a window: its normal (unmaximised) bounds and whether it was maximised. */
export function stateOf(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}

/** Saves when the window closes, and a moment after it stops moving (a crash loses little). */
export function rememberWindowState(win: BrowserWindow, dataDir: string, settleMs = 1_000): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (!win.isDestroyed()) saveWindowState(dataDir, stateOf(win));
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, settleMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
