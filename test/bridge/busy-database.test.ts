/**
 * Issue 10, item 2: a database held by another process used to answer `locked` — the same code as
 * a locked app, so the lock screen said "Shallot is locked" to someone who had just typed the right
 * password. It is `db-busy` now, and only `locked` means the app is locked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/api/core';
import { silentLogger } from '../../electron/core/log';
import { TEST_KDF } from './transports';

const dir = mkdtempSync(join(tmpdir(), 'shallot-busy-'));
const cores: Core[] = [];
afterAll(async () => {
  for (const c of cores.reverse()) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<Core> {
  const core = await startCore({
    dataDir: dir,
    host: 'test',
    logger: silentLogger,
    heartbeatMs: 0,
    kdfLimits: TEST_KDF,
  });
  cores.push(core);
  return core;
}

describe('a database held elsewhere', () => {
  it('answers unlock with db-busy, not locked', async () => {
    const first = await start();
    const generated = await first.dispatch('onboarding.generate', {});
    const { sessionId } = (generated.ok ? generated.value : {}) as { sessionId?: string };
    await first.dispatch('onboarding.complete', { mode: 'create', sessionId, displayName: 'Busy' });
    await first.dispatch('security.setPassword', { password: 'busy body' });
    // The first core keeps the store open (exclusively); a second one starts locked beside it.
    const second = await start();
    expect(await second.dispatch('account.state', {})).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    });
    expect(await second.dispatch('account.unlock', { password: 'busy body' })).toMatchObject({
      ok: false,
      error: { code: 'db-busy' },
    });
    expect(await second.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
