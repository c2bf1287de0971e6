/**
 * Issue 11 item 6: spellcheck never downloads dictionaries from Chromium's CDN. Electron's binary
 * cannot run here, so this checks what the main process asks of Electron: the window's
 * webPreferences and the session's spellchecker calls (Electron 41 API names).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Electron.BrowserWindowConstructorOptions }[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    };
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push({ options });
    }
    once = vi.fn();
    show = vi.fn();
    maximize = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
  }
  return { BrowserWindow, net: {}, protocol: {} };
});

const { createMainWindow, lockDownSpellcheck, SPELLCHECK_DICTIONARY_URL } =
  await import('../../electron/main/window');

function fakeSession(): { calls: [string, unknown][]; session: Electron.Session } {
  const calls: [string, unknown][] = [];
  const session = {
    setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(['url', url]),
    setSpellCheckerEnabled: (on: boolean) => calls.push(['enabled', on]),
  } as unknown as Electron.Session; // only the two methods under test exist on the fake
  return { calls, session };
}

beforeEach(() => {
  created.length = 0;
});

describe('spellcheck', () => {
  it('points the dictionary download at our own app origin, never the CDN, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { calls, session } = fakeSession();
      lockDownSpellcheck(session, platform);
      expect(calls[0]).toEqual(['url', 'app://shallot/spellcheck/']);
    }
    expect(SPELLCHECK_DICTIONARY_URL.startsWith('app://shallot/')).toBe(true);
  });

  it('is off where it would need downloaded Hunspell dictionaries (Windows, Linux), on with macOS’s own', () => {
    const enabled = (platform: NodeJS.Platform) => {
      const { calls, session } = fakeSession();
      lockDownSpellcheck(session, platform);
      return calls.find(([name]) => name === 'enabled')?.[1];
    };
    expect([enabled('linux'), enabled('win32'), enabled('darwin')]).toEqual([false, false, true]);
  });

  it('the window asks for no spellcheck on this (Linux) machine, beside the rest of the lock-down', () => {
    createMainWindow();
    const prefs = created[0]!.options.webPreferences!;
    expect(prefs.spellcheck).toBe(process.platform === 'darwin');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});

describe('placement', () => {
  const readyToShow = (win: unknown): (() => void) => {
    const once = (win as { once: { mock: { calls: [string, () => void][] } } }).once;
    const call = once.mock.calls.find(([event]) => event === 'ready-to-show');
    return call![1];
  };

  it('opens where it was left, never below the minimum size', () => {
    createMainWindow({ bounds: { x: 5, y: 6, width: 900, height: 700, maximized: false } });
    expect(created[0]!.options).toMatchObject({
      x: 5,
      y: 6,
      width: 900,
      height: 700,
      minWidth: 720,
      minHeight: 520,
    });
  });

  it('shows itself when ready, maximised if it was, and stays hidden when starting in the tray', () => {
    const plain = createMainWindow() as unknown as { show: () => void; maximize: () => void };
    readyToShow(plain)();
    expect([vi.mocked(plain.show).mock.calls.length, vi.mocked(plain.maximize).mock.calls.length]).toEqual([
      1, 0,
    ]);
    const maximised = createMainWindow({
      bounds: { width: 900, height: 700, maximized: true },
    }) as unknown as {
      show: () => void;
      maximize: () => void;
    };
    readyToShow(maximised)();
    expect([
      vi.mocked(maximised.show).mock.calls.length,
      vi.mocked(maximised.maximize).mock.calls.length,
    ]).toEqual([0, 1]);
    const hidden = createMainWindow({ show: false }) as unknown as { show: () => void; maximize: () => void };
    readyToShow(hidden)();
    expect([vi.mocked(hidden.show).mock.calls.length, vi.mocked(hidden.maximize).mock.calls.length]).toEqual([
      0, 0,
    ]);
  });
});
