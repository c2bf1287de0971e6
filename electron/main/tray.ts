/**
 * The tray (menu bar on macOS) icon with the unread count, and the app badge. The count comes from
 * the core's `conversations.changed` events (`unreadTotal`: muted conversations excluded). macOS
 * shows the number beside a template icon and on the Dock; Windows and Linux trays cannot draw a
 * number, so they switch to the icon with a dot and say the number in the tooltip and the menu,
 * and Windows adds a dot over the taskbar button.
 */
import { Menu, Tray, app, nativeImage, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';

export type TrayView = {
  icon: 'tray.png' | 'tray-unread.png' | 'trayTemplate.png';
  /** Text beside the icon (macOS menu bar only). */
  title: string;
  tooltip: string;
  /** Menu line saying how many messages are unread. */
  status: string;
};

/** Counts above this show as "999+": nobody reads the exact number, and the menu bar has no room. */
export const MAX_SHOWN = 999;

export function unreadText(unread: number): string {
  if (unread <= 0) return 'No unread messages';
  if (unread > MAX_SHOWN) return `${MAX_SHOWN}+ unread messages`;
  return unread === 1 ? '1 unread message' : `${unread} unread messages`;
}

/** Normalises what an event carried: a non-negative integer, anything else counts as none. */
export function unreadCount(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : 0;
}

export function trayView(unread: number, platform: NodeJS.Platform): TrayView {
  const n = unreadCount(unread);
  const status = unreadText(n);
  const tooltip = n > 0 ? `Shallot — ${status}` : 'Shallot';
  if (platform === 'darwin') {
    return {
      icon: 'trayTemplate.png',
      title: n > 0 ? (n > MAX_SHOWN ? `${MAX_SHOWN}+` : String(n)) : '',
      tooltip,
      status,
    };
  }
  return { icon: n > 0 ? 'tray-unread.png' : 'tray.png', title: '', tooltip, status };
}

export type TrayActions = { show(): void; quit(): void };

export function trayMenuTemplate(view: TrayView, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: view.status, enabled: false },
    { type: 'separator' },
    { label: 'Show Shallot', click: () => actions.show() },
    { label: 'Quit Shallot', click: () => actions.quit() },
  ];
}

export interface DesktopTray {
  /** The unread total from an event; anything but a positive integer counts as none. */
  setUnread(unread: unknown): void;
  destroy(): void;
}

/** Creates the tray; `window()` is asked each time, since the window may be gone and re-made. */
export function createDesktopTray(
  iconDir: string,
  window: () => BrowserWindow | undefined,
  actions: TrayActions,
): DesktopTray {
  const platform = process.platform;
  const image = (file: string): Electron.NativeImage => {
    const img = nativeImage.createFromPath(join(iconDir, file));
    if (platform === 'darwin') img.setTemplateImage(true);
    return img;
  };
  const badge = nativeImage.createFromPath(join(iconDir, 'tray-badge.png'));
  let current = trayView(0, platform);
  const tray = new Tray(image(current.icon));
  const render = (): void => {
    tray.setImage(image(current.icon));
    tray.setToolTip(current.tooltip);
    if (platform === 'darwin') tray.setTitle(current.title);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(current, actions)));
  };
  // Windows and Linux open the window on a click; macOS opens the menu, as menu bar items do.
  if (platform !== 'darwin') tray.on('click', () => actions.show());
  render();
  let last = 0;
  return {
    setUnread(raw) {
      const n = unreadCount(raw);
      if (n === last) return;
      last = n;
      current = trayView(n, platform);
      render();
      app.setBadgeCount(Math.min(n, MAX_SHOWN));
      const win = window();
      if (platform === 'win32' && win && !win.isDestroyed()) {
        win.setOverlayIcon(n > 0 ? badge : null, n > 0 ? current.status : '');
      }
    },
    destroy() {
      tray.destroy();
    },
  };
}
