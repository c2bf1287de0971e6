import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCore, type Core } from '../../electron/core/api/core';
import { silentLogger } from '../../electron/core/log';
import { startWebHost, type WebHost } from '../../electron/host/web-host';

let core: Core;
let host: WebHost;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shallot-webhost-'));
  const staticDir = join(root, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head><title>x</title></head></html>');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  core = await startCore({ dataDir: join(root, 'data'), host: 'test', logger: silentLogger, heartbeatMs: 0 });
  host = await startWebHost({ core, staticDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
});

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}${path}`, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

function get(
  path: string,
  hostHeader = `127.0.0.1:${host.port}`,
): Promise<{ status: number; body: string; csp?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, headers: { host: hostHeader } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            csp: res.headers['content-security-policy'] as string,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web host', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(43);
  });

  it('serves index.html with the bridge script and a strict CSP', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<head><script src="/shallot-bridge.js"></script>');
    expect(r.csp).toContain("default-src 'none'");
    expect(r.csp).toContain("script-src 'self'");
    expect(r.csp).not.toContain('unsafe-inline');
    expect(r.csp).toContain("connect-src 'self';");
  });

  it('never serves files outside its folder', async () => {
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/index.html%00.js')).status).toBe(404);
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    expect((await get('/', 'evil.example:80')).status).toBe(421);
  });

  it('opens the bridge with the token and the own origin', async () => {
    expect(await upgradeStatus(`/bridge?token=${host.token}`, { Origin: host.origin })).toBe(101);
  });

  it('refuses a missing token', async () => {
    expect(await upgradeStatus('/bridge', { Origin: host.origin })).toBe(401);
  });

  it('refuses a wrong token', async () => {
    expect(await upgradeStatus(`/bridge?token=${host.token.slice(1)}x`, { Origin: host.origin })).toBe(401);
  });

  it('refuses a foreign origin even with the token', async () => {
    expect(await upgradeStatus(`/bridge?token=${host.token}`, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(`/bridge?token=${host.token}`, { Origin: 'http://localhost:1' })).toBe(403);
  });

  it('refuses a missing origin', async () => {
    expect(await upgradeStatus(`/bridge?token=${host.token}`, {})).toBe(403);
  });

  it('answers calls over the socket and sends app.ready first', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, {
      headers: { Origin: host.origin },
    });
    const frames: unknown[] = [];
    const answer = new Promise<unknown>((resolve) => {
      ws.on('message', (data: Buffer) => {
        const f = JSON.parse(data.toString()) as { type: string; id?: number };
        frames.push(f);
        if (f.type === 'result') resolve(f);
      });
    });
    await new Promise((r) => ws.on('open', r));
    ws.send('not json');
    ws.send(JSON.stringify({ type: 'call', id: 7, method: 'app.ping', params: { echo: 'over ws' } }));
    const result = (await answer) as { id: number; result: { ok: boolean; value: { echo: string } } };
    expect(frames[0]).toMatchObject({ type: 'event', event: 'app.ready' });
    expect(result.id).toBe(7);
    expect(result.result.ok).toBe(true);
    expect(result.result.value.echo).toBe('over ws');
    ws.close();
  });
});
