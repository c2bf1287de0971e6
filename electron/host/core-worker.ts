/**
 * The core inside a worker thread of the Electron main process, so SQL and crypto never block the
 * thread that draws windows. The main process passes the data dir and a keychain port in
 * `workerData`; bridge frames travel on the parent port (worker-port.ts). The OS keychain is
 * reached through the main process (keychain-relay.ts) on its own port.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { startCore } from '../core/api/core';
import { createLogger } from '../core/log';
import { createKeychainRelay } from './keychain-relay';
import { serveCoreOnPort } from './worker-port';

export type WorkerInit = { dataDir: string; network?: string; keychainPort: MessagePort };

const port = parentPort;
if (!port) throw new Error('core-worker must run in a worker thread');
const init = workerData as WorkerInit;
const keychain = createKeychainRelay(init.keychainPort);
await serveCoreOnPort(port, () =>
  startCore({
    dataDir: init.dataDir,
    host: 'electron',
    network: init.network,
    logger: createLogger('core'),
    keychain,
  }),
);
