/**
 * Bridge round trips: a call straight into the core's dispatcher, and the same call over the web
 * host's WebSocket (JSON framing, loopback TCP, token-checked socket).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { decodeWire, encodeWire } from '../electron/bridge/codec';
import { methods } from '../electron/bridge/contract';
import { startCore } from '../electron/core/api/core';
import { silentLogger } from '../electron/core/log';
import { startWebHost } from '../electron/host/web-host';
import { percentile, report } from './report';

const ROUNDS = 5_000;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shallot-bench-bridge-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head></head></html>');
  const core = await startCore({
    dataDir: join(dir, 'data'),
    host: 'test',
    logger: silentLogger,
    heartbeatMs: 0,
  });

  const direct: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await core.dispatch('app.ping', { echo: 'x' });
    direct.push(performance.now() - t0);
  }
  report('bridge.in_process_p50_us', Math.round(percentile(direct, 50) * 1000), 'us');
  report(
    'bridge.in_process_calls_per_s',
    Math.round(ROUNDS / (direct.reduce((a, b) => a + b, 0) / 1000)),
    'calls/s',
  );

  // What checking results on the way out costs (the dispatcher does it for every call).
  const view = { state: 'ready', sessionId: `05${'ab'.repeat(32)}`, displayName: 'Bench', vault: 'keyfile' };
  const t1 = performance.now();
  for (let i = 0; i < ROUNDS; i++) methods['account.state'].result.parse(view);
  report('bridge.result_check_us', Math.round(((performance.now() - t1) / ROUNDS) * 1000 * 100) / 100, 'us');
  // The codec on a 64 KiB byte string (base64 both ways), the largest thing a chunked call carries.
  const chunk = { bytes: new Uint8Array(64 * 1024).fill(7) };
  const t2 = performance.now();
  for (let i = 0; i < 200; i++) decodeWire(encodeWire(chunk));
  report('bridge.codec_64k_roundtrip_us', Math.round(((performance.now() - t2) / 200) * 1000), 'us');

  const host = await startWebHost({ core, staticDir });
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, {
    headers: { Origin: host.origin },
  });
  await new Promise((r) => ws.once('open', r));
  const waiting = new Map<number, () => void>();
  ws.on('message', (data: Buffer) => {
    const f = JSON.parse(data.toString()) as { type: string; id: number };
    if (f.type === 'result') waiting.get(f.id)?.();
  });
  const overWs: number[] = [];
  for (let i = 1; i <= ROUNDS; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      waiting.set(i, resolve);
      ws.send(JSON.stringify({ type: 'call', id: i, method: 'app.ping', params: { echo: 'x' } }));
    });
    waiting.delete(i);
    overWs.push(performance.now() - t0);
  }
  report('bridge.websocket_p50_us', Math.round(percentile(overWs, 50) * 1000), 'us');
  report('bridge.websocket_p95_us', Math.round(percentile(overWs, 95) * 1000), 'us');
  report(
    'bridge.websocket_calls_per_s',
    Math.round(ROUNDS / (overWs.reduce((a, b) => a + b, 0) / 1000)),
    'calls/s',
  );

  ws.close();
  await host.close();
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}
