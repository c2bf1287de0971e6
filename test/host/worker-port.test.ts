/**
 * The core worker's port (issue 10: typed frames, checked like the WebSocket's): codec text only,
 * malformed frames answered where they carry an id, shutdown answered with `closed`, and a core that
 * cannot start reported as a `fatal` frame. The port here is in-process; the contract test runs the
 * same code in a real worker thread.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../electron/bridge/codec';
import { startCore } from '../../electron/core/api/core';
import { ShallotError } from '../../electron/core/errors';
import { silentLogger } from '../../electron/core/log';
import { createKeychainRelay, serveKeychain } from '../../electron/host/keychain-relay';
import { serveCoreOnPort, type WorkerPort } from '../../electron/host/worker-port';

const dir = mkdtempSync(join(tmpdir(), 'shallot-port-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The worker's side of a port, seen from the main process: what was posted, decoded. */
function fakePort() {
  const emitter = new EventEmitter();
  const posted: unknown[] = [];
  const waiting: ((frame: unknown) => void)[] = [];
  const port: WorkerPort = {
    postMessage: (m: unknown) => {
      const d = decodeWire(m);
      posted.push(d.ok ? d.value : { undecodable: m });
      for (const w of waiting.splice(0)) w(posted.at(-1));
    },
    on: (event, listener) => emitter.on(event, listener),
  };
  const send = (m: unknown) => emitter.emit('message', m);
  /** Resolves with the first posted frame that matches. */
  const next = (match: (f: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const look = (): void => {
        const found = posted.find((f) => match(f as Record<string, unknown>));
        if (found) resolve(found as Record<string, unknown>);
        else waiting.push(look);
      };
      look();
    });
  return { port, send, next, posted };
}

const result = (id: number) => (f: Record<string, unknown>) => f['type'] === 'result' && f['id'] === id;

describe('worker port', () => {
  it('serves calls sent before the core is up, answers bad frames, and closes on shutdown', async () => {
    const { port, send, next, posted } = fakePort();
    const serving = serveCoreOnPort(port, () =>
      startCore({ dataDir: dir, host: 'test', logger: silentLogger, heartbeatMs: 0 }),
    );
    // The core is still starting (it awaits libsodium and the vault): this frame waits for it.
    send(encodeWire({ type: 'call', id: 1, method: 'app.ping', params: { echo: 'early' } }));
    expect(await next(result(1))).toMatchObject({ result: { ok: true, value: { echo: 'early' } } });
    await serving;
    send({ type: 'call', id: 2, method: 'app.ping', params: { echo: 'an object, not text' } });
    send(encodeWire({ type: 'call', id: 3, method: ['app.ping'] }));
    send('shutdown');
    send(encodeWire({ type: 'call', id: 4, method: 'app.ping', params: { echo: 'typed' } }));
    expect(await next(result(3))).toMatchObject({ result: { ok: false, error: { code: 'bad-frame' } } });
    expect(await next(result(4))).toMatchObject({ result: { ok: true } });
    expect(posted.some((f) => (f as { id?: number }).id === 2)).toBe(false);
    send(encodeWire({ type: 'shutdown' }));
    expect(await next((f) => f['type'] === 'closed')).toEqual({ type: 'closed' });
  });

  it('reports a core that cannot start as a fatal frame', async () => {
    const { port, next } = fakePort();
    await serveCoreOnPort(port, () =>
      Promise.reject(new ShallotError('corrupt-vault', 'The vault is damaged.')),
    );
    expect(await next((f) => f['type'] === 'fatal')).toEqual({
      type: 'fatal',
      code: 'corrupt-vault',
      message: 'The vault is damaged.',
    });
  });
});

describe('keychain relay', () => {
  it('round-trips over its own port and ignores what is not a request', async () => {
    const { port1, port2 } = new MessageChannel();
    const seen: string[] = [];
    serveKeychain(port1, (req) => {
      seen.push(req.op);
      if (req.op === 'available') return { id: req.id, ok: true, available: true };
      return { id: req.id, ok: true, data: new Uint8Array([...(req.data ?? [])].reverse()) };
    });
    port2.postMessage({ tag: 'not ours' });
    const keychain = createKeychainRelay(port2);
    expect(await keychain.isAvailable()).toBe(true);
    expect(await keychain.encrypt(new Uint8Array([1, 2, 3]))).toEqual(new Uint8Array([3, 2, 1]));
    expect(seen).toEqual(['available', 'encrypt']);
    port1.close();
  });
});
