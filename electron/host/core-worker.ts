/**
 * The core inside a worker thread of the Electron main process, so SQL and crypto never block the
 * thread that draws windows. The main process sends `{kind:'start', …}` once, then bridge frames;
 * the worker answers with bridge frames.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startCore } from '../core/api/core';
import { connectToCore } from '../core/api/transport';
import { createLogger } from '../core/log';

type WorkerInit = { dataDir: string; network?: string };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('core-worker must run in a worker thread');
  const init = workerData as WorkerInit;
  const core = await startCore({
    dataDir: init.dataDir,
    host: 'electron',
    networkName: init.network,
    logger: createLogger('core'),
  });
  const conn = connectToCore(core, (frame) => port.postMessage(frame));
  port.on('message', (msg: unknown) => {
    if (msg === 'shutdown') {
      conn.close();
      void core.close().then(() => port.postMessage('closed'));
      return;
    }
    conn.receive(msg);
  });
}

void main();
