/** Window size and place: what is read back is checked, and fitted to the displays there are now. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  stateOf,
} from '../../electron/main/window-state';

const FULL_HD = { x: 0, y: 0, width: 1920, height: 1040 };
const LAPTOP = { x: 0, y: 0, width: 1280, height: 760 };
const RIGHT_OF_FULL_HD = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps a well-formed state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 900, height: 700, maximized: true })).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: true,
    });
  });

  it('reads anything else as the default, without throwing', () => {
    for (const bad of [undefined, null, 'text', 42, [], [1, 2], true]) {
      expect(parseWindowState(bad)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('replaces each bad field on its own, and drops a place that lacks a coordinate', () => {
    expect(parseWindowState({ width: 'wide', height: 600.5, x: 5, maximized: 'yes' })).toEqual({
      width: 1100,
      height: 760,
      maximized: false,
    });
    expect(parseWindowState({ width: 100, height: 100, x: NaN, y: 3 })).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: 1e9, height: 800, x: 1e12, y: 0 })).toEqual({
      width: 1100,
      height: 800,
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a display', () => {
    const s = { x: 100, y: 80, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(s, [FULL_HD])).toEqual(s);
  });

  it('lets the OS place a window whose display is gone', () => {
    const onSecondScreen = { x: 2200, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(onSecondScreen, [FULL_HD, RIGHT_OF_FULL_HD])).toEqual(onSecondScreen);
    expect(fitToDisplays(onSecondScreen, [FULL_HD])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('needs the title strip visible: a window hanging above the screen is re-placed', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 900, height: 600, maximized: false }, [FULL_HD])).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it('shrinks a window larger than every display, never below the minimum that fits', () => {
    expect(fitToDisplays({ width: 3000, height: 2000, maximized: true }, [LAPTOP])).toEqual({
      width: 1280,
      height: 760,
      maximized: true,
    });
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    expect(fitToDisplays({ width: 900, height: 700, maximized: false }, [tiny])).toEqual({
      width: 640,
      height: 480,
      maximized: false,
    });
  });

  it('without display information it keeps the size and lets the OS place it', () => {
    expect(fitToDisplays({ x: 1, y: 2, width: 800, height: 600, maximized: false }, [])).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
  });
});

describe('the file in the data folder', () => {
  it('round-trips what it saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shallot-ws-'));
    const state = { x: 40, y: 50, width: 1000, height: 720, maximized: false };
    expect(saveWindowState(dir, state)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
    expect(loadWindowState(dir, [FULL_HD])).toEqual(state);
  });

  it('reads a missing, truncated or foreign file as the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shallot-ws-'));
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"width": 900, "hei');
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, WINDOW_STATE_FILE), JSON.stringify({ width: 900, pad: 'x'.repeat(70_000) }));
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reports a folder it cannot write to instead of throwing', () => {
    expect(saveWindowState('/nonexistent/folder', DEFAULT_WINDOW_STATE)).toBe(false);
  });

  it('remembers the normal bounds of a maximised window', () => {
    const win = {
      getNormalBounds: () => ({ x: 3, y: 4, width: 800, height: 600 }),
      isMaximized: () => true,
    };
    expect(stateOf(win)).toEqual({ x: 3, y: 4, width: 800, height: 600, maximized: true });
  });
});
