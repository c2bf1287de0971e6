/**
 * Issue 11, finding 1 (High): any local process could crash the web host without a token. The
 * host runs as its own process here (web-main.ts, as `npm run web` runs it), so a crash shows as
 * the process exiting. Both reproductions of the audit are sent, then the host is used normally.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

let child: ChildProcess;
let dataDir: string;
let origin: string;
let token: string;
let port: number;
let exited: { code: number | null; stderr: string } | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shallot-crash-'));
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/web-main.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--network',
      'offline',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SHALLOT_LOG: 'error' } },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  child.on('exit', (code) => (exited = { code, stderr }));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`web host exited: ${stderr}`)));
  });
  origin = url.slice(0, url.indexOf('/#'));
  token = url.slice(url.indexOf('#token=') + 7);
  port = Number(new URL(origin).port);
});

afterAll(async () => {
  if (child.exitCode === null) {
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a raw TCP connection to the host. */
function raw(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
}

function upgradeRequest(target: string): string {
  return (
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\n` +
    'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'
  );
}

/** Sends a request and resolves with the first bytes of the answer (or '' if the host hung up). */
function firstAnswer(s: Socket, request: string): Promise<string> {
  return new Promise((resolve) => {
    s.once('data', (d: Buffer) => resolve(d.toString('latin1')));
    s.once('close', () => resolve(''));
    s.on('error', () => undefined);
    s.write(request);
  });
}

async function ping(): Promise<unknown> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge?token=${token}`, { headers: { Origin: origin } });
  try {
    return await new Promise((resolve, reject) => {
      ws.on('error', reject);
      ws.on('message', (data: Buffer) => {
        const f = JSON.parse(data.toString()) as { type: string; result?: unknown };
        if (f.type === 'result') resolve(f.result);
      });
      ws.on('open', () =>
        ws.send(JSON.stringify({ type: 'call', id: 1, method: 'app.ping', params: { echo: 'alive' } })),
      );
    });
  } finally {
    ws.close();
  }
}

describe('web host under hostile upgrades', () => {
  it('answers an upgrade whose target is not a URL (http://[) with 400 and stays up', async () => {
    const s = await raw();
    expect(await firstAnswer(s, upgradeRequest('http://['))).toMatch(/^HTTP\/1\.1 400 /);
    s.destroy();
    expect(await ping()).toMatchObject({ ok: true, value: { echo: 'alive' } });
    expect(exited).toBeUndefined();
  });

  it('survives refused upgrades whose clients reset the connection', async () => {
    for (let i = 0; i < 60; i++) {
      // Reset at once (while the host is still answering) and after its refusal arrived.
      const early = await raw();
      early.write(upgradeRequest('/bridge'));
      early.resetAndDestroy();
      const late = await raw();
      expect(await firstAnswer(late, upgradeRequest('/bridge?token=wrong'))).toMatch(/^HTTP\/1\.1 401 /);
      late.resetAndDestroy();
    }
    expect(await ping()).toMatchObject({ ok: true, value: { echo: 'alive' } });
    expect(exited).toBeUndefined();
  });
});
