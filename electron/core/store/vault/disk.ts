/**
 * The vault's files on disk: atomic replacement, best-effort destruction, and sweeping up what a
 * crash left behind. Every file here is created 0600 (from `open`, never chmod-ed later) and every
 * rename is followed by an fsync of the folder, so a crash leaves either the old file or the new.
 *
 * A temp file is named `<target>.<pid>.<random>.tmp`: start-up destroys the ones whose writer is
 * no longer running (and never another live process's write in flight).
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../../log';
import { VaultError } from '../errors';

/**
 * The durable steps of a vault change, in order, for observers (crash tests stop a child process at
 * each one and kill it there). 'temp-written' is a temp file written and synced, not yet renamed.
 */
export type VaultStep =
  'temp-written' | 'pending-written' | 'rekeying' | 'rekeyed' | 'old-linked' | 'committed' | 'old-destroyed';

export type StepHook = (step: VaultStep) => void | Promise<void>;

/** Vault files are a few hundred bytes; shredding refuses anything far larger as not ours. */
const MAX_SHRED_BYTES = 64 * 1024;
const TEMP_RE = /^(?:vault\.json|vault\.pending\.json)\.(?:([1-9][0-9]{0,9})\.)?[0-9a-f]{12}\.tmp$/u;
const OWNER_ONLY = 0o600;

/** Makes a rename in `dir` durable. Windows cannot open a folder to fsync it (NTFS journals renames). */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes `text` to `path` through a synced 0600 temp file and a rename. Throws VaultError('io'). */
export async function writeAtomic(path: string, text: string, onStep?: StepHook): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, OWNER_ONLY);
    try {
      // A umask can only narrow the mode; this covers filesystems that apply their own.
      await fh.chmod(OWNER_ONLY).catch(() => undefined);
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await onStep?.('temp-written');
    await rename(tmp, path);
    await syncDir(dirname(path));
  } catch (e) {
    await shred(tmp).catch(() => undefined);
    throw new VaultError('io', 'Could not write the vault file.', { cause: e });
  }
}

/**
 * Overwrites a file with zeros, syncs, and unlinks it. Best effort by nature: on SSDs (wear
 * levelling) and copy-on-write filesystems (btrfs, APFS, ZFS) the old blocks may survive the
 * overwrite; see docs/SECURITY.md. Never follows a symlink; a missing file is not an error.
 */
export async function shred(path: string): Promise<void> {
  let fh;
  try {
    fh = await open(path, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // A symlink (ELOOP) or something else odd: unlink the name, touch nothing it points at.
    if (code !== 'ELOOP') throw e;
    await rm(path, { force: true });
    return;
  }
  try {
    const st = await fh.stat();
    if (st.isFile() && st.size > 0 && st.size <= MAX_SHRED_BYTES) {
      await fh.write(Buffer.alloc(st.size), 0, st.size, 0);
      await fh.sync();
    }
  } finally {
    await fh.close();
  }
  await rm(path, { force: true });
}

function writerAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Same inode: the name is a hard link to the live file, not a copy to destroy. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Destroys what an interrupted vault write left in `dataDir`: temp files of dead writers (a temp
 * file is never the only copy of a key in use), and the previous vault kept by a commit
 * (`oldPath`), unless that name is still a hard link to the live vault (`livePath`), when only the
 * name goes. Returns how many files it removed.
 */
export async function sweepLeftovers(
  dataDir: string,
  livePath: string,
  oldPath: string,
  log: Logger,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw new VaultError('io', 'Could not read the data folder.', { cause: e });
  }
  let removed = 0;
  for (const name of names) {
    const temp = TEMP_RE.exec(name);
    const path = join(dataDir, name);
    if (temp) {
      if (temp[1] !== undefined && writerAlive(Number(temp[1]))) continue;
      await shred(path);
    } else if (name === basename(oldPath)) {
      // Without a live vault beside it, the old one may be the only key left: not ours to destroy.
      if (!existsSync(livePath)) continue;
      if (await sameFile(path, livePath)) await rm(path, { force: true });
      else await shred(path);
    } else {
      continue;
    }
    removed++;
  }
  if (removed > 0) log.warn('removed files left by an interrupted vault change', { files: removed });
  return removed;
}
