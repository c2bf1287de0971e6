/**
 * Electron main process: windows, lifecycle and the security envelope only. The core runs in a
 * worker thread (core-bridge.ts); no SQL, crypto or network happens on this thread.
 */
import { app, session, type WebContents } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHostArgs } from '../host/args';
import { startCoreBridge, type CoreBridge } from './core-bridge';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { createMainWindow } from './window';

const args = parseHostArgs(process.argv.slice(1));
if (args.dataDir) app.setPath('userData', resolve(args.dataDir));

app.enableSandbox();
registerSchemePrivileges();

let bridge: CoreBridge | undefined;

/** Writing to the clipboard backs the Copy buttons (Session ID, recovery phrase); reading is denied. */
const ALLOWED_PERMISSIONS = new Set(['notifications', 'clipboard-sanitized-write']);

function denyEverythingButNotifications(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
}

app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  denyEverythingButNotifications();
  serveRenderer(fileURLToPath(new URL('../renderer', import.meta.url)));
  bridge = startCoreBridge(app.getPath('userData'), args.network);
  bridge.attach(createMainWindow());
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
