import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, SILENCE_LIMIT_MS } from '../../src/stores/app-store';
import { INFO, err, fakeBridge, ok } from './fake-bridge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const STATUS = { uptimeMs: 9, network: 'offline', connection: 'off', paths: 0 } as const;

describe('app store', () => {
  it('is connecting until the core answers, then connected', async () => {
    const bridge = fakeBridge({ 'app.info': ok(INFO) });
    const app = createAppStore(bridge);
    expect(app.getState().connection).toBe('connecting');
    await app.getState().refreshInfo();
    expect(app.getState()).toMatchObject({ connection: 'connected', info: INFO });
  });

  it('calls the core disconnected after three missed heartbeats, and connected on the next one', () => {
    const bridge = fakeBridge({ 'app.info': ok(INFO) });
    const app = createAppStore(bridge);
    const stop = app.getState().start();
    bridge.emit('app.status', STATUS);
    expect(app.getState()).toMatchObject({ connection: 'connected', status: STATUS });
    vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1);
    expect(app.getState().connection).toBe('connected');
    vi.advanceTimersByTime(1);
    expect(app.getState().connection).toBe('disconnected');
    bridge.emit('app.status', { ...STATUS, uptimeMs: 30_000 });
    expect(app.getState().connection).toBe('connected');
    stop();
    bridge.emit('app.status', { ...STATUS, uptimeMs: 1 });
    expect(app.getState().status?.uptimeMs).toBe(30_000);
  });

  it('reads the facts again when the core (re)announces itself', async () => {
    const bridge = fakeBridge({ 'app.info': ok(INFO) });
    const app = createAppStore(bridge);
    app.getState().start();
    bridge.emit('app.ready', { version: '0.1.0', startedAt: 1 });
    await vi.waitFor(() => expect(bridge.callsOf('app.info')).toHaveLength(2));
  });

  it('keeps the error of a failed info call', async () => {
    const app = createAppStore(fakeBridge({ 'app.info': err('timeout') }));
    await app.getState().refreshInfo();
    expect(app.getState()).toMatchObject({ connection: 'connecting', error: { code: 'timeout' } });
  });
});
