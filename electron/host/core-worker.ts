/**
 * The core inside a worker thread of the Electron main process, so SQL and crypto never block the
 * thread that draws windows. The main process passes the data dir in `workerData`, then sends
 * bridge frames (and 'shutdown'); the worker answers with bridge frames. The OS keychain is
 * reached through the main process (keychain-relay.ts), whose answers share the same port.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startCore, type Core } from '../core/api/core';
import { connectToCore, type CoreConnection } from '../core/api/transport';
import { isShallotError } from '../core/errors';
import { createLogger } from '../core/log';
import { createKeychainRelay } from './keychain-relay';

type WorkerInit = { dataDir: string; network?: string };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('core-worker must run in a worker thread');
  const init = workerData as WorkerInit;
  const keychain = createKeychainRelay((req) => port.postMessage(req));
  const state: { running?: { core: Core; conn: CoreConnection } } = {};
  // Bridge frames that arrive while the core is still starting wait here; the keychain's answers
  // cannot wait, since starting the core may need them (to open the store).
  const early: unknown[] = [];

  const handle = (msg: unknown): void => {
    const running = state.running;
    if (!running) {
      early.push(msg);
      return;
    }
    if (msg === 'shutdown') {
      running.conn.close();
      void running.core.close().then(() => port.postMessage('closed'));
      return;
    }
    running.conn.receive(msg);
  };

  port.on('message', (msg: unknown) => {
    if (!keychain.receive(msg)) handle(msg);
  });
  const core = await startCore({
    dataDir: init.dataDir,
    host: 'electron',
    network: init.network,
    logger: createLogger('core'),
    keychain: keychain.backend,
  });
  state.running = { core, conn: connectToCore(core, (frame) => port.postMessage(frame)) };
  for (const msg of early.splice(0)) handle(msg);
}

/** What the main process shows when the core cannot start (a corrupt vault, a DB in use, …). */
export type WorkerFatal = { type: 'fatal'; code: string; message: string };

main().catch((e: unknown) => {
  const fatal: WorkerFatal = isShallotError(e)
    ? { type: 'fatal', code: e.code, message: e.message }
    : { type: 'fatal', code: 'internal', message: 'The Shallot core could not start.' };
  parentPort?.postMessage(fatal);
});
