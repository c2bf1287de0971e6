/**
 * Issue 11 item 3: the vault's temp files. They are 0600 from creation, a failed write leaves none,
 * and start-up destroys the ones a crash left, but never a live writer's, never a file a symlink
 * points at, and never an old vault that is the last copy of a key.
 */
import { spawnSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { VaultError } from '../../../../electron/core/store';
import { shred, sweepLeftovers, writeAtomic } from '../../../../electron/core/store/vault/disk';
import { tempDir } from '../helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dir(): string {
  const t = tempDir('shallot-vault-disk-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const KEY_LINE = '{"version":1,"kind":"keyfile","key":"' + 'ab'.repeat(32) + '"}';

describe('writeAtomic', () => {
  it('leaves only the target, mode 0600, and reports each temp before its rename', async () => {
    const d = dir();
    const steps: string[] = [];
    await writeAtomic(join(d, 'vault.json'), KEY_LINE, (s) => {
      steps.push(s);
      // At this point the temp file exists, already owner-only.
      const temp = readdirSync(d).find((f) => f.endsWith('.tmp'))!;
      expect(statSync(join(d, temp)).mode & 0o777).toBe(0o600);
      expect(temp).toMatch(new RegExp(`^vault\\.json\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    });
    expect(steps).toEqual(['temp-written']);
    expect(readdirSync(d)).toEqual(['vault.json']);
    expect(statSync(join(d, 'vault.json')).mode & 0o777).toBe(0o600);
  });

  it('destroys its temp file when the rename fails', async () => {
    const d = dir();
    mkdirSync(join(d, 'vault.json', 'in-the-way'), { recursive: true });
    await expect(writeAtomic(join(d, 'vault.json'), KEY_LINE)).rejects.toBeInstanceOf(VaultError);
    expect(readdirSync(d)).toEqual(['vault.json']);
  });
});

describe('sweepLeftovers', () => {
  it('destroys temp files of dead writers and of the old naming, keeps a live writer’s', async () => {
    const d = dir();
    const dead = `vault.json.${deadPid()}.0123456789ab.tmp`;
    const legacy = 'vault.pending.json.a1b2c3d4e5f6.tmp';
    const live = `vault.json.${process.ppid}.0123456789ab.tmp`;
    const own = `vault.json.${process.pid}.0123456789ab.tmp`;
    for (const f of [dead, legacy, live, own, 'vault.json', 'notes.tmp']) writeFileSync(join(d, f), KEY_LINE);
    const removed = await sweepLeftovers(d, join(d, 'vault.json'), join(d, 'vault.json.old'), silentLogger);
    expect(removed).toBe(3);
    expect(readdirSync(d).sort()).toEqual(['notes.tmp', live, 'vault.json'].sort());
  });

  it('unlinks an old vault that is still the live one, shreds a replaced one, keeps a last copy', async () => {
    const d = dir();
    const live = join(d, 'vault.json');
    const old = join(d, 'vault.json.old');
    writeFileSync(live, KEY_LINE);
    linkSync(live, old);
    await sweepLeftovers(d, live, old, silentLogger);
    expect(readFileSync(live, 'utf8')).toBe(KEY_LINE);
    expect(readdirSync(d)).toEqual(['vault.json']);

    writeFileSync(old, KEY_LINE);
    await sweepLeftovers(d, live, old, silentLogger);
    expect(readdirSync(d)).toEqual(['vault.json']);

    // No live vault beside it: the old one may hold the only key, so it stays.
    await shred(live);
    writeFileSync(old, KEY_LINE);
    await sweepLeftovers(d, live, old, silentLogger);
    expect(readFileSync(old, 'utf8')).toBe(KEY_LINE);
  });

  it('removes a symlinked temp file without touching what it points at', async () => {
    const d = dir();
    const target = join(d, 'precious.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, join(d, `vault.json.${deadPid()}.0123456789ab.tmp`));
    await sweepLeftovers(d, join(d, 'vault.json'), join(d, 'vault.json.old'), silentLogger);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(readdirSync(d)).toEqual(['precious.txt']);
  });
});
