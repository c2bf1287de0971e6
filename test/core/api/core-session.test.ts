/**
 * The core as hosts run it: the account session and its modules around the store, the core's own
 * auto-lock (issue 11, finding 4) and onboarding that names what it confirms (finding 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore, type Core, type CoreOptions } from '../../../electron/core/api/core';
import { silentLogger } from '../../../electron/core/log';
import type { AccountSession } from '../../../electron/core/services/session/account-session';
import type { ModuleDefinition } from '../../../electron/core/services/session/module';
import { settingsModule } from '../../../electron/core/services/settings/settings-service';
import { ManualTimers } from '../../support/manual-timers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function start(extra: Partial<CoreOptions> = {}): Promise<Core> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-core-'));
  dirs.push(dataDir);
  // Argon2id at its floor: the seams are under test, not the KDF's cost.
  return startCore({
    dataDir,
    host: 'test',
    network: 'offline',
    logger: silentLogger,
    heartbeatMs: 0,
    kdfLimits: { opslimit: 1, memlimit: 8192 * 1024 },
    ...extra,
  });
}

async function call<T = unknown>(core: Core, method: string, params: unknown = {}): Promise<T> {
  const r = await core.dispatch(method, params);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function createAccount(core: Core, name = 'Ann'): Promise<string> {
  const { sessionId } = await call<{ sessionId: string }>(core, 'onboarding.generate');
  await call(core, 'onboarding.complete', { mode: 'create', sessionId, displayName: name });
  return sessionId;
}

/** Resolves with the next `account.changed` whose state is `state`. */
function nextState(core: Core, state: string): Promise<void> {
  return new Promise((resolve) => {
    const off = core.subscribe((event, payload) => {
      if (event === 'account.changed' && (payload as { state: string }).state === state) {
        off();
        resolve();
      }
    });
  });
}

/** A module that writes down what it saw of the session. */
function probe(name: string, log: string[], sessions: AccountSession[], failStart = false): ModuleDefinition {
  return {
    name,
    create: () => ({
      name,
      start(session) {
        if (failStart) throw Object.assign(new Error('broken'), { code: 'broken' });
        sessions.push(session);
        log.push(`start ${name}`);
      },
      stop() {
        // The store is still open while modules stop.
        const s = sessions.at(-1)!;
        log.push(`stop ${name} store=${s.store.accounts.exists(s.store.read) ? 'open' : '?'}`);
      },
    }),
  };
}

describe('the account session and its modules', () => {
  it('starts modules in order when the account opens and stops them in reverse before the store closes', async () => {
    const log: string[] = [];
    const sessions: AccountSession[] = [];
    const core = await start({
      modules: [settingsModule, probe('a', log, sessions), probe('b', log, sessions)],
    });
    try {
      expect(core.sessions.current()).toBeUndefined();
      const sessionId = await createAccount(core);
      expect(log).toEqual(['start a', 'start b']);
      const s = sessions[0]!;
      expect(core.sessions.current()).toBe(s);
      expect(s.identity.sessionId).toBe(sessionId);
      expect(s.identity.keys.ed25519.secretKey.some((b) => b !== 0)).toBe(true);
      // --network offline: no network, ever; work is queued regardless.
      expect(s.network.enabled).toBe(false);
      expect(s.network.current()).toBeUndefined();
      expect(Math.abs(s.now() - Date.now())).toBeLessThan(1000);
      expect(s.signal.aborted).toBe(false);
      const secret = s.identity.keys.ed25519.secretKey;

      await call(core, 'security.setPassword', { password: 'correct horse' });
      await call(core, 'account.lock');
      expect(log).toEqual(['start a', 'start b', 'stop b store=open', 'stop a store=open']);
      expect(s.signal.aborted).toBe(true);
      expect(secret.every((b) => b === 0)).toBe(true);
      expect(() => s.identity.keys).toThrow(/closed/);
      expect(core.sessions.current()).toBeUndefined();

      await call(core, 'account.unlock', { password: 'correct horse' });
      expect(log.slice(4)).toEqual(['start a', 'start b']);
      expect(sessions[1]!.identity.sessionId).toBe(sessionId);
    } finally {
      await core.close();
    }
  });

  it('leaves out a module that fails to start and runs the others', async () => {
    const log: string[] = [];
    const sessions: AccountSession[] = [];
    const core = await start({
      modules: [settingsModule, probe('broken', log, sessions, true), probe('fine', log, sessions)],
    });
    try {
      await createAccount(core);
      expect(log).toEqual(['start fine']);
      await core.close();
      expect(log).toEqual(['start fine', 'stop fine store=open']);
    } finally {
      await core.close();
    }
  });
});

