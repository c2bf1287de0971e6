/**
 * The desktop shell around the window: its remembered place, the tray with the unread count, the
 * app menu, start in the tray / at login, and bringing the window back (second launch, Dock click,
 * tray). main.ts starts it once the app is ready; it hears the core's events through core-events.ts,
 * which the IPC relay feeds.
 */
import { Menu, app, screen, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { HostArgs } from '../host/args';
import { onCoreEvent } from './core-events';
import { loadDesktopPrefs, mergeDesktopPrefs, saveDesktopPrefs, type DesktopPrefs } from './desktop-prefs';
import { WINDOW_ICON, iconDir } from './icons';
import { applyLoginItem, planLoginItem, type Launch } from './login-item';
import { appMenuTemplate } from './menu';
import { revealWindow } from './single-instance';
import { createDesktopTray, type DesktopTray } from './tray';
import { createMainWindow } from './window';
import { installNotifications } from './notifications';
import { loadWindowState, rememberWindowState } from './window-state';

/** The app's identity for Windows notifications and taskbar grouping (electron-builder's appId). */
export const APP_USER_MODEL_ID = 'org.shallot.desktop';

export interface Desktop {
  window(): BrowserWindow | undefined;
  stop(): void;
}

function tryTray(...args: Parameters<typeof createDesktopTray>): DesktopTray | undefined {
  try {
    return createDesktopTray(...args);
  } catch {
    // No tray on this desktop: the window must then always show, or nothing would reach it.
    return undefined;
  }
}

/** `attach` hands each window made to the IPC relay (it may be made again after a close on macOS). */
export function startDesktop(
  dataDir: string,
  hostArgs: HostArgs,
  attach: (win: BrowserWindow) => void,
): Desktop {
  const icons = iconDir(app.isPackaged);
  const launch: Launch = { execPath: process.execPath, appImage: process.env['APPIMAGE'], hostArgs };
  let prefs = loadDesktopPrefs(dataDir);
  let win: BrowserWindow | undefined;

  const open = (show: boolean): void => {
    const bounds = loadWindowState(
      dataDir,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    win = createMainWindow({ bounds, show, icon: join(icons, WINDOW_ICON) });
    rememberWindowState(win, dataDir);
    attach(win);
  };
  const show = (): void => {
    if (!revealWindow(win)) open(true);
  };

  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        packaged: app.isPackaged,
        showAbout: () => app.showAboutPanel(),
      }),
    ),
  );
  app.setAboutPanelOptions({ applicationName: 'Shallot', applicationVersion: app.getVersion() });
  const tray = tryTray(icons, () => win, { show, quit: () => app.quit() });
  open(!(prefs.startInTray && tray));
  app.on('second-instance', show);
  app.on('activate', show);
  // From a checkout, execPath is the bare Electron binary: a login item would start Electron's
  // default app, so only a package registers one.
  const setLoginItem = (on: boolean): void => {
    if (app.isPackaged) applyLoginItem(app, planLoginItem(process.platform, on, launch));
  };
  // Refreshes the login item's path, which changes when an AppImage is moved or an update installs.
  if (prefs.openAtLogin) setLoginItem(true);

  const settingsChanged = (next: DesktopPrefs): void => {
    if (next.openAtLogin !== prefs.openAtLogin) setLoginItem(next.openAtLogin);
    if (next.openAtLogin !== prefs.openAtLogin || next.startInTray !== prefs.startInTray)
      saveDesktopPrefs(dataDir, next);
    prefs = next;
  };

  // `conversations.changed` moves the unread count, `settings.changed` the desktop preferences.
  const uninstallNotifications = installNotifications(() => win);
  const unsubscribe = onCoreEvent((name, payload) => {
    if (name === 'conversations.changed') {
      tray?.setUnread((payload as { unreadTotal?: unknown } | null)?.unreadTotal);
    } else if (name === 'settings.changed') {
      settingsChanged(mergeDesktopPrefs(prefs, payload));
    }
  });

  return {
    window: () => win,
    stop() {
      unsubscribe();
      uninstallNotifications();
      tray?.destroy();
    },
  };
}
