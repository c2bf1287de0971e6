/**
 * Electron main process: windows, lifecycle and the security envelope only. The core runs in a
 * worker thread (ipc-relay.ts starts it); no SQL, crypto or network happens on this thread.
 */
import { app, dialog, session, type WebContents } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, parseHostArgs, type HostArgs } from '../host/args';
import { startIpcRelay, type IpcRelay } from './ipc-relay';
import { APP_ORIGIN, registerSchemePrivileges, serveRenderer } from './protocol';
import { createMainWindow } from './window';

function fatal(message: string): never {
  dialog.showErrorBox('Shallot could not start', message);
  app.exit(1);
  throw new Error(message);
}

let args: HostArgs = {};
try {
  args = parseHostArgs(process.argv.slice(1));
} catch (e) {
  if (e instanceof ArgsError) fatal(e.message);
  throw e;
}
if (args.dataDir) app.setPath('userData', resolve(args.dataDir));

// One process per data folder: a second launch on the same folder focuses the first instead of
// fighting it for the database.
if (!app.requestSingleInstanceLock({ dataDir: app.getPath('userData') })) {
  app.exit(0);
}

app.enableSandbox();
registerSchemePrivileges();

let bridge: IpcRelay | undefined;

/** Notifications, and clipboard writes for the Copy buttons (reading the clipboard is denied). */
const ALLOWED_PERMISSIONS = new Set(['notifications', 'clipboard-sanitized-write']);

function fromApp(origin: string | undefined): boolean {
  return origin === APP_ORIGIN || origin?.startsWith(`${APP_ORIGIN}/`) === true;
}

function allowOnlyAppPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && fromApp(details.requestingUrl ?? wc.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler(
    (_wc, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && fromApp(requestingOrigin),
  );
}

app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

let mainWindow: ReturnType<typeof createMainWindow> | undefined;

app.on('second-instance', () => {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

void app.whenReady().then(() => {
  allowOnlyAppPermissions();
  serveRenderer(fileURLToPath(new URL('../renderer', import.meta.url)));
  bridge = startIpcRelay(app.getPath('userData'), args.network, (message) => {
    dialog.showErrorBox('Shallot stopped', message);
    app.exit(1);
  });
  mainWindow = createMainWindow();
  bridge.attach(mainWindow);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !bridge) return;
  event.preventDefault();
  quitting = true;
  void bridge.shutdown().finally(() => app.quit());
});