describe('auto-lock in the core', () => {
  it('locks a password account after the idle minutes with no client connected, then refuses the phrase', async () => {
    const timers = new ManualTimers();
    const core = await start({ timers });
    try {
      await createAccount(core);
      await call(core, 'security.setPassword', { password: 'idle hands' });
      await call(core, 'settings.set', { autoLockMinutes: 1 });
      // Activity (a call that is not passive) starts the minute over…
      timers.advance(50_000);
      await call(core, 'app.ping', { echo: 'x' });
      timers.advance(50_000);
      expect((await call<{ state: string }>(core, 'account.state')).state).toBe('ready');
      // …then a full idle minute with nobody there locks it.
      const locked = nextState(core, 'locked');
      timers.advance(60_000);
      await locked;
      expect(await core.dispatch('account.revealPhrase', { password: 'idle hands' })).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    } finally {
      await core.close();
    }
  });

  it('does not run without a password (nothing could lock) or with the setting at 0', async () => {
    const timers = new ManualTimers();
    const core = await start({ timers });
    try {
      await createAccount(core);
      await call(core, 'settings.set', { autoLockMinutes: 1 });
      timers.advance(120_000);
      expect((await call<{ state: string }>(core, 'account.state')).state).toBe('ready');
      await call(core, 'security.setPassword', { password: 'idle hands' });
      await call(core, 'settings.set', { autoLockMinutes: 0 });
      timers.advance(24 * 3_600_000);
      expect((await call<{ state: string }>(core, 'account.state')).state).toBe('ready');
    } finally {
      await core.close();
    }
  });
});

describe('onboarding names the account it confirms', () => {
  it('two tabs generating at once: each completes its own, the other is refused', async () => {
    const core = await start();
    try {
      const a = await call<{ sessionId: string; phrase: string }>(core, 'onboarding.generate');
      const b = await call<{ sessionId: string; phrase: string }>(core, 'onboarding.generate');
      expect(a.sessionId).not.toBe(b.sessionId);
      // Tab A finishes after tab B generated: it gets the account whose phrase it showed.
      await call(core, 'onboarding.complete', { mode: 'create', sessionId: a.sessionId, displayName: 'A' });
      expect((await call<{ sessionId: string }>(core, 'account.state')).sessionId).toBe(a.sessionId);
      expect((await call<{ phrase: string }>(core, 'account.revealPhrase')).phrase).toBe(a.phrase);
      expect(
        await core.dispatch('onboarding.complete', {
          mode: 'create',
          sessionId: b.sessionId,
          displayName: 'B',
        }),
      ).toMatchObject({ ok: false, error: { code: 'account-exists' } });
    } finally {
      await core.close();
    }
  });

  it('refuses an account it did not generate with onboarding-mismatch, changing nothing', async () => {
    const core = await start();
    try {
      const made = await call<{ sessionId: string }>(core, 'onboarding.generate');
      const other = `05${'ab'.repeat(32)}`;
      expect(
        await core.dispatch('onboarding.complete', { mode: 'create', sessionId: other, displayName: 'X' }),
      ).toMatchObject({ ok: false, error: { code: 'onboarding-mismatch' } });
      expect((await call<{ state: string }>(core, 'account.state')).state).toBe('no-account');
      await call(core, 'onboarding.complete', {
        mode: 'create',
        sessionId: made.sessionId,
        displayName: 'X',
      });
      expect((await call<{ sessionId: string }>(core, 'account.state')).sessionId).toBe(made.sessionId);
    } finally {
      await core.close();
    }
  });
});
