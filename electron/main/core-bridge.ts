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

export function startCoreBridge(dataDir: string, network: string | undefined): CoreBridge {
  const worker = new Worker(fileURLToPath(new URL('./core-worker.mjs', import.meta.url)), {
    workerData: { dataDir, network },
  });
  const windows = new Set<BrowserWindow>();
  const client = createRpcClient((frame) => worker.postMessage(frame));

  worker.on('message', (msg: unknown) => {
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
        worker.once('message', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('shutdown');
      });
      await worker.terminate();
    },
  };
}
