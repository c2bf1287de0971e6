/**
 * The IPC relay: carries the renderer's bridge calls (Electron IPC, from the preload) to the core
 * worker (its parent port) and the core's events back to every window. Only frames from our own
 * app origin's main frame are accepted; calls are numbered, timed out and drained by the shared rpc
 * client. Every hop carries bridge-codec text, so the renderer sees the same values as over the web
 * host's WebSocket, and every frame is checked against its schema on arrival.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { MessageChannel, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { decodeWire, encodeWire } from '../bridge/codec';
import { isMethodName, type MethodName, type Params } from '../bridge/contract';
import { IPC_CALL, IPC_EVENT } from '../bridge/ipc-channels';
import { fail, type BridgeResult } from '../bridge/result';
import type { RpcClient } from '../bridge/rpc-client';
import type { WorkerInit } from '../host/core-worker';
import { serveKeychain } from '../host/keychain-relay';
import { connectWorker } from '../host/worker-client';
import { publishCoreEvent } from './core-events';
import { answerKeychain } from './keychain';
import { APP_ORIGIN } from './protocol';

export interface IpcRelay {
  attach(win: BrowserWindow): void;
  shutdown(): Promise<void>;
}

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** A call from the preload: wire text of `{method, params}`. */
async function relayCall(client: RpcClient, text: unknown): Promise<BridgeResult<unknown>> {
  const decoded = decodeWire(text);
  if (!decoded.ok) {
    return decoded.problem === 'too-large'
      ? fail('too-large', 'The call is larger than a bridge frame')
      : fail('bad-frame', 'The call could not be read');
  }
  const { method, params } = (decoded.value ?? {}) as { method?: unknown; params?: unknown };
  if (typeof method !== 'string' || !isMethodName(method)) return fail('unknown-method', 'No such method');
  return client.call(method, params as Params<MethodName>);
}

/**
 * `onFatal` is told, once, when the core cannot run at all (it failed to start or crashed); the
 * main process then explains it to the user and quits instead of leaving a window that never answers.
 */
export function startIpcRelay(
  dataDir: string,
  network: string | undefined,
  onFatal: (message: string) => void,
): IpcRelay {
  const keychain = new MessageChannel();
  serveKeychain(keychain.port1, answerKeychain);
  const init: WorkerInit = { dataDir, network, keychainPort: keychain.port2 };
  const worker = new Worker(fileURLToPath(new URL('./core-worker.mjs', import.meta.url)), {
    workerData: init,
    transferList: [keychain.port2],
  });
  const windows = new Set<BrowserWindow>();
  const core = connectWorker(worker, {
    onFatal,
    onEvent: (text) => {
      for (const win of windows) {
        if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, text);
      }
      // The desktop shell (tray count, desktop settings) follows the same events as the windows.
      const frame = decodeWire(text);
      if (frame.ok) {
        const { event, payload } = frame.value as { event?: unknown; payload?: unknown };
        if (typeof event === 'string') publishCoreEvent(event, payload);
      }
    },
  });

  ipcMain.handle(IPC_CALL, async (event, text: unknown) => {
    const result = trustedSender(event)
      ? await relayCall(core.client, text)
      : fail('unknown-method', 'Refused');
    return encodeWire(result);
  });

  return {
    attach(win) {
      windows.add(win);
      win.on('closed', () => windows.delete(win));
    },
    async shutdown() {
      ipcMain.removeHandler(IPC_CALL);
      await core.shutdown();
    },
  };
}
