/**
 * The desktop shell wired together, with Electron mocked (41 API names): start in the tray, a
 * second launch, the unread count and the desktop settings arriving as core events, notifications.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FakeWindow = EventEmitter & {
  shown: number;
  options: Electron.BrowserWindowConstructorOptions;
  webContents: object;
};
const windows: FakeWindow[] = [];
const log: [string, ...unknown[]][] = [];
const appEvents = new EventEmitter();
const ipcMain = new EventEmitter();
const notifications: (EventEmitter & { options: { title: string; body: string } })[] = [];
let trayFails = false;
const packaging = { isPackaged: true };
// Electron sets process.resourcesPath in a package; plain Node has none.
Object.defineProperty(process, 'resourcesPath', { value: '/opt/Shallot/resources', configurable: true });

vi.mock('electron', async () => {
  // The factory runs before this file's imports are bound: it imports what it needs itself.
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    shown = 0;
    visible = false;
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      send: (channel: string, ...args: unknown[]) => log.push(['send', channel, ...args]),
    };
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
    loadURL = () => Promise.resolve();
    show = () => {
      this.shown += 1;
      this.visible = true;
    };
    maximize = () => this.show();
    isDestroyed = () => false;
    isMinimized = () => false;
    isVisible = () => this.visible;
    restore = vi.fn();
    focus = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 900, height: 700 });
    setOverlayIcon = vi.fn();
  }
  class Tray {
    constructor() {
      if (trayFails) throw new Error('no tray on this desktop');
      log.push(['tray']);
    }
    setImage = vi.fn();
    setToolTip = vi.fn();
    setTitle = vi.fn();
    setContextMenu = vi.fn();
    on = vi.fn();
    destroy = vi.fn();
  }
  class Notification extends Emitter {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {
      super();
      notifications.push(this);
    }
    show = () => log.push(['notification', this.options.title, this.options.body]);
    close = () => log.push(['notification-closed', this.options.title]);
  }
  const app = {
    get isPackaged() {
      return packaging.isPackaged;
    },
    on: (event: string, listener: () => void) => appEvents.on(event, listener),
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    setAppUserModelId: vi.fn(),
    setBadgeCount: (n: number) => log.push(['badge', n]),
    setLoginItemSettings: (s: unknown) => log.push(['login', s]),
    quit: vi.fn(),
  };
  return {
    app,
    ipcMain,
    Notification,
    BrowserWindow,
    Tray,
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (t: unknown) => log.push(['menu', Array.isArray(t)]),
    },
    nativeImage: { createFromPath: () => ({ setTemplateImage: vi.fn() }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    net: {},
    protocol: {},
  };
});

const { startDesktop } = await import('../../electron/main/desktop');
const { publishCoreEvent } = await import('../../electron/main/core-events');
const { saveDesktopPrefs } = await import('../../electron/main/desktop-prefs');
const { IPC_NOTIFICATION_CLICKED, IPC_NOTIFY } = await import('../../electron/bridge/ipc-channels');

let dataDir = '';
let configHome = '';
const stops: (() => void)[] = [];

function start(): { attached: unknown[] } {
  const attached: unknown[] = [];
  const desktop = startDesktop(dataDir, {}, (win) => attached.push(win));
  stops.push(() => desktop.stop());
  return { attached };
}

beforeEach(() => {
  windows.length = 0;
  notifications.length = 0;
  log.length = 0;
  appEvents.removeAllListeners();
  trayFails = false;
  packaging.isPackaged = true;
  dataDir = mkdtempSync(join(tmpdir(), 'shallot-desktop-'));
  configHome = mkdtempSync(join(tmpdir(), 'shallot-xdg-'));
  vi.stubEnv('XDG_CONFIG_HOME', configHome);
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllEnvs();
});

describe('startDesktop', () => {
  it('opens the window where it was, hands it to the relay, and sets the menu and tray', () => {
    const { attached } = start();
    expect(windows).toHaveLength(1);
    expect(attached).toEqual([windows[0]]);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.shown).toBe(1);
    expect(log).toEqual(expect.arrayContaining([['menu', true], ['tray']]));
  });

  it('starts hidden in the tray when asked, and a second launch shows the window', () => {
    saveDesktopPrefs(dataDir, { startInTray: true, openAtLogin: false });
    start();
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.shown).toBe(0);
    appEvents.emit('second-instance');
    expect(windows[0]!.shown).toBe(1);
  });

  it('shows the window anyway when this desktop has no tray to reach it from', () => {
    saveDesktopPrefs(dataDir, { startInTray: true, openAtLogin: false });
    trayFails = true;
    start();
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.shown).toBe(1);
  });

  it('shows the window’s notification requests natively; a click opens its chat', () => {
    start();
    const sender = windows[0]!.webContents;
    const text = { title: 'Bob', body: 'Ping', tag: 'conversation-05ab', conversationId: '05ab' };
    ipcMain.emit(IPC_NOTIFY, { sender: {} }, text);
    ipcMain.emit(IPC_NOTIFY, { sender }, { ...text, body: 42 });
    expect(notifications).toHaveLength(0);
    ipcMain.emit(IPC_NOTIFY, { sender }, text);
    ipcMain.emit(IPC_NOTIFY, { sender }, { ...text, body: 'Ping again' });
    expect(log.filter(([k]) => k.startsWith('notification'))).toEqual([
      ['notification', 'Bob', 'Ping'],
      ['notification-closed', 'Bob'],
      ['notification', 'Bob', 'Ping again'],
    ]);
    notifications.at(-1)!.emit('click');
    expect(windows[0]!.shown).toBe(1);
    expect(log.filter(([k]) => k === 'send')).toEqual([['send', IPC_NOTIFICATION_CLICKED, '05ab']]);
  });

  it('follows the unread total of conversations.changed on the badge', () => {
    start();
    publishCoreEvent('conversations.changed', { upserted: [], removed: [], unreadTotal: 7, requestCount: 0 });
    publishCoreEvent('app.status', { unreadTotal: 99 });
    expect(log.filter(([k]) => k === 'badge')).toEqual([['badge', 7]]);
  });

  it('applies "start at login" from settings.changed and keeps a copy for the next launch', () => {
    start();
    const entry = join(configHome, 'autostart', 'shallot.desktop');
    publishCoreEvent('settings.changed', {
      theme: 'system',
      autoLockMinutes: 0,
      openAtLogin: true,
      startInTray: true,
    });
    expect(readFileSync(entry, 'utf8')).toContain(`Exec=${process.execPath}`);
    expect(JSON.parse(readFileSync(join(dataDir, 'desktop-prefs.json'), 'utf8'))).toEqual({
      startInTray: true,
      openAtLogin: true,
    });
    publishCoreEvent('settings.changed', { theme: 'dark', autoLockMinutes: 0 });
    expect(existsSync(entry)).toBe(true);
    publishCoreEvent('settings.changed', { openAtLogin: false });
    expect(existsSync(entry)).toBe(false);
  });

  it('registers no login item when running from a checkout (it would start bare Electron)', () => {
    packaging.isPackaged = false;
    start();
    publishCoreEvent('settings.changed', { openAtLogin: true });
    expect(existsSync(join(configHome, 'autostart', 'shallot.desktop'))).toBe(false);
    // The choice is still kept, for the package.
    expect(JSON.parse(readFileSync(join(dataDir, 'desktop-prefs.json'), 'utf8'))).toMatchObject({
      openAtLogin: true,
    });
  });

  it('remembers where the window was when it closes', () => {
    start();
    windows[0]!.emit('close');
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 10,
      width: 900,
      height: 700,
      maximized: false,
    });
  });
});
