/**
 * The calling side of the core worker's port: an rpc client whose frames travel as bridge-codec
 * text, every message from the worker checked against its schema (worker-frames.ts) before it is
 * routed. The Electron IPC relay builds on it; so do the contract tests, in a real worker thread.
 */
import type { Worker } from 'node:worker_threads';
import { decodeWire, encodeWire } from '../bridge/codec';
import { createRpcClient, type RpcClient } from '../bridge/rpc-client';
import { FromWorker } from './worker-frames';

export interface WorkerClient {
  readonly client: RpcClient;
  /** Asks the core to close, waits (a bounded time) for its `closed`, then ends the thread. */
  shutdown(): Promise<void>;
}

export type WorkerClientOptions = {
  /** Told, once, when the core cannot run at all (it failed to start or the thread died). */
  onFatal: (message: string) => void;
  /** Every event frame, as the wire text it came in (for relaying it further unchanged). */
  onEvent?: (text: string) => void;
};

const CLOSE_WAIT_MS = 3_000;

export function connectWorker(worker: Worker, options: WorkerClientOptions): WorkerClient {
  const client = createRpcClient((text) => worker.postMessage(text));
  const closedWaiters = new Set<() => void>();
  let fatalTold = false;
  const fatal = (message: string): void => {
    client.drain('shutdown', 'The Shallot core stopped');
    if (fatalTold) return;
    fatalTold = true;
    options.onFatal(message);
  };

  worker.on('error', () => fatal('The Shallot core stopped unexpectedly.'));
  worker.on('exit', () => client.drain('shutdown', 'The Shallot core stopped'));
  worker.on('message', (msg: unknown) => {
    const decoded = decodeWire(msg);
    const frame = decoded.ok ? FromWorker.safeParse(decoded.value) : undefined;
    if (!frame?.success) return;
    const f = frame.data;
    if (f.type === 'fatal') return fatal(f.message);
    if (f.type === 'closed') return closedWaiters.forEach((w) => w());
    client.receiveFrame(f);
    if (f.type === 'event' && typeof msg === 'string') options.onEvent?.(msg);
  });

  return {
    client,
    async shutdown() {
      client.drain('shutdown', 'Shallot is shutting down');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, CLOSE_WAIT_MS);
        // Only the worker's own 'closed' means the store is shut; heartbeats may arrive first.
        function done(): void {
          clearTimeout(timer);
          closedWaiters.delete(done);
          resolve();
        }
        closedWaiters.add(done);
        worker.postMessage(encodeWire({ type: 'shutdown' }));
      });
      await worker.terminate();
    },
  };
}
