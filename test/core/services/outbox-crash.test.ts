/**
 * A process killed between claiming an outbox job and recording its outcome: at the next start
 * the job runs again (start-up frees the dead process's lease), which is why handlers must be
 * idempotent (services/outbox/kinds.ts) — and its `done` is recorded exactly once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../electron/core/crypto/bytes';
import { openStore } from '../../../electron/core/store';
import { randomKey, rawConnection, tempDir } from '../store/helpers';
import { runChild } from './fixtures/run-child';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('an outbox job whose process is killed mid-run', () => {
  it('runs again after the restart and completes once', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const key = randomKey();
    const side = join(dir, 'effects.log');
    const args = (mode: string) => [dir, toHex(key), mode, side];

    expect(
      (await runChild('outbox-crash-child.ts', args('crash'), { until: 'ran', kill: true })).killed,
    ).toBe(true);
    // The dead process still holds the lease; nothing was recorded as sent.
    const raw = rawConnection(join(dir, 'shallot.db'), key);
    expect(raw.prepare('SELECT attempts, claimed_until > 0 AS leased FROM outbox').all()).toEqual([
      { attempts: 1, leased: 1 },
    ]);
    expect(raw.prepare("SELECT count(*) AS n FROM settings WHERE key = 'sent'").get()).toEqual({ n: 0 });
    raw.close();

    await runChild('outbox-crash-child.ts', args('resume'), { until: 'done', kill: false });
    expect(existsSync(side)).toBe(true);
    const effects = readFileSync(side, 'utf8').trim().split('\n');
    // At least once: the effect happened before the crash and again after it.
    expect(effects.map((l) => l.replace(/^run \d+ /, ''))).toEqual(['attempt 1', 'attempt 2']);
    const store = openStore({ dataDir: dir, key });
    expect(store.outbox.count(store.read)).toBe(0);
    expect(store.read.all("SELECT value FROM settings WHERE key = 'sent'")).toEqual([{ value: '1' }]);
    store.close();
  });
});
