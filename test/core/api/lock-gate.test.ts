/**
 * The core as a host runs it: while the account is locked only app.*, account.state,
 * account.unlock and account.clearData (the forgotten-password way out) answer; everything else
 * is refused with `locked` before any handler runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/api/core';
import { lockGate } from '../../../electron/core/api/lock-gate';
import { DEFAULT_SETTINGS } from '../../../electron/core/services/settings/settings-service';
import { startTestCore } from '../../support/test-core';
import { METHOD_NAMES } from '../../../electron/bridge/names';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const start = startTestCore;

async function call(core: Core, method: string, params: unknown = {}): Promise<unknown> {
  return core.dispatch(method, params);
}

describe('lock gate', () => {
  it('lets only app.*, account.state and account.unlock through while locked', () => {
    let locked = true;
    const gate = lockGate(() => locked);
    const open = METHOD_NAMES.filter((m) => gate(m) === undefined).sort();
    expect(open).toEqual(['account.clearData', 'account.state', 'account.unlock', 'app.info', 'app.ping']);
    expect(gate('settings.get')).toMatchObject({ ok: false, error: { code: 'locked' } });
    locked = false;
    expect(METHOD_NAMES.every((m) => gate(m) === undefined)).toBe(true);
  });

  it('a core with a password starts locked, refuses the rest, and opens on unlock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shallot-gate-'));
    dirs.push(dir);
    const first = await start(dir);
    const events: { event: string; payload: unknown }[] = [];
    first.subscribe((event, payload) => events.push({ event, payload }));
    expect(await call(first, 'account.state')).toEqual({
      ok: true,
      value: { state: 'no-account', vault: 'none' },
    });
    const made = (await call(first, 'onboarding.generate')) as {
      value: { sessionId: string; phrase: string };
    };
    await call(first, 'settings.set', { theme: 'light' });
    const complete = { mode: 'create', sessionId: made.value.sessionId, displayName: 'Dee' };
    expect(await call(first, 'onboarding.complete', complete)).toMatchObject({
      ok: true,
      value: { state: 'ready', sessionId: made.value.sessionId },
    });
    expect(await call(first, 'security.setPassword', { password: 'gate keeper' })).toMatchObject({
      ok: true,
      value: { vault: 'password' },
    });
    // No event ever carries the phrase or the password.
    const wire = JSON.stringify(events);
    expect(wire).not.toContain(made.value.phrase.split(' ')[0] + ' ' + made.value.phrase.split(' ')[1]);
    expect(wire).not.toContain('gate keeper');
    expect(events.map((e) => e.event)).toContain('account.changed');
    await first.close();

    const core = await start(dir);
    try {
      expect(await call(core, 'account.state')).toEqual({
        ok: true,
        value: { state: 'locked', vault: 'password' },
      });
      for (const [method, params] of [
        ['settings.get', {}],
        ['account.qr', {}],
        ['account.revealPhrase', { password: 'gate keeper' }],
        ['onboarding.generate', {}],
        ['profile.setDisplayName', { displayName: 'Eve' }],
        ['security.removePassword', { password: 'gate keeper' }],
      ] as const) {
        expect(await call(core, method, params), method).toMatchObject({
          ok: false,
          error: { code: 'locked' },
        });
      }
      expect(await call(core, 'app.ping', { echo: 'x' })).toMatchObject({ ok: true });
      expect(await call(core, 'account.unlock', { password: 'wrong one' })).toMatchObject({
        ok: false,
        error: { code: 'wrong-password' },
      });
      expect(await call(core, 'account.unlock', { password: 'gate keeper' })).toMatchObject({
        ok: true,
        value: { state: 'ready', sessionId: made.value.sessionId, displayName: 'Dee' },
      });
      expect(await call(core, 'settings.get')).toEqual({
        ok: true,
        value: { ...DEFAULT_SETTINGS, theme: 'light' },
      });
      expect(await call(core, 'account.lock')).toMatchObject({ ok: true, value: { state: 'locked' } });
      expect(await call(core, 'settings.get')).toMatchObject({ ok: false, error: { code: 'locked' } });
    } finally {
      await core.close();
    }
  });

  it('answers bad phrases and missing accounts with typed codes over the dispatcher', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shallot-gate-'));
    dirs.push(dir);
    const core = await start(dir);
    try {
      expect(
        await call(core, 'onboarding.complete', { mode: 'restore', phrase: 'a b c', displayName: 'Z' }),
      ).toMatchObject({ ok: false, error: { code: 'phrase-word-count' } });
      const blank = { mode: 'create', sessionId: `05${'1'.repeat(64)}`, displayName: '   ' };
      expect(await call(core, 'onboarding.complete', blank)).toMatchObject({
        ok: false,
        error: { code: 'invalid-params' },
      });
      expect(await call(core, 'account.qr')).toMatchObject({ ok: false, error: { code: 'no-account' } });
      expect(await call(core, 'account.lock')).toMatchObject({ ok: false, error: { code: 'no-password' } });
    } finally {
      await core.close();
    }
  });
});
