import { BrowserWindow, type Session, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN } from './protocol';

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
  // The app is one page: any navigation away from it is refused, and so is every new window.
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
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
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
