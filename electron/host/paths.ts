import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same per-user folder Electron's `app.getPath('userData')` gives for productName "Shallot", so
 * the desktop app and the web host find one account unless `--data-dir` says otherwise.
 */
export function defaultDataDir(): string {
  const home = homedir();
  switch (process.platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Shallot');
    case 'win32':
      return join(process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Shallot');
    default:
      return join(process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Shallot');
  }
}
