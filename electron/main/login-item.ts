/**
 * "Start at login": Electron's login items on macOS and Windows; on Linux, where Electron has none,
 * an XDG autostart entry (~/.config/autostart). Planning is pure (tested); applying it is the one
 * call or file write at the end.
 */
import type { App } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HostArgs } from '../host/args';

/** How the app was started, so the login item starts it the same way. */
export type Launch = {
  execPath: string;
  /** Set by the AppImage runtime: the file to run, not the temporary mount point execPath is in. */
  appImage?: string;
  hostArgs: HostArgs;
};

export type LoginItemPlan =
  | { kind: 'electron'; settings: Electron.Settings }
  | { kind: 'autostart'; file: string; contents: string | null };

export const AUTOSTART_FILE = 'shallot.desktop';

/** The same data folder and network at login as now; nothing else from this launch's command line. */
export function loginArgs(hostArgs: HostArgs): string[] {
  const args: string[] = [];
  if (hostArgs.dataDir) args.push('--data-dir', hostArgs.dataDir);
  if (hostArgs.network) args.push('--network', hostArgs.network);
  return args;
}

/** One Exec argument, quoted as the Desktop Entry spec says (reserved characters, then escapes). */
export function desktopExecArg(arg: string): string {
  const escaped = arg.replace(/%/g, '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(escaped) && escaped !== '') return escaped;
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(argv: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Shallot',
    'Comment=Private messenger for the Session network',
    `Exec=${argv.map(desktopExecArg).join(' ')}`,
    'Icon=shallot',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const base =
    env['XDG_CONFIG_HOME'] && env['XDG_CONFIG_HOME'].startsWith('/')
      ? env['XDG_CONFIG_HOME']
      : join(home, '.config');
  return join(base, 'autostart');
}

export function planLoginItem(
  platform: NodeJS.Platform,
  openAtLogin: boolean,
  launch: Launch,
  dir = autostartDir(),
): LoginItemPlan {
  const args = loginArgs(launch.hostArgs);
  if (platform === 'linux') {
    const exec = launch.appImage ?? launch.execPath;
    return {
      kind: 'autostart',
      file: join(dir, AUTOSTART_FILE),
      contents: openAtLogin ? autostartEntry([exec, ...args]) : null,
    };
  }
  if (platform === 'win32')
    return { kind: 'electron', settings: { openAtLogin, path: launch.execPath, args } };
  // macOS login items take no arguments; a non-default data folder is not kept at login there.
  return { kind: 'electron', settings: { openAtLogin } };
}

export function applyLoginItem(app: Pick<App, 'setLoginItemSettings'>, plan: LoginItemPlan): boolean {
  try {
    if (plan.kind === 'electron') {
      app.setLoginItemSettings(plan.settings);
    } else if (plan.contents === null) {
      rmSync(plan.file, { force: true });
    } else {
      mkdirSync(join(plan.file, '..'), { recursive: true });
      writeFileSync(plan.file, plan.contents, { mode: 0o644 });
    }
    return true;
  } catch {
    return false;
  }
}
