/**
 * The renderer's backup store (issue 15): a job started by a call is followed through its events
 * (progress, then how it ended), cancel names the running job, a window reloaded mid-job learns it
 * from `backup.status`, and passphrases are passed on, never kept.
 */
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../src/stores/backup/backup-store';
import { err, fakeBridge, ok } from '../fake-bridge';

const JOB = '0123456789abcdef';
const STATUS = { job: null, schedule: null, defaultFolder: '/home/ann/Documents' };

describe('backup store', () => {
  it('follows a backup from its start to its end, and cancels the running one', async () => {
    const bridge = fakeBridge({
      'backup.status': ok(STATUS),
      'backup.create': ok({ jobId: JOB }),
      'backup.cancel': ok({}),
    });
    const store = createBackupStore(bridge);
    const stop = store.getState().start();
    expect(await store.getState().create('/b/ann.shallotbackup', 'a long passphrase')).toBe(true);
    bridge.emit('backup.progress', { jobId: JOB, kind: 'export', phase: 'verify', fraction: 0.5 });
    expect(store.getState().job).toEqual({ jobId: JOB, kind: 'export', phase: 'verify', fraction: 0.5 });
    await store.getState().cancel();
    expect(bridge.callsOf('backup.cancel')).toEqual([{ jobId: JOB }]);
    bridge.emit('backup.finished', {
      jobId: JOB,
      kind: 'export',
      ok: false,
      error: { code: 'backup-cancelled', message: 'cancelled' },
    });
    expect(store.getState()).toMatchObject({ job: undefined, finished: { ok: false } });
    expect(JSON.stringify(store.getState())).not.toContain('a long passphrase');
    stop();
  });

  it('learns a running job after a reload, and shows a refused start', async () => {
    const job = { jobId: JOB, kind: 'scheduled' as const, phase: 'export' as const, fraction: 0.2 };
    const bridge = fakeBridge({
      'backup.status': ok({ ...STATUS, job }),
      'backup.create': err('backup-busy'),
    });
    const store = createBackupStore(bridge);
    await store.getState().load();
    expect(store.getState().job).toEqual(job);
    expect(await store.getState().create('/b/x.shallotbackup', 'a long passphrase')).toBe(false);
    expect(store.getState().error?.code).toBe('backup-busy');
  });
});
