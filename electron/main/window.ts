import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { routeWindowOpens } from './external-links';
import { APP_ORIGIN } from './protocol';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, type WindowState } from './window-state';

/**
 * Spellcheck never reaches the network (issue 11, item 6). On Windows and Linux Chromium's checker
 * needs Hunspell dictionaries, which Electron fetches from a Google CDN by default: a direct,
 * non-onion connection from the user's address that tells the CDN the user's languages. So there
 * it is off, and the download URL points at our own app origin (served from the app's files,
 * which ship no dictionaries), so nothing can make Chromium fetch one from elsewhere. macOS checks
 * with the system's own spellchecker and downloads nothing, so it stays on there.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/spellcheck/`;

export function spellcheckWanted(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin';
}

export function lockDownSpellcheck(session: Session, platform: NodeJS.Platform = process.platform): void {
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.setSpellCheckerEnabled(spellcheckWanted(platform));
}

function lockDown(contents: WebContents): void {
  // The app is one page: any navigation away from it is refused, and so is every new window
  // (a confirmed web link goes to the system browser instead).
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  routeWindowOpens(contents, (url) => shell.openExternal(url));
}

/** Where the window goes and whether it appears (it stays hidden when starting in the tray). */
export type MainWindowOptions = {
  bounds?: WindowState;
  show?: boolean;
  /** The window's own icon (Linux and Windows; macOS uses the bundle's). */
  icon?: string;
};

export function createMainWindow(options: MainWindowOptions = {}): BrowserWindow {
  const bounds = options.bounds ?? DEFAULT_WINDOW_STATE;
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    ...(options.icon ? { icon: options.icon } : {}),
    title: 'Shallot',
    backgroundColor: '#101214',
    webPreferences: {
      preload: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: spellcheckWanted(),
    },
  });
  lockDown(win.webContents);
  win.once('ready-to-show', () => {
    if (options.show === false) return;
    // maximize() shows the window too; calling it while hidden would defeat starting in the tray.
    if (bounds.maximized) win.maximize();
    else win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
