import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/core/api/dispatcher';
import { ShallotError } from '../../electron/core/errors';
import { createLogger, silentLogger } from '../../electron/core/log';
import { AccountError } from '../../electron/core/services/account/account-error';
import { DEFAULT_SETTINGS } from '../../electron/core/services/settings/settings-service';
import { StoreError } from '../../electron/core/store/errors';

/** A logger that keeps its lines (as parsed JSON) for the test to read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('test', 'debug', (line) =>
    lines.push(JSON.parse(line) as Record<string, unknown>),
  );
  return { logger, lines };
}

const info = {
  name: 'Shallot',
  version: '0.0.0',
  dataDir: '/tmp/x',
  network: 'localnet',
  host: 'test' as const,
  uptimeMs: 1,
  crypto: 'native' as const,
};

/**
 * Only the app.* methods have default handlers; a test adds the others it calls, so a call to any
 * other method is a test bug (the dispatcher would report it as internal).
 */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => info,
    'app.ping': ({ echo }) => ({ echo, coreTimeMs: 42 }),
    ...overrides,
  } as Handlers;
}

/** An app.info that never answers, keeping the signal it was given. */
function hangingInfo() {
  let signal: AbortSignal | undefined;
  const overrides: Partial<Handlers> = {
    'app.info': (_p, call) => {
      signal = call.signal;
      return new Promise(() => undefined);
    },
  };
  return { handlers: overrides, signal: () => signal };
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

  it('passes a declared error code through with its message', async () => {
    const d = createDispatcher(
      handlers({
        'account.qr': () => {
          throw new AccountError('no-account', 'There is no account yet.');
        },
      }),
      silentLogger,
    );
    expect(await d.dispatch('account.qr', {})).toEqual({
      ok: false,
      error: { code: 'no-account', message: 'There is no account yet.' },
    });
  });

  it('answers an undeclared code as internal and logs the method and the code, not the message', async () => {
    const { logger, lines } = capturingLogger();
    const d = createDispatcher(
      handlers({
        'app.info': () => {
          throw new AccountError('no-account', 'secret detail /home/x');
        },
        'app.ping': () => {
          throw new ShallotError('made-up', 'nothing declares this');
        },
      }),
      logger,
    );
    expect(await d.dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Shallot' },
    });
    expect((await d.dispatch('app.ping', { echo: 'x' })).ok).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'error', method: 'app.info', code: 'no-account' });
    expect(lines[1]).toMatchObject({ method: 'app.ping', code: 'made-up' });
    expect(JSON.stringify(lines)).not.toContain('secret detail');
  });

  it("maps a busy database to db-busy, never to the lock screen's locked", async () => {
    const d = createDispatcher(
      handlers({
        'settings.get': () => {
          throw new StoreError('locked', 'the database is in use by another process');
        },
      }),
      silentLogger,
    );
    expect(await d.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'db-busy' } });
  });

  it('strips result fields the schema does not know, so a stray secret never crosses', async () => {
    const d = createDispatcher(
      handlers({ 'app.info': () => ({ ...info, seed: 'deadbeef' }) as typeof info }),
      silentLogger,
    );
    const r = await d.dispatch('app.info', {});
    expect(r).toEqual({ ok: true, value: info });
  });

  it('answers a result that does not match its schema as internal', async () => {
    const { logger, lines } = capturingLogger();
    const d = createDispatcher(
      handlers({ 'app.info': () => ({ ...info, host: 'mainframe' }) as unknown as typeof info }),
      logger,
    );
    expect(await d.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines[0]).toMatchObject({ msg: 'result does not match its schema', method: 'app.info' });
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

  it('times out a call that never finishes and aborts its handler', async () => {
    const hang = hangingInfo();
    const d = createDispatcher(handlers(hang.handlers), silentLogger, { timeoutMs: () => 20 });
    const r = await d.dispatch('app.info', {});
    expect(!r.ok && r.error.code).toBe('timeout');
    expect(d.inFlight()).toBe(0);
    expect(hang.signal()?.aborted).toBe(true);
    expect(hang.signal()?.reason).toBe('timeout');
  });

  it('does not abort a handler that answered in time', async () => {
    let signal: AbortSignal | undefined;
    const d = createDispatcher(
      handlers({
        'app.ping': ({ echo }, call) => {
          signal = call.signal;
          return { echo, coreTimeMs: 1 };
        },
      }),
      silentLogger,
    );
    expect((await d.dispatch('app.ping', { echo: 'x' })).ok).toBe(true);
    expect(signal?.aborted).toBe(false);
  });

  it('reports user activity for calls that are not passive', async () => {
    const seen: string[] = [];
    const d = createDispatcher(
      handlers({
        'settings.get': () => ({ ...DEFAULT_SETTINGS, theme: 'dark' }),
      }),
      silentLogger,
      { onActivity: (m) => seen.push(m) },
    );
    await d.dispatch('app.ping', { echo: 'x' });
    await d.dispatch('app.info', {});
    await d.dispatch('settings.get', {});
    await d.dispatch('settings.get', { bad: 1 });
    expect(seen).toEqual(['settings.get']);
  });

  it('drains pending calls with shutdown on close, aborts them, and refuses new ones', async () => {
    const hang = hangingInfo();
    const d = createDispatcher(handlers(hang.handlers), silentLogger);
    const pending = d.dispatch('app.info', {});
    expect(d.inFlight()).toBe(1);
    d.close();
    const r = await pending;
    expect(!r.ok && r.error.code).toBe('shutdown');
    expect(hang.signal()?.reason).toBe('shutdown');
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
