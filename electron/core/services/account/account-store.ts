/**
 * The account's store life: opening the existing account's database with a key, creating a new
 * account under this folder's onboarding marker, and undoing exactly what a failed onboarding made.
 * While the store is open, an account session runs on it (`SessionLifecycle`): it opens right
 * after the store and closes before it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import { identityFromSeed } from '../../protocol';
import { dbPath, openStore, VaultError, type Store } from '../../store';
import { AccountError } from './account-error';
import type { KeyVault } from './key-vault';
import { claimOnboarding, releaseOnboarding } from './onboarding-marker';

/** What runs on the open store (the account session and its modules). */
export interface SessionLifecycle {
  /** The store just opened (after unlock or onboarding). */
  open(store: Store): Promise<void>;
  /** The store is about to close (lock, quit): everything using it must be done when this resolves. */
  close(): Promise<void>;
}

export class AccountStore {
  private current: Store | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly vault: KeyVault,
    private readonly log: Logger,
    private readonly sessions: SessionLifecycle | undefined,
  ) {}

  get store(): Store | undefined {
    return this.current;
  }

  /**
   * Opens the existing account's store with the key `getKey` returns. A key with no database, or
   * a database without the account, is cleared only when `unfinished` (this folder's onboarding
   * marker says an onboarding died half-way); otherwise it may be a real account whose database
   * was moved, so nothing is touched and the user is told.
   */
  async openExisting(getKey: () => Promise<Uint8Array>, unfinished: boolean): Promise<void> {
    // The key first: a wrong password is refused (and counted) before the folder is looked at.
    const key = await getKey();
    let store: Store;
    try {
      if (!existsSync(dbPath(this.dataDir))) {
        if (unfinished) return await this.clearUnfinished();
        throw storeMissing();
      }
      store = openStore({ dataDir: this.dataDir, key, logger: this.log });
    } finally {
      key.fill(0);
    }
    if (!store.accounts.exists(store.read)) {
      store.close();
      if (unfinished) return this.clearUnfinished();
      throw storeMissing();
    }
    if (unfinished) {
      // A restore that died after moving its database in is complete; its staging folder is not.
      rmSync(join(this.dataDir, RESTORE_STAGING), { recursive: true, force: true });
      releaseOnboarding(this.dataDir);
    }
    await this.adopt(store);
  }

  /**
   * Makes the vault and the database and writes the account, under this call's onboarding marker.
   * A failure undoes exactly what this call made, never a file that was there before it (another
   * process may have created an account in this folder since we looked).
   */
  async create(seed: Uint8Array, displayName: string | null): Promise<void> {
    await this.onboard((key) => {
      const store = openStore({ dataDir: this.dataDir, key, logger: this.log });
      try {
        store.write((tx) =>
          store.accounts.create(tx, {
            sessionId: identityFromSeed(seed).sessionId,
            seed,
            displayName,
            createdAt: Date.now(),
          }),
        );
      } catch (e) {
        store.close();
        throw e;
      }
      return Promise.resolve(store);
    });
  }

  /**
   * Brings in an account from elsewhere (a backup), under this call's onboarding marker like
   * `create`: `install` gets the new database key and must leave a complete database in the data
   * folder — built in a staging folder and moved in last, so the database's arrival is the commit.
   * A crash before that leaves the marker, and start-up clears the vault and the leftovers.
   */
  async restore(install: (key: Uint8Array) => Promise<void>): Promise<void> {
    await this.onboard(async (key) => {
      await install(key);
      const store = openStore({ dataDir: this.dataDir, key, logger: this.log });
      if (!store.accounts.exists(store.read)) {
        store.close();
        throw storeMissing();
      }
      return store;
    });
  }

  private async onboard(make: (key: Uint8Array) => Promise<Store>): Promise<void> {
    const db = dbPath(this.dataDir);
    if (existsSync(db)) {
      throw new AccountError(
        'key-missing',
        'This data folder holds a database but no key vault (vault.json) to open it. Put the vault back or choose another data folder.',
      );
    }
    if (!claimOnboarding(this.dataDir)) {
      throw new AccountError('account-exists', 'An account is being created in this data folder already.');
    }
    let vaultMade = false;
    let dbMade = false;
    let key: Uint8Array | undefined;
    try {
      try {
        key = await this.vault.create();
      } catch (e) {
        if (e instanceof VaultError && e.code === 'vault-exists') {
          throw new AccountError('account-exists', 'This data folder already holds an account.', {
            cause: e,
          });
        }
        throw e;
      }
      vaultMade = true;
      // Checked again just before: only a file this call brings into being is ours to remove.
      dbMade = !existsSync(db);
      await this.adopt(await make(key));
    } catch (e) {
      await this.undoCreate({ vault: vaultMade, db: dbMade });
      throw e;
    } finally {
      key?.fill(0);
    }
    // Only now is the account committed; a crash before this line leaves the marker for start-up.
    releaseOnboarding(this.dataDir);
  }

  /** Clears what an onboarding that died half-way left (its marker proves the files are its own). */
  async clearUnfinished(which: { vault: boolean } = { vault: true }): Promise<void> {
    this.log.warn('clearing an onboarding that did not finish');
    await this.undoCreate({ vault: which.vault, db: true, leftovers: true });
  }

  /** Ends the session on the store, then closes it. */
  async close(): Promise<void> {
    if (!this.current) return;
    await this.sessions?.close();
    const store = this.current;
    this.current = undefined;
    store.close();
  }

  private async adopt(store: Store): Promise<void> {
    this.current = store;
    await this.sessions?.open(store);
  }

  /** Undoes a failed onboarding of this process: only the files it made, then its marker. */
  private async undoCreate(made: { vault: boolean; db: boolean; leftovers?: boolean }): Promise<void> {
    await this.close();
    try {
      if (made.db) removeDb(this.dataDir);
      if (made.leftovers) {
        for (const d of ONBOARDING_FOLDERS) rmSync(join(this.dataDir, d), { recursive: true, force: true });
      }
      if (made.vault) await this.vault.destroy();
      releaseOnboarding(this.dataDir);
    } catch (e) {
      // Whatever is left keeps the marker, so the next start-up finishes the clean-up.
      this.log.error('could not undo a failed onboarding', { code: errorCode(e) });
    }
  }
}

function storeMissing(): AccountError {
  return new AccountError(
    'store-missing',
    'The account database (shallot.db) is missing from the data folder or holds no account, though its key is there. Nothing was deleted: put the database back, or choose another data folder.',
  );
}

/**
 * Folders only an unfinished onboarding can have made: a restore's staging folder, and the
 * attachments it moved in before its database (without an account, nothing else writes there).
 */
export const RESTORE_STAGING = 'restore.staging';
const ONBOARDING_FOLDERS = [RESTORE_STAGING, 'attachments'];

function removeDb(dataDir: string): void {
  const db = dbPath(dataDir);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}
