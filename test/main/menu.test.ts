/** The app menu: standard roles (which carry the platforms' shortcuts), no developer items in a package. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../electron/main/menu';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.role ? [i.role] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu) : []),
  ]);
}

describe('appMenuTemplate', () => {
  it('macOS: the app menu first, then File, Edit, View, Window, Help', () => {
    const menu = appMenuTemplate({ platform: 'darwin', packaged: true, showAbout: vi.fn() });
    expect(menu.map((i) => i.role ?? i.label)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('Windows and Linux: no app menu; About sits under Help and opens the about panel', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const showAbout = vi.fn();
      const menu = appMenuTemplate({ platform, packaged: true, showAbout });
      expect(menu.map((i) => i.role ?? i.label)).toEqual([
        'fileMenu',
        'editMenu',
        'View',
        'windowMenu',
        'help',
      ]);
      const help = menu.at(-1)?.submenu as MenuItemConstructorOptions[];
      expect(help.map((i) => i.label)).toEqual(['About Shallot']);
      help[0]?.click?.({} as never, undefined, {});
      expect(showAbout).toHaveBeenCalledOnce();
    }
  });

  it('zoom and full screen by role, so each platform gets its usual shortcuts', () => {
    const menu = appMenuTemplate({ platform: 'linux', packaged: true, showAbout: vi.fn() });
    expect(roles(menu)).toEqual([
      'fileMenu',
      'editMenu',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
      'help',
    ]);
  });

  it('reload and DevTools only when running from a checkout, never in a package', () => {
    const dev = roles(appMenuTemplate({ platform: 'linux', packaged: false, showAbout: vi.fn() }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shipped = roles(appMenuTemplate({ platform, packaged: true, showAbout: vi.fn() }));
      expect(shipped.filter((r) => /reload|devtools/i.test(r))).toEqual([]);
    }
  });

  it('carries no accelerator of its own that could take the renderer’s shortcuts', () => {
    const all = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = appMenuTemplate({ platform, packaged: false, showAbout: vi.fn() });
      expect(all(menu).filter((i) => i.accelerator !== undefined)).toEqual([]);
    }
  });
});
