/**
 * The bridge's transports as the contract test drives them: the core's dispatcher in-process, a
 * real web host over a WebSocket (through the shared rpc client), and the worker port in a real
 * worker thread (through the same client the Electron IPC relay uses). Each starts its own core on
 * a fresh data folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import type { BridgeResult } from '../../electron/bridge/result';
import { createRpcClient } from '../../electron/bridge/rpc-client';
import type { MethodName, Params } from '../../electron/bridge/contract';
import { startCore } from '../../electron/core/api/core';
import { silentLogger } from '../../electron/core/log';
import { startWebHost } from '../../electron/host/web-host';
import { connectWorker } from '../../electron/host/worker-client';

/** Argon2id at its floor: the contract is under test, not the KDF's cost. */
export const TEST_KDF = { opslimit: 1, memlimit: 8192 * 1024 };

export interface Transport {
  call(method: string, params: unknown): Promise<BridgeResult<unknown>>;
  close(): Promise<void>;
}

export type TransportName = 'dispatcher' | 'websocket' | 'worker';

function startTestCore(dataDir: string) {
  return startCore({ dataDir, host: 'test', logger: silentLogger, heartbeatMs: 0, kdfLimits: TEST_KDF });
}

async function inProcess(dataDir: string): Promise<Transport> {
  const core = await startTestCore(dataDir);
  return { call: (m, p) => core.dispatch(m, p), close: () => core.close() };
}

async function overWebSocket(dataDir: string): Promise<Transport> {
  const core = await startTestCore(dataDir);
  const staticDir = join(dataDir, '..', 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<html><head></head></html>');
  const host = await startWebHost({ core, staticDir });
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, {
    headers: { Origin: host.origin },
  });
  const client = createRpcClient((text) => ws.send(text));
  ws.on('message', (data: Buffer) => client.receive(data.toString('utf8')));
  await new Promise((resolve, reject) => {
    ws.on('open', resolve);
    ws.on('error', reject);
  });
  return {
    call: (m, p) => client.call(m as MethodName, p as Params<MethodName>),
    async close() {
      ws.close();
      await host.close();
      await core.close();
    },
  };
}

async function inWorker(dataDir: string): Promise<Transport> {
  const worker = new Worker(new URL('./fixtures/ts-worker.mjs', import.meta.url), {
    workerData: { entry: new URL('./fixtures/core-worker.ts', import.meta.url).href, dataDir },
  });
  let fatal: string | undefined;
  const connection = connectWorker(worker, { onFatal: (m) => (fatal = m) });
  const { client } = connection;
  // The first call waits for the core to start (frames queue in the worker until then).
  const first = await client.call('app.ping', { echo: 'up' });
  if (!first.ok) throw new Error(`the core worker did not start: ${fatal ?? first.error.code}`);
  return {
    call: (m, p) => client.call(m as MethodName, p as Params<MethodName>),
    close: () => connection.shutdown(),
  };
}

export const TRANSPORTS: Record<TransportName, (dataDir: string) => Promise<Transport>> = {
  dispatcher: inProcess,
  websocket: overWebSocket,
  worker: inWorker,
};
