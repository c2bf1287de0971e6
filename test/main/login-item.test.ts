/** "Start at login" per platform: Electron's login items, or an XDG autostart entry on Linux. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyLoginItem,
  autostartDir,
  autostartEntry,
  desktopExecArg,
  loginArgs,
  planLoginItem,
} from '../../electron/main/login-item';

const launch = { execPath: '/opt/Shallot/shallot', hostArgs: {} };

describe('planLoginItem', () => {
  it('Windows: the executable with this launch’s data folder and network', () => {
    const plan = planLoginItem('win32', true, {
      execPath: 'C:\\Users\\a\\AppData\\Local\\Programs\\shallot\\Shallot.exe',
      hostArgs: { dataDir: 'D:\\Shallot data', network: 'offline', port: 4000 },
    });
    expect(plan).toEqual({
      kind: 'electron',
      settings: {
        openAtLogin: true,
        path: 'C:\\Users\\a\\AppData\\Local\\Programs\\shallot\\Shallot.exe',
        args: ['--data-dir', 'D:\\Shallot data', '--network', 'offline'],
      },
    });
    expect(planLoginItem('win32', false, launch)).toMatchObject({ settings: { openAtLogin: false } });
  });

  it('macOS: on or off only (its login items take no arguments)', () => {
    expect(planLoginItem('darwin', true, { ...launch, hostArgs: { dataDir: '/x' } })).toEqual({
      kind: 'electron',
      settings: { openAtLogin: true },
    });
  });

  it('Linux: an autostart entry that runs the AppImage file rather than its temporary mount', () => {
    const plan = planLoginItem(
      'linux',
      true,
      { execPath: '/tmp/.mount_ShallotX/shallot', appImage: '/home/a/Apps/Shallot.AppImage', hostArgs: {} },
      '/home/a/.config/autostart',
    );
    expect(plan.kind).toBe('autostart');
    if (plan.kind !== 'autostart') return;
    expect(plan.file).toBe('/home/a/.config/autostart/shallot.desktop');
    expect(plan.contents).toContain('\nExec=/home/a/Apps/Shallot.AppImage\n');
    expect(planLoginItem('linux', false, launch, '/d')).toEqual({
      kind: 'autostart',
      file: '/d/shallot.desktop',
      contents: null,
    });
  });
});

describe('the autostart entry', () => {
  it('quotes arguments as the Desktop Entry spec says', () => {
    expect(desktopExecArg('/opt/Shallot/shallot')).toBe('/opt/Shallot/shallot');
    expect(desktopExecArg('/home/a/My data')).toBe('"/home/a/My data"');
    expect(desktopExecArg('100%')).toBe('100%%');
    expect(desktopExecArg('a"b$c`d\\e')).toBe('"a\\"b\\$c\\`d\\\\e"');
    expect(desktopExecArg('')).toBe('""');
  });

  it('is a well-formed entry with one Exec line', () => {
    const text = autostartEntry(['/opt/Shallot/shallot', ...loginArgs({ dataDir: '/home/a/Shallot two' })]);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('[Desktop Entry]');
    expect(lines).toContain('Type=Application');
    expect(lines.filter((l) => l.startsWith('Exec='))).toEqual([
      'Exec=/opt/Shallot/shallot --data-dir "/home/a/Shallot two"',
    ]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[A-Za-z-]+=.+$/);
  });

  it('lives in XDG_CONFIG_HOME when that is an absolute path, else ~/.config', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/a')).toBe('/home/a/.config/autostart');
    expect(autostartDir({}, '/home/a')).toBe('/home/a/.config/autostart');
  });
});

describe('applyLoginItem', () => {
  it('writes and removes the Linux entry', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'shallot-login-')), 'autostart');
    const app = { setLoginItemSettings: vi.fn() };
    expect(applyLoginItem(app, planLoginItem('linux', true, launch, dir))).toBe(true);
    expect(readFileSync(join(dir, 'shallot.desktop'), 'utf8')).toContain('Exec=/opt/Shallot/shallot\n');
    expect(applyLoginItem(app, planLoginItem('linux', false, launch, dir))).toBe(true);
    expect(existsSync(join(dir, 'shallot.desktop'))).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('hands macOS and Windows plans to Electron, and reports a failure instead of throwing', () => {
    const app = { setLoginItemSettings: vi.fn() };
    applyLoginItem(app, planLoginItem('darwin', true, launch));
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    const broken = {
      setLoginItemSettings: () => {
        throw new Error('no login items here');
      },
    };
    expect(applyLoginItem(broken, planLoginItem('win32', true, launch))).toBe(false);
  });
});
