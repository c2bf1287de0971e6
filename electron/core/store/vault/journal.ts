/**
 * Moving the database key from one vault to another under a fresh key, so no earlier copy of the
 * old vault opens the database afterwards, in steps that survive a kill -9 at any point:
 *
 *   1. write the new vault, holding a NEW random key, as `vault.pending.json` (atomic, 0600);
 *   2. re-key the database to the new key (one SQLite transaction: old key until it commits);
 *   3. commit: hard-link `vault.json` to `vault.json.old`, rename the pending file over
 *      `vault.json`, then overwrite and unlink `vault.json.old`.
 *
 * The rule that makes every interruption recoverable: a key is destroyed only after another key
 * was seen to open the database. A crash before step 2 commits leaves the old vault, which still
 * opens it (the pending file is dropped once that is proven); a crash after it leaves a pending
 * vault that opens it (and is committed once that is proven). `settlePending` does the proving, at
 * start-up with the keys it can get without a password, and again at unlock with the password.
 */
import { link, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { memzero } from '../../crypto/memzero';
import { randomBytes } from '../../crypto/random';
import { ready } from '../../crypto/sodium';
import type { Logger } from '../../log';
import { probeDatabaseKey } from '../db-key';
import { VaultError } from '../errors';
import { dbPath } from '../index';
import { shred, sweepLeftovers, syncDir, type StepHook } from './disk';
import { DB_KEY_BYTES, readVaultAt, vaultPath, writeVaultAt, type VaultFile } from './file';

export const PENDING_FILE_NAME = 'vault.pending.json';
export const OLD_FILE_NAME = 'vault.json.old';

/** Re-encrypts the open database under `newKey`; throws only if the old key is still in force. */
export type Rekey = (newKey: Uint8Array) => void | Promise<void>;

export interface JournalContext {
  readonly logger: Logger;
  readonly onStep?: StepHook | undefined;
}

export function pendingPath(dataDir: string): string {
  return join(dataDir, PENDING_FILE_NAME);
}

function oldPath(dataDir: string): string {
  return join(dataDir, OLD_FILE_NAME);
}

export function readPending(dataDir: string): Promise<VaultFile | undefined> {
  return readVaultAt(pendingPath(dataDir));
}

/** Start-up's first step: destroy temp files and old vaults that a crash left behind. */
export function sweepVaultLeftovers(dataDir: string, logger: Logger): Promise<number> {
  return sweepLeftovers(dataDir, vaultPath(dataDir), oldPath(dataDir), logger);
}

async function io<T>(what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof VaultError ? e : new VaultError('io', `Could not ${what}.`, { cause: e });
  }
}

function discardPending(dataDir: string): Promise<void> {
  return io('remove the pending vault', async () => {
    await shred(pendingPath(dataDir));
    await syncDir(dataDir);
  });
}

/** Step 3. The pending vault is in force from the rename on; the old one is destroyed after it. */
async function commitPending(dataDir: string, ctx: JournalContext): Promise<void> {
  const live = vaultPath(dataDir);
  const old = oldPath(dataDir);
  await io('replace the vault', async () => {
    // A name left by an earlier interrupted commit must not block the link (the sweep's rules apply).
    await sweepVaultLeftovers(dataDir, ctx.logger);
    let linked = true;
    await link(live, old).catch((e: unknown) => {
      // FAT and some network filesystems have no hard links: the old file is then replaced unread.
      linked = false;
      ctx.logger.warn('could not keep the old vault to overwrite it', { code: errnoCode(e) });
    });
    await ctx.onStep?.('old-linked');
    await rename(pendingPath(dataDir), live);
    await syncDir(dataDir);
    await ctx.onStep?.('committed');
    if (linked) {
      await shred(old);
      await syncDir(dataDir);
    }
    await ctx.onStep?.('old-destroyed');
  });
}

/**
 * Steps 1–3: keeps a fresh key in the vault `makeVault` builds, re-keys the database to it with
 * `rekey`, and destroys the old vault. Once the re-key has succeeded the move has happened: a
 * failure to tidy up after it is logged, and start-up or unlock finishes the commit.
 */
export async function moveKey(
  dataDir: string,
  makeVault: (newKey: Uint8Array) => Promise<VaultFile>,
  rekey: Rekey,
  ctx: JournalContext,
): Promise<void> {
  await ready();
  const newKey = randomBytes(DB_KEY_BYTES);
  try {
    await writeVaultAt(pendingPath(dataDir), await makeVault(newKey), ctx.onStep);
    await ctx.onStep?.('pending-written');
    try {
      await ctx.onStep?.('rekeying');
      await rekey(newKey);
    } catch (e) {
      await discardPending(dataDir).catch((d: unknown) =>
        ctx.logger.error('could not remove the pending vault; start-up will', { code: errnoCode(d) }),
      );
      throw e;
    }
    await ctx.onStep?.('rekeyed');
    await commitPending(dataDir, ctx).catch((e: unknown) =>
      ctx.logger.error('could not finish replacing the vault; start-up will', { code: errnoCode(e) }),
    );
  } finally {
    memzero(newKey);
  }
}

/** The key a vault holds, or undefined when it cannot be had now (no password, no keychain). */
export type KeyOf = (v: VaultFile) => Promise<Uint8Array | undefined>;

/**
 * Proves which of `current` (vault.json) and `pending` opens the database, and makes that one the
 * vault. The current key is tried first: a crash in the middle of a re-key leaves a rollback
 * journal under that key, which its open plays back. Returns the vault now in force and its key,
 * or undefined when neither key could be had or neither opens the database (nothing is touched).
 */
export async function settlePending(
  dataDir: string,
  current: VaultFile,
  pending: VaultFile,
  keyOf: KeyOf,
  ctx: JournalContext,
): Promise<{ vault: VaultFile; key: Uint8Array } | undefined> {
  const db = dbPath(dataDir);
  const oldKey = await keyOf(current);
  if (oldKey && probeDatabaseKey(db, oldKey) === 'opens') {
    await discardPending(dataDir);
    ctx.logger.warn('a vault change stopped before the database was re-keyed; the previous vault stays');
    return { vault: current, key: oldKey };
  }
  oldKey?.fill(0);
  const newKey = await keyOf(pending);
  if (newKey && probeDatabaseKey(db, newKey) === 'opens') {
    await commitPending(dataDir, ctx);
    ctx.logger.warn('finished a vault change that stopped after the database was re-keyed');
    return { vault: pending, key: newKey };
  }
  newKey?.fill(0);
  return undefined;
}

function errnoCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
