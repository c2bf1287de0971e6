import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../../electron/core/crypto/sodium';
import { silentLogger } from '../../../../electron/core/log';
import {
  BackupScheduler,
  prune,
  scheduledFileName,
} from '../../../../electron/core/services/backup/schedule';
import type { BackupKeys } from '../../../../electron/core/services/backup/format/prelude';
import { ManualTimers } from '../../../support/manual-timers';
import { freshStore, tempDir } from '../../store/helpers';
import { CHEAP_COST, PASSPHRASE } from './fixture';

const SELF = `05${'ab'.repeat(32)}`;
const HOUR = 3_600_000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
beforeAll(async () => {
  await ready();
});

function folder(): string {
  const t = tempDir('shallot-schedule-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A scheduler whose "backup" writes an empty file where it is told and reports success. */
function scheduler(timers: ManualTimers, runs: { path: string; keys: BackupKeys }[]) {
  const { store, done } = freshStore();
  cleanups.push(done);
  const s = new BackupScheduler({
    timers,
    log: silentLogger,
    run: (keys, path, onDone) => {
      runs.push({ keys, path });
      writeFileSync(path, '');
      onDone({ file: path });
    },
  });
  s.start(store, SELF);
  return { s, store };
}

describe('automatic backups', () => {
  it('run at once when set, then every interval, with the keys derived once', async () => {
    const timers = new ManualTimers();
    const runs: { path: string; keys: BackupKeys }[] = [];
    const { s, store } = scheduler(timers, runs);
    const out = folder();
    const view = await s.set({ folder: out, intervalHours: 6, keep: 2, passphrase: PASSPHRASE }, CHEAP_COST);
    expect(view.nextRunAt).toBe(timers.now());
    timers.advance(0);
    expect(runs.length).toBe(1);
    timers.advance(6 * HOUR - 1);
    expect(runs.length).toBe(1);
    timers.advance(1);
    expect(runs.length).toBe(2);
    expect(Buffer.from(runs[1]!.keys.streamKey)).toEqual(Buffer.from(runs[0]!.keys.streamKey));
    const row = store.backupSchedule.get(store.read)!;
    expect(row.lastFile).toBe(runs[1]!.path);
    // The passphrase is nowhere in the database.
    expect(JSON.stringify(store.read.all('SELECT * FROM backup_schedule'))).not.toContain(PASSPHRASE);
    s.clear();
    timers.advance(24 * HOUR);
    expect(runs.length).toBe(2);
  });

  it('refuses a folder that does not exist and a short passphrase', async () => {
    const { s } = scheduler(new ManualTimers(), []);
    await expect(
      s.set({ folder: '/no/such/folder', intervalHours: 1, keep: 1, passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'backup-path-invalid',
    });
    await expect(
      s.set({ folder: folder(), intervalHours: 1, keep: 1, passphrase: 'short' }, CHEAP_COST),
    ).rejects.toMatchObject({
      code: 'backup-weak-passphrase',
    });
  });

  it('catch up a missed run a minute after the account opens', async () => {
    const timers = new ManualTimers();
    const runs: { path: string; keys: BackupKeys }[] = [];
    const { s, store } = scheduler(timers, runs);
    await s.set({ folder: folder(), intervalHours: 1, keep: 3, passphrase: PASSPHRASE }, CHEAP_COST);
    timers.advance(0);
    s.stop();
    timers.advance(5 * HOUR);
    s.start(store, SELF);
    timers.advance(59_000);
    expect(runs.length).toBe(1);
    timers.advance(1_000);
    expect(runs.length).toBe(2);
  });
});

describe('keeping the last N', () => {
  it('deletes only this account’s older scheduled files and crashed partial files', async () => {
    const out = folder();
    const names = [0, 1, 2, 3].map((d) => scheduledFileName(SELF, Date.UTC(2026, 0, 1 + d)));
    for (const n of names) writeFileSync(join(out, n), '');
    const other = scheduledFileName(`05${'cd'.repeat(32)}`, Date.UTC(2026, 0, 1));
    writeFileSync(join(out, other), '');
    writeFileSync(join(out, 'mine.shallotbackup'), '');
    writeFileSync(join(out, `.${names[0]}.0123abcd.partial`), '');
    mkdirSync(join(out, 'sub'));
    await prune(out, SELF, 2, names[3]!);
    expect(readdirSync(out).sort()).toEqual([names[2], names[3], other, 'mine.shallotbackup', 'sub'].sort());
    expect(existsSync(join(out, names[1]!))).toBe(false);
  });
});
