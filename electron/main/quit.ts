/**
 * Quitting closes the core cleanly: its outbox state is written and the database closed (the core
 * worker's `close()`) before the process ends. `before-quit` is held until that is done, or until
 * a time limit, so a stuck core cannot keep the app from quitting. A system shutdown (Linux, macOS)
 * and SIGTERM/SIGINT take the same path.
 */
import type { App, PowerMonitor } from 'electron';

/** Longer than the core worker's own 3 s wait for its 'closed', so that one answers first. */
export const QUIT_TIMEOUT_MS = 5_000;

export type QuitApp = Pick<App, 'on' | 'quit' | 'exit'>;

export type QuitGuard = {
  /** Resolves once the core is closed (or the limit passed); for tests and for the shutdown hook. */
  readonly closed: Promise<void>;
};

/**
 * `close` runs once, on the first quit request; later requests wait for the same close. When it
 * ends (or times out) the app quits for real.
 */
export function guardQuit(app: QuitApp, close: () => Promise<void>, timeoutMs = QUIT_TIMEOUT_MS): QuitGuard {
  let state: 'running' | 'closing' | 'closed' = 'running';
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    void Promise.race([close().catch(() => undefined), limit]).then(() => {
      clearTimeout(timer);
      state = 'closed';
      resolveClosed();
      app.quit();
    });
  });
  return { closed };
}

/** The OS asking us to stop goes through the same clean quit. */
export function quitOnSystemShutdown(
  app: Pick<App, 'quit'>,
  powerMonitor: Pick<PowerMonitor, 'on'>,
  proc: Pick<NodeJS.Process, 'on'> = process,
): void {
  // Electron passes an event whose preventDefault() delays the shutdown while we close (Linux,
  // macOS; the quit guard bounds how long); its typings declare no argument, hence the optional one.
  powerMonitor.on('shutdown', (event?: Electron.Event) => {
    event?.preventDefault();
    app.quit();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) proc.on(signal, () => app.quit());
}
