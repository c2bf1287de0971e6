/**
 * One Shallot per data folder: the folder holds one account and one database, which two processes
 * must not share. Electron keeps its single-instance lock in the userData folder, so with
 * `--data-dir` pointing userData elsewhere, a second account in another folder runs side by side,
 * while a second launch on the same folder hands over to the first, which shows its window.
 */
import type { App, BrowserWindow } from 'electron';

export type InstanceApp = Pick<App, 'requestSingleInstanceLock' | 'on' | 'getPath'>;

/** True when this process is the folder's instance; false when another one has it (then quit). */
export function claimDataFolder(app: InstanceApp): boolean {
  return app.requestSingleInstanceLock({ dataDir: app.getPath('userData') });
}

export type RevealableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'
>;

/** Brings the window back however it was put away: minimised, hidden in the tray, or behind others. */
export function revealWindow(win: RevealableWindow | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
  return true;
}

/** A second launch on this folder shows our window (it is told nothing else, and does nothing else). */
export function revealOnSecondLaunch(app: InstanceApp, window: () => RevealableWindow | undefined): void {
  app.on('second-instance', () => {
    revealWindow(window());
  });
}
