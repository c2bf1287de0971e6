/**
 * Binds one client connection (a WebSocket, the worker's parent port, a test) to the core: checks
 * each frame, dispatches it, sends the answer, and forwards events. The first event a new client
 * sees is `app.ready`, so it never has to guess whether it connected before or after start-up.
 */
import { CallFrame, type CoreFrame } from '../../bridge/frames';
import type { Core } from './core';

export interface CoreConnection {
  receive(raw: unknown): void;
  close(): void;
}

export function connectToCore(core: Core, send: (frame: CoreFrame) => void): CoreConnection {
  let open = true;
  const unsubscribe = core.subscribe((event, payload) => {
    if (open) send({ type: 'event', event, payload });
  });
  send({
    type: 'event',
    event: 'app.ready',
    payload: { version: core.context.version, startedAt: Date.now() - core.context.uptimeMs() },
  });
  return {
    receive(raw) {
      const frame = CallFrame.safeParse(raw);
      if (!frame.success) {
        core.context.logger.warn('dropped malformed bridge frame');
        return;
      }
      const { id, method, params } = frame.data;
      void core.dispatch(method, params).then((result) => {
        if (open) send({ type: 'result', id, result });
      });
    },
    close() {
      open = false;
      unsubscribe();
    },
  };
}
