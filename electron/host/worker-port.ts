/**
 * Serves a core over a worker thread's port: bridge-codec text in, bridge-codec text out. Frames
 * that arrive while the core is still starting wait for it; `shutdown` closes the core and answers
 * `closed`; a core that cannot start is reported as a `fatal` frame instead of a silent worker.
 */
import { decodeWire, encodeWire } from '../bridge/codec';
import type { Core } from '../core/api/core';
import { connectToCore, type CoreConnection } from '../core/api/connection';
import { isShallotError } from '../core/errors';
import { ShutdownFrame, type FatalFrame } from './worker-frames';

export type WorkerPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
};

export async function serveCoreOnPort(port: WorkerPort, start: () => Promise<Core>): Promise<void> {
  const running: { core?: Core; conn?: CoreConnection } = {};
  const early: unknown[] = [];

  const handle = (msg: unknown): void => {
    const { core, conn } = running;
    if (!core || !conn) {
      early.push(msg);
      return;
    }
    const decoded = decodeWire(msg);
    if (decoded.ok && ShutdownFrame.safeParse(decoded.value).success) {
      conn.close();
      void core.close().then(() => port.postMessage(encodeWire({ type: 'closed' })));
      return;
    }
    conn.receiveDecoded(decoded);
  };
  port.on('message', handle);

  try {
    running.core = await start();
  } catch (e: unknown) {
    const fatal: FatalFrame = isShallotError(e)
      ? { type: 'fatal', code: e.code, message: e.message }
      : { type: 'fatal', code: 'internal', message: 'The Shallot core could not start.' };
    port.postMessage(encodeWire(fatal));
    return;
  }
  running.conn = connectToCore(running.core, (text) => port.postMessage(text));
  for (const msg of early.splice(0)) handle(msg);
}
