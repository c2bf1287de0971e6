import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/core/api/dispatcher';
import { ShallotError } from '../../electron/core/errors';
import { silentLogger } from '../../electron/core/log';

const info = {
  name: 'Shallot',
  version: '0.0.0',
  dataDir: '/tmp/x',
  network: 'localnet',
  host: 'test' as const,
  uptimeMs: 1,
};

/**
 * Only the app.* methods are exercised here; the rest of the contract is left out on purpose, so a
 * call to them would be a test bug (the dispatcher would report it as internal).
 */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => info,
    'app.ping': ({ echo }) => ({ echo, coreTimeMs: 42 }),
    ...overrides,
  } as Handlers;
}

describe('dispatcher', () => {
  it('answers a valid call with ok and the value', async () => {
    const d = createDispatcher(handlers(), silentLogger);
    expect(await d.dispatch('app.ping', { echo: 'hi' })).toEqual({
      ok: true,
      value: { echo: 'hi', coreTimeMs: 42 },
    });
  });

  it('refuses an unknown method with a typed error', async () => {
    const d = createDispatcher(handlers(), silentLogger);
    const r = await d.dispatch('app.rm-rf', {});
    expect(r).toEqual({ ok: false, error: { code: 'unknown-method', message: 'No such method: app.rm-rf' } });
  });

  it('does not treat inherited object keys as methods', async () => {
    const d = createDispatcher(handlers(), silentLogger);
    expect((await d.dispatch('toString', {})).ok).toBe(false);
    expect((await d.dispatch('__proto__', {})).ok).toBe(false);
  });

  it.each([
    ['wrong type', { echo: 5 }],
    ['missing field', {}],
    ['extra field', { echo: 'x', admin: true }],
    ['too long', { echo: 'x'.repeat(2000) }],
    ['not an object', 'hello'],
  ])('refuses invalid params (%s) before the handler runs', async (_name, params) => {
    let ran = false;
    const d = createDispatcher(
      handlers({
        'app.ping': () => {
          ran = true;
          return { echo: '', coreTimeMs: 0 };
        },
      }),
      silentLogger,
    );
    const r = await d.dispatch('app.ping', params);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid-params');
    expect(ran).toBe(false);
  });

  it('passes a ShallotError through as its code and message', async () => {
    const d = createDispatcher(
      handlers({
        'app.info': () => {
          throw new ShallotError('checksum', 'The last word does not match.');
        },
      }),
      silentLogger,
    );
    expect(await d.dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'checksum', message: 'The last word does not match.' },
    });
  });

  it('hides the details of an unexpected exception', async () => {
    const d = createDispatcher(
      handlers({
        'app.info': () => {
          throw new Error('secret path /home/x/seed');
        },
      }),
      silentLogger,
    );
    const r = await d.dispatch('app.info', {});
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Shallot' },
    });
  });

  it('times out a call that never finishes', async () => {
    const d = createDispatcher(handlers({ 'app.info': () => new Promise(() => undefined) }), silentLogger, {
      timeoutMs: () => 20,
    });
    const r = await d.dispatch('app.info', {});
    expect(!r.ok && r.error.code).toBe('timeout');
    expect(d.inFlight()).toBe(0);
  });

  it('drains pending calls with shutdown on close and refuses new ones', async () => {
    const d = createDispatcher(handlers({ 'app.info': () => new Promise(() => undefined) }), silentLogger);
    const pending = d.dispatch('app.info', {});
    expect(d.inFlight()).toBe(1);
    d.close();
    const r = await pending;
    expect(!r.ok && r.error.code).toBe('shutdown');
    const later = await d.dispatch('app.ping', { echo: 'x' });
    expect(!later.ok && later.error.code).toBe('shutdown');
  });

  it('lets a gate refuse a method', async () => {
    const d = createDispatcher(handlers(), silentLogger, {
      gate: (m) =>
        m === 'app.info' ? { ok: false, error: { code: 'locked', message: 'Locked' } } : undefined,
    });
    expect(await d.dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Locked' },
    });
    expect((await d.dispatch('app.ping', { echo: 'a' })).ok).toBe(true);
  });
});
