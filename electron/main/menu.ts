/**
 * The application menu: Electron's standard roles, which carry each platform's usual keyboard
 * shortcuts (Cmd/Ctrl+C, V, X, Z, A, Q, W, M, zoom with +/−/0, full screen). Developer items
 * (reload, DevTools) exist only when running from a checkout, never in a package. Nothing here
 * acts on messages: the renderer owns its own shortcuts (new message, search…).
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  platform: NodeJS.Platform;
  packaged: boolean;
  showAbout(): void;
};

function viewMenu(packaged: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function appMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: mac ? [] : [{ label: 'About Shallot', click: () => options.showAbout() }],
  };
  return [
    // macOS: About, Services, Hide (Cmd+H), Hide Others, Quit (Cmd+Q).
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    // Close Window (Cmd+W) on macOS, Quit (Ctrl+Q) elsewhere.
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu(options.packaged),
    { role: 'windowMenu' },
    help,
  ];
}
