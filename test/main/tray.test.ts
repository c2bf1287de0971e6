/**
 * The tray's unread count (from `conversations.changed`'s unreadTotal): labels, icons per platform,
 * and what the tray asks of Electron (41 API names), with Electron mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: [string, ...unknown[]][] = [];
const handlers = new Map<string, () => void>();

vi.mock('electron', () => {
  class Tray {
    constructor(image: { file: string }) {
      calls.push(['new Tray', image.file]);
    }
    setImage = (image: { file: string }) => calls.push(['setImage', image.file]);
    setToolTip = (text: string) => calls.push(['setToolTip', text]);
    setTitle = (text: string) => calls.push(['setTitle', text]);
    setContextMenu = (menu: { template: { label?: string }[] }) =>
      calls.push(['setContextMenu', menu.template.map((i) => i.label ?? '—')]);
    on = (event: string, handler: () => void) => handlers.set(event, handler);
    destroy = () => calls.push(['destroy']);
  }
  return {
    Tray,
    Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
    nativeImage: {
      createFromPath: (file: string) => ({ file: file.split('/').pop(), setTemplateImage: vi.fn() }),
    },
    app: { setBadgeCount: (n: number) => calls.push(['setBadgeCount', n]) },
  };
});

const { createDesktopTray, trayMenuTemplate, trayView, unreadCount, unreadText } =
  await import('../../electron/main/tray');

beforeEach(() => {
  calls.length = 0;
  handlers.clear();
});

describe('labels', () => {
  it('says the count in words, capped at 999+', () => {
    expect([0, 1, 2, 999, 1000, 123456].map(unreadText)).toEqual([
      'No unread messages',
      '1 unread message',
      '2 unread messages',
      '999 unread messages',
      '999+ unread messages',
      '999+ unread messages',
    ]);
  });

  it('takes only a positive integer from an event as a count', () => {
    expect([5, 0, -3, 2.5, NaN, '7', null, undefined, {}].map(unreadCount)).toEqual([
      5, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('macOS: a template icon with the number beside it', () => {
    expect(trayView(0, 'darwin')).toEqual({
      icon: 'trayTemplate.png',
      title: '',
      tooltip: 'Shallot',
      status: 'No unread messages',
    });
    expect(trayView(12, 'darwin')).toMatchObject({ icon: 'trayTemplate.png', title: '12' });
    expect(trayView(5000, 'darwin').title).toBe('999+');
  });

  it('Windows and Linux: the icon with a dot, the number in the tooltip', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(trayView(0, platform)).toMatchObject({ icon: 'tray.png', title: '', tooltip: 'Shallot' });
      expect(trayView(3, platform)).toEqual({
        icon: 'tray-unread.png',
        title: '',
        tooltip: 'Shallot — 3 unread messages',
        status: '3 unread messages',
      });
    }
  });

  it('the menu states the count and offers show and quit, nothing that acts on messages', () => {
    const show = vi.fn();
    const quit = vi.fn();
    const menu = trayMenuTemplate(trayView(2, 'linux'), { show, quit });
    expect(menu.map((i) => i.label ?? i.type)).toEqual([
      '2 unread messages',
      'separator',
      'Show Shallot',
      'Quit Shallot',
    ]);
    expect(menu[0]?.enabled).toBe(false);
    menu[2]?.click?.({} as never, undefined, {});
    menu[3]?.click?.({} as never, undefined, {});
    expect([show.mock.calls.length, quit.mock.calls.length]).toEqual([1, 1]);
  });
});

describe('the tray on this (Linux) machine', () => {
  it('starts without a count, then follows it, and ignores repeats and bad values', () => {
    const win = { isDestroyed: () => false, setOverlayIcon: vi.fn() };
    const show = vi.fn();
    const tray = createDesktopTray('/icons', () => win as never, { show, quit: vi.fn() });
    expect(calls.slice(0, 3)).toEqual([
      ['new Tray', 'tray.png'],
      ['setImage', 'tray.png'],
      ['setToolTip', 'Shallot'],
    ]);
    calls.length = 0;
    tray.setUnread(4);
    expect(calls).toEqual([
      ['setImage', 'tray-unread.png'],
      ['setToolTip', 'Shallot — 4 unread messages'],
      ['setContextMenu', ['4 unread messages', '—', 'Show Shallot', 'Quit Shallot']],
      ['setBadgeCount', 4],
    ]);
    calls.length = 0;
    tray.setUnread(4);
    tray.setUnread('4');
    expect(calls.map((c) => c[0])).toEqual(['setImage', 'setToolTip', 'setContextMenu', 'setBadgeCount']);
    expect(calls.at(-1)).toEqual(['setBadgeCount', 0]);
    handlers.get('click')?.();
    expect(show).toHaveBeenCalledOnce();
    // The taskbar overlay is Windows only.
    expect(win.setOverlayIcon).not.toHaveBeenCalled();
  });
});
