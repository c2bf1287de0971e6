import { describe, expect, it } from 'vitest';
import { encodeWire } from '../../electron/bridge/codec';
import type { CallFrame } from '../../electron/bridge/frames';
import { createRpcClient } from '../../electron/bridge/rpc-client';

/** A client whose sent frames are collected decoded, and which is fed frames as wire text. */
function recording() {
  const sent: CallFrame[] = [];
  const c = createRpcClient((text) => sent.push(JSON.parse(text) as CallFrame));
  const feed = (frame: unknown): void => c.receive(encodeWire(frame));
  return { sent, c, feed };
}

describe('rpc client', () => {
  it('matches results to calls by id, whatever the order', async () => {
    const { sent, c, feed } = recording();
    const a = c.call('app.ping', { echo: 'a' });
    const b = c.call('app.ping', { echo: 'b' });
    expect(sent.map((f) => f.method)).toEqual(['app.ping', 'app.ping']);
    feed({ type: 'result', id: sent[1]!.id, result: { ok: true, value: { echo: 'b', coreTimeMs: 2 } } });
    feed({ type: 'result', id: sent[0]!.id, result: { ok: true, value: { echo: 'a', coreTimeMs: 1 } } });
    expect(await a).toEqual({ ok: true, value: { echo: 'a', coreTimeMs: 1 } });
    expect(await b).toEqual({ ok: true, value: { echo: 'b', coreTimeMs: 2 } });
    expect(c.pendingCount()).toBe(0);
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const { c, feed } = recording();
    const seen: number[] = [];
    const off = c.on('app.status', (s) => seen.push(s.uptimeMs));
    feed({
      type: 'event',
      event: 'app.status',
      payload: { uptimeMs: 1, network: 'x', connection: 'offline' },
    });
    off();
    feed({
      type: 'event',
      event: 'app.status',
      payload: { uptimeMs: 2, network: 'x', connection: 'offline' },
    });
    expect(seen).toEqual([1]);
  });

  it('ignores malformed frames and unknown events', () => {
    const c = createRpcClient(() => undefined);
    const frames = [null, 3, 'x', { type: 'result' }, { type: 'event', event: 'nope' }, []];
    for (const junk of [...frames.map((f) => encodeWire(f)), 'not json', 7, undefined, '{"$bytes": 1}']) {
      expect(() => c.receive(junk)).not.toThrow();
    }
    expect(c.pendingCount()).toBe(0);
  });

  it('answers pending calls when drained, and refuses new ones until reopened', async () => {
    const c = createRpcClient(() => undefined);
    const p = c.call('app.info', {});
    c.drain('disconnected', 'gone');
    expect(await p).toEqual({ ok: false, error: { code: 'disconnected', message: 'gone' } });
    expect(await c.call('app.info', {})).toEqual({
      ok: false,
      error: { code: 'disconnected', message: 'gone' },
    });
    c.reopen();
    const again = c.call('app.info', {});
    expect(c.pendingCount()).toBe(1);
    c.drain('shutdown', 'bye');
    expect((await again).ok).toBe(false);
  });

  it('answers disconnected when the transport cannot send', async () => {
    const c = createRpcClient(() => {
      throw new Error('socket closed');
    });
    const r = await c.call('app.info', {});
    expect(!r.ok && r.error.code).toBe('disconnected');
  });

  it('refuses a call over the frame cap before sending it', async () => {
    const { sent, c } = recording();
    const r = await c.call('app.ping', { echo: 'x'.repeat(1024 * 1024 + 1) });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(sent).toEqual([]);
    expect(c.pendingCount()).toBe(0);
  });

  it('ignores a result frame whose error code is not a bridge code', async () => {
    const { sent, c, feed } = recording();
    const p = c.call('app.info', {});
    feed({
      type: 'result',
      id: sent[0]!.id,
      result: { ok: false, error: { code: 'made-up', message: 'x' } },
    });
    expect(c.pendingCount()).toBe(1);
    feed({
      type: 'result',
      id: sent[0]!.id,
      result: { ok: false, error: { code: 'internal', message: 'x' } },
    });
    expect(await p).toEqual({ ok: false, error: { code: 'internal', message: 'x' } });
  });

  it('times out a call whose answer never comes', async () => {
    const c = createRpcClient(() => undefined, { timeoutMs: () => 10 });
    const r = await c.call('app.info', {});
    expect(!r.ok && r.error.code).toBe('timeout');
  });
});
