/**
 * Relays the renderer's bridge calls to the core worker. Only frames from our own app origin's main
 * frame are accepted; calls are numbered, timed out and drained by the shared rpc client.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { TRANSPORT_ERRORS, fail } from '../bridge/result';
import { createRpcClient } from '../bridge/rpc-client';
import { isMethodName, type MethodName, type Params } from '../bridge/contract';
import { IPC_CALL, IPC_EVENT } from '../bridge/ipc-channels';
import type { WorkerFatal } from '../host/core-worker';
import { isKeychainRequest } from '../host/keychain-relay';
import { answerKeychain } from './keychain';
import { APP_ORIGIN } from './protocol';

export interface CoreBridge {
  attach(win: BrowserWindow): void;
  shutdown(): Promise<void>;
}

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

function isFatal(msg: unknown): msg is WorkerFatal {
  return typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'fatal';
}

/**
 * `onFatal` is told, once, when the core cannot run at all (it failed to start or crashed); the
 * main process then explains it to the user and quits instead of leaving a window that never answers.
 */
export function startCoreBridge(
  dataDir: string,
  network: string | undefined,
  onFatal: (message: string) => void,
): CoreBridge {
  const worker = new Worker(fileURLToPath(new URL('./core-worker.mjs', import.meta.url)), {
    workerData: { dataDir, network },
  });
  const windows = new Set<BrowserWindow>();
  const client = createRpcClient((frame) => worker.postMessage(frame));

  let fatalTold = false;
  const fatal = (message: string): void => {
    client.drain(TRANSPORT_ERRORS.shutdown, 'The Shallot core stopped');
    if (fatalTold) return;
    fatalTold = true;
    onFatal(message);
  };
  worker.on('error', () => fatal('The Shallot core stopped unexpectedly.'));
  worker.on('message', (msg: unknown) => {
    if (isFatal(msg)) {
      fatal(msg.message);
      return;
    }
    if (isKeychainRequest(msg)) {
      worker.postMessage(answerKeychain(msg));
      return;
    }
    client.receive(msg);
    if (typeof msg === 'object' && msg !== null && (msg as { type?: string }).type === 'event') {
      for (const win of windows) {
        if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, msg);
      }
    }
  });
  worker.on('exit', () => client.drain(TRANSPORT_ERRORS.shutdown, 'The Shallot core stopped'));

  ipcMain.handle(IPC_CALL, async (event, method: unknown, params: unknown) => {
    if (!trustedSender(event)) return fail(TRANSPORT_ERRORS.unknownMethod, 'Refused');
    if (typeof method !== 'string' || !isMethodName(method)) {
      return fail(TRANSPORT_ERRORS.unknownMethod, 'No such method');
    }
    return client.call(method, params as Params<MethodName>);
  });

  return {
    attach(win) {
      windows.add(win);
      win.on('closed', () => windows.delete(win));
    },
    async shutdown() {
      ipcMain.removeHandler(IPC_CALL);
      client.drain(TRANSPORT_ERRORS.shutdown, 'Shallot is shutting down');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 3_000);
        // Only the worker's own 'closed' means the store is shut; heartbeats may arrive first.
        const onMessage = (msg: unknown): void => {
          if (msg !== 'closed') return;
          worker.off('message', onMessage);
          clearTimeout(timer);
          resolve();
        };
        worker.on('message', onMessage);
        worker.postMessage('shutdown');
      });
      await worker.terminate();
    },
  };
}
