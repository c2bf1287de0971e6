/**
 * Issue 11, findings 7 and 11 (Low): frames are capped near 1 MiB with an answer instead of a hang,
 * bridge connections are capped, and malformed frames are answered where they carry an id while
 * their log lines stay bounded however many arrive.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_FRAME_BYTES } from '../../electron/bridge/codec';
import { startCore, type Core } from '../../electron/core/api/core';
import { createLogger } from '../../electron/core/log';
import { MAX_BRIDGE_CLIENTS } from '../../electron/host/web-bridge';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { callText, openBridge } from './bridge-socket';

let core: Core;
let host: WebHost;
let root: string;
const logLines: { msg: string; suppressed?: number }[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shallot-limits-'));
  const staticDir = join(root, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head></head></html>');
  const logger = createLogger('test', 'debug', (line) => logLines.push(JSON.parse(line) as { msg: string }));
  core = await startCore({ dataDir: join(root, 'data'), host: 'test', logger, heartbeatMs: 0 });
  host = await startWebHost({ core, staticDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(root, { recursive: true, force: true });
});

/** A settings.set call padded with junk keys to `bytes` (the audit's 100k-key flood). */
function hugeCall(id: number, bytes: number): string {
  const head = `{"type":"call","id":${id},"method":"settings.set","params":{`;
  const keys: string[] = [];
  let size = head.length + 2;
  for (let i = 0; size < bytes; i++) {
    const k = `"k${i}":0`;
    keys.push(k);
    size += k.length + 1;
  }
  return `${head}${keys.join(',')}}}`;
}

describe('web host limits', () => {
  it('answers a frame over the cap with too-large and keeps serving other clients', async () => {
    const big = await openBridge(host);
    const other = await openBridge(host);
    for (let id = 1; id <= 5; id++) big.ws.send(hugeCall(id, 2 * MAX_FRAME_BYTES));
    other.ws.send(callText(1, 'app.ping', { echo: 'not blocked' }));
    expect((await other.answer(1)).result).toMatchObject({ ok: true });
    for (let id = 1; id <= 5; id++) {
      expect((await big.answer(id)).result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    }
    // Still usable after the refusals.
    big.ws.send(callText(9, 'app.ping', { echo: 'again' }));
    expect((await big.answer(9)).result).toMatchObject({ ok: true });
    big.close();
    other.close();
  });

  it('closes a socket that sends a frame far beyond the cap, without reading it', async () => {
    const big = await openBridge(host);
    big.ws.send('x'.repeat(5 * MAX_FRAME_BYTES));
    expect(await big.closed()).toBe(1009);
    const other = await openBridge(host);
    other.ws.send(callText(2, 'app.ping', { echo: 'still here' }));
    expect((await other.answer(2)).result).toMatchObject({ ok: true });
    other.close();
  });

  it('refuses bridge clients beyond the cap with 503', async () => {
    const open = await Promise.all(Array.from({ length: MAX_BRIDGE_CLIENTS }, () => openBridge(host)));
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, {
        headers: { Origin: host.origin },
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(503);
    await Promise.all(open.map(async (s) => (s.close(), s.closed())));
    const again = await openBridge(host);
    again.close();
  });

  it('answers a malformed call that has an id with bad-frame', async () => {
    const s = await openBridge(host);
    s.ws.send(JSON.stringify({ type: 'call', id: 3, method: 7 }));
    s.ws.send(JSON.stringify({ type: 'call', id: 4, method: 'app.ping', params: {}, extra: true }));
    s.ws.send(JSON.stringify({ id: 5, params: { $bytes: 'not base64!' } }));
    s.ws.send(JSON.stringify({ type: 'call', id: 6, method: 'app.ping', params: { echo: 5 } }));
    for (const id of [3, 4, 5]) {
      expect((await s.answer(id)).result).toMatchObject({ ok: false, error: { code: 'bad-frame' } });
    }
    expect((await s.answer(6)).result).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    s.close();
  });

  it('logs 10k fuzzed frames in a bounded number of lines and answers every one with an id', async () => {
    const s = await openBridge(host);
    const junk = fc.sample(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc
          .record({ id: fc.nat(1000), type: fc.string(), method: fc.anything() })
          .map((r) => JSON.stringify(r)),
      ),
      { numRuns: 10_000, seed: 11 },
    );
    const before = logLines.length;
    for (const text of junk) s.ws.send(text);
    s.ws.send(callText(10_001, 'app.ping', { echo: 'after the flood' }));
    expect((await s.answer(10_001)).result).toMatchObject({ ok: true });
    const lines = logLines.slice(before).filter((l) => l.msg === 'refused a malformed bridge frame');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(11);
    const withId = junk.filter((t) => /^\{"id":\d+/.test(t)).length;
    const answered = s.frames.filter((f) => f.type === 'result' && f.id !== 10_001).length;
    expect(answered).toBeGreaterThanOrEqual(withId);
    s.close();
  });
});
