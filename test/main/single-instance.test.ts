/** One instance per data folder; a second launch brings the window back however it was put away. */
import { describe, expect, it, vi } from 'vitest';
import { claimDataFolder, revealWindow } from '../../electron/main/single-instance';

function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean }) {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => state.destroyed === true,
    isMinimized: () => state.minimized === true,
    isVisible: () => state.visible !== false,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

describe('claimDataFolder', () => {
  it('takes the lock for the data folder Electron was pointed at', () => {
    const app = {
      getPath: vi.fn(() => '/home/a/.config/Shallot-two'),
      requestSingleInstanceLock: vi.fn(() => false),
      on: vi.fn(),
    };
    expect(claimDataFolder(app as never)).toBe(false);
    expect(app.getPath).toHaveBeenCalledWith('userData');
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ dataDir: '/home/a/.config/Shallot-two' });
  });
});

describe('revealWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const win = fakeWindow({ minimized: true });
    expect(revealWindow(win)).toBe(true);
    expect(win.calls).toEqual(['restore', 'focus']);
  });

  it('shows a window hidden in the tray', () => {
    const win = fakeWindow({ visible: false });
    expect(revealWindow(win)).toBe(true);
    expect(win.calls).toEqual(['show', 'focus']);
  });

  it('only focuses a window that is merely behind others', () => {
    const win = fakeWindow({});
    revealWindow(win);
    expect(win.calls).toEqual(['focus']);
  });

  it('says so when there is no window to bring back (the caller makes one)', () => {
    expect(revealWindow(undefined)).toBe(false);
    const gone = fakeWindow({ destroyed: true });
    expect(revealWindow(gone)).toBe(false);
    expect(gone.calls).toEqual([]);
  });
});
