/**
 * Quitting waits for the core to close (outbox state written, database closed), once, within a
 * limit; system shutdown and signals take the same path. A fake app stands in for Electron's.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardQuit, quitOnSystemShutdown } from '../../electron/main/quit';

/** An app whose quit() emits before-quit, and which counts as quit only if nobody prevented it. */
function fakeApp() {
  const emitter = new EventEmitter();
  const app = {
    quitted: 0,
    on: (event: string, listener: (...args: unknown[]) => void) => {
      emitter.on(event, listener);
      return app;
    },
    quit: () => {
      let prevented = false;
      emitter.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.quitted += 1;
    },
    exit: vi.fn(),
  };
  return app;
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('guardQuit', () => {
  it('holds the quit until the core has closed, then quits for real', async () => {
    const app = fakeApp();
    const core = deferred();
    const close = vi.fn(() => core.promise);
    const guard = guardQuit(app as never, close);
    app.quit();
    expect(close).toHaveBeenCalledOnce();
    expect(app.quitted).toBe(0);
    app.quit(); // a second Cmd+Q while closing: still one close
    expect(close).toHaveBeenCalledOnce();
    core.resolve();
    await guard.closed;
    expect(app.quitted).toBe(1);
  });

  it('quits after the limit when the core never answers', async () => {
    vi.useFakeTimers();
    try {
      const app = fakeApp();
      const guard = guardQuit(app as never, () => new Promise<void>(() => undefined), 5_000);
      app.quit();
      await vi.advanceTimersByTimeAsync(4_999);
      expect(app.quitted).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      await guard.closed;
      expect(app.quitted).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('quits when closing the core fails', async () => {
    const app = fakeApp();
    const guard = guardQuit(app as never, () => Promise.reject(new Error('worker gone')));
    app.quit();
    await guard.closed;
    expect(app.quitted).toBe(1);
  });
});

describe('quitOnSystemShutdown', () => {
  it('delays a system shutdown and quits cleanly; SIGTERM and SIGINT quit too', () => {
    const power = new EventEmitter();
    const proc = new EventEmitter();
    const app = { quit: vi.fn() };
    quitOnSystemShutdown(app, power as never, proc as never);
    const event = { preventDefault: vi.fn() };
    power.emit('shutdown', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    proc.emit('SIGTERM');
    proc.emit('SIGINT');
    expect(app.quit).toHaveBeenCalledTimes(3);
  });
});
