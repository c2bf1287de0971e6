/**
 * When the composer tells the core that the user types (protocol reference §3.5, as Session
 * Desktop 1.17.17 does it): STARTED on the first keystroke, STARTED again every 10 s while the
 * keystrokes continue, and STOPPED after 10 s without one — or at once when the message is sent,
 * the text is cleared or the user leaves the chat.
 */
export const TYPING_REPEAT_MS = 10_000;
export const TYPING_IDLE_MS = 10_000;

export type TypingSignal = {
  keystroke: () => void;
  stop: () => void;
};

export function createTypingSignal(send: (state: 'started' | 'stopped') => void): TypingSignal {
  let startedAt: number | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    clearTimeout(idle);
    idle = undefined;
    if (startedAt === undefined) return;
    startedAt = undefined;
    send('stopped');
  };

  return {
    keystroke() {
      const now = Date.now();
      if (startedAt === undefined || now - startedAt >= TYPING_REPEAT_MS) {
        startedAt = now;
        send('started');
      }
      clearTimeout(idle);
      idle = setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}
