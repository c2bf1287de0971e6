/**
 * Electron main process: windows, lifecycle and the security envelope only. The core runs in a
 * worker thread (ipc-relay.ts starts it); no SQL, crypto or network happens on this thread.
 */
import { app, dialog, powerMonitor, session, type WebContents } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, parseHostArgs, type HostArgs } from '../host/args';
import { startDesktop } from './desktop';
import { startIpcRelay, type IpcRelay } from './ipc-relay';
import { APP_ORIGIN, registerSchemePrivileges, serveRenderer } from './protocol';
import { guardQuit, quitOnSystemShutdown } from './quit';
import { claimDataFolder } from './single-instance';
import { lockDownSpellcheck } from './window';

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

// One process per data folder: a second launch on the same folder shows the first's window instead
// of fighting it for the database (desktop.ts answers 'second-instance').
if (!claimDataFolder(app)) {
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

/** The microphone, for recording voice messages: audio only, never the camera or the screen. */
function audioOnly(details: { mediaTypes?: readonly string[] }): boolean {
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'audio');
}

function allowOnlyAppPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) => {
    const allowed =
      ALLOWED_PERMISSIONS.has(permission) || (permission === 'media' && audioOnly(details as object));
    callback(allowed && fromApp(details.requestingUrl ?? wc.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler(
    (_wc, permission, requestingOrigin, details) =>
      (ALLOWED_PERMISSIONS.has(permission) || (permission === 'media' && details.mediaType === 'audio')) &&
      fromApp(requestingOrigin),
  );
}

app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  allowOnlyAppPermissions();
  lockDownSpellcheck(session.defaultSession);
  serveRenderer(fileURLToPath(new URL('../renderer', import.meta.url)));
  bridge = startIpcRelay(app.getPath('userData'), args.network, (message) => {
    dialog.showErrorBox('Shallot stopped', message);
    app.exit(1);
  });
  const relay = bridge;
  startDesktop(app.getPath('userData'), args, (win) => relay.attach(win));
  quitOnSystemShutdown(app, powerMonitor);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// The core writes its outbox state and closes the database before the process ends (bounded).
guardQuit(app, () => bridge?.shutdown() ?? Promise.resolve());
