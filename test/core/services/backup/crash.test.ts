/**
 * kill -9 in the middle of a backup and of a restore (child processes, like the store's crash
 * test): an export leaves the target name as it was (here: an older backup, byte for byte) and at
 * most a partial file beside it, which the next export to that name removes; a restore leaves no
 * account — the next start finds an empty folder and a second restore works.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { ready } from '../../../../electron/core/crypto/sodium';
import { startCore } from '../../../../electron/core/api/core';
import { silentLogger } from '../../../../electron/core/log';
import { phraseFromSeed } from '../../../../electron/core/protocol';
import { exportBackup } from '../../../../electron/core/services/backup/export';
import { openStore } from '../../../../electron/core/store';
import { runChild } from '../fixtures/run-child';
import { randomKey, sha256File, tempDir } from '../../store/helpers';
import { PASSPHRASE, cheapKeys, seedOf, seedStore } from './fixture';

let root: { dir: string; cleanup: () => void };
const source: { dir: string; key: Uint8Array; sessionId: string } = {
  dir: '',
  key: new Uint8Array(),
  sessionId: '',
};
let backup = '';

beforeAll(async () => {
  await ready();
  root = tempDir('shallot-backup-crash-');
  source.dir = join(root.dir, 'source');
  source.key = randomKey();
  const store = openStore({ dataDir: source.dir, key: source.key });
  source.sessionId = seedStore(store, source.dir, { perConversation: 2_000, files: 0 }).sessionId;
  store.close();
  // Enough attachment bytes that the jobs take a while on any machine.
  const files = join(source.dir, 'attachments', 'big');
  mkdirSync(files, { recursive: true });
  for (let i = 0; i < 24; i++) writeFileSync(join(files, `f${i}`), randomBytes(1024 * 1024));
  backup = join(root.dir, 'for-restore.shallotbackup');
  const s = openStore({ dataDir: source.dir, key: source.key });
  await exportBackup({
    store: s,
    dataDir: source.dir,
    sessionId: source.sessionId,
    keys: await cheapKeys(),
    path: backup,
  });
  s.close();
}, 120_000);

afterAll(() => root.cleanup());

const CHILD = join('..', 'backup', 'fixtures', 'backup-crash-child.ts');

describe('kill -9 during an export', () => {
  it.each([
    ['export', '0.3'],
    ['verify', '0.5'],
  ])(
    'in the %s phase leaves the older backup under the target name untouched',
    async (phase, fraction) => {
      const out = join(root.dir, `out-${phase}`);
      mkdirSync(out);
      const target = join(out, 'account.shallotbackup');
      writeFileSync(target, 'an older backup, kept as it was');
      const before = sha256File(target);
      const run = await runChild(CHILD, ['export', source.dir, toHex(source.key), target, phase, fraction], {
        until: 'kill-now',
        kill: true,
        timeoutMs: 120_000,
      });
      expect(run.killed).toBe(true);
      expect(sha256File(target)).toBe(before);
      const left = readdirSync(out).filter((f) => f !== 'account.shallotbackup');
      expect(left.every((f) => /^\.account\.shallotbackup\.[0-9a-f]{8}\.partial$/.test(f))).toBe(true);
      // The next export to that name replaces it and clears what the crash left.
      const store = openStore({ dataDir: source.dir, key: source.key });
      try {
        await exportBackup({
          store,
          dataDir: source.dir,
          sessionId: source.sessionId,
          keys: await cheapKeys(),
          path: target,
        });
      } finally {
        store.close();
      }
      expect(readdirSync(out)).toEqual(['account.shallotbackup']);
    },
    180_000,
  );
});

describe('kill -9 during a restore', () => {
  it.each(['0.1', '0.6', '0.97'])(
    'at %s of the way leaves no account, and a restore can start over',
    async (fraction) => {
      const target = join(root.dir, `restore-${fraction}`);
      mkdirSync(target);
      const phrase = phraseFromSeed(seedOf(7));
      const run = await runChild(CHILD, ['restore', target, backup, phrase, 'restore', fraction], {
        until: 'kill-now',
        kill: true,
        timeoutMs: 120_000,
      });
      expect(run.killed).toBe(true);
      const core = await startCore({
        dataDir: target,
        host: 'test',
        network: 'offline',
        logger: silentLogger,
        heartbeatMs: 0,
      });
      try {
        const state = await core.dispatch('account.state', {});
        expect(state.ok && (state.value as { state: string }).state).toBe('no-account');
        expect(readdirSync(target)).toEqual([]);
        const done = new Promise<{ ok: boolean }>((resolve) =>
          core.subscribe((e, p) => e === 'backup.finished' && resolve(p as { ok: boolean })),
        );
        expect(
          (await core.dispatch('backup.restore', { file: backup, phrase, passphrase: PASSPHRASE })).ok,
        ).toBe(true);
        expect((await done).ok).toBe(true);
        const after = await core.dispatch('account.state', {});
        expect(after.ok && (after.value as { sessionId: string }).sessionId).toBe(source.sessionId);
      } finally {
        await core.close();
      }
    },
    180_000,
  );
});
