/**
 * The one account of a data dir: onboarding (create or restore), lock and unlock, profile, and
 * the app password. It owns the open store: the database is open exactly while the state is
 * 'ready', so nothing of the account can be read while locked.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import {
  bip39FromSeed,
  decodePhrase,
  identityFromSeed,
  PhraseError,
  phraseFromSeed,
  type PhraseErrorCode,
  type PhraseForm,
} from '../../protocol';
import type { Logger } from '../../log';
import { dbPath, openStore, VaultError, type Store } from '../../store';
import { vaultPath } from '../../store/vault';
import { checkPasswordStrength } from '../../store/vault/kdf';
import { AccountError } from './account-error';
import { AttemptLimiter, type AttemptLimiterOptions } from './attempt-limiter';
import type { KeyVault, VaultKind } from './key-vault';
import { claimOnboarding, readOnboardingMarker, releaseOnboarding } from './onboarding-marker';
import { sessionIdQrSvg } from './qr';

export type AccountStateKind = 'no-account' | 'locked' | 'ready';

export type AccountView = {
  state: AccountStateKind;
  sessionId?: string;
  displayName?: string;
  vault: VaultKind;
  retryAfterSeconds?: number;
};

export type PhraseCheck =
  | { valid: true; form: PhraseForm; sessionId: string }
  | { valid: false; code: PhraseErrorCode; position?: number; word?: string; count: number };

const SEED_BYTES = 16;

export type AccountServiceOptions = {
  dataDir: string;
  vault: KeyVault;
  logger: Logger;
  limiter?: AttemptLimiterOptions;
  /** Told about every state change (the api turns it into `account.changed`). */
  onChange?: (view: AccountView) => void;
  /**
   * Told when the store opens (after unlock or onboarding) and just before it closes; a returned
   * promise is awaited before the store closes, so users of the store can finish with it first.
   */
  onStore?: (store: Store | undefined) => void | Promise<void>;
};

export class AccountService {
  private readonly opts: AccountServiceOptions;
  private readonly log: Logger;
  private readonly limiter: AttemptLimiter;
  private store: Store | undefined;
  private locked = false;
  private pendingSeed: Uint8Array | undefined;
  /** One state change at a time: unlock, lock, onboarding and password changes never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(opts: AccountServiceOptions) {
    this.opts = opts;
    this.log = opts.logger.child('account');
    this.limiter = new AttemptLimiter(opts.limiter);
  }

  /** Reads what the data dir holds: nothing, a locked account, or one that opens at once. */
  async start(): Promise<AccountView> {
    return this.serial(async () => {
      const kind = this.opts.vault.kind();
      const marker = readOnboardingMarker(this.opts.dataDir);
      if (kind === 'password') {
        // Onboarding never makes a password vault, so a marker beside one is left from after the commit.
        if (marker === 'stale') releaseOnboarding(this.opts.dataDir);
        this.locked = true;
      } else if (kind === 'none') {
        // Died before (or while undoing) the vault: at most an empty database of ours is left.
        if (marker === 'stale') await this.clearUnfinished({ vault: false });
      } else if (marker === 'live') {
        // Another process is onboarding here right now: touch nothing, open nothing.
        this.log.warn('another process is creating an account in this data folder');
      } else {
        await this.openExisting(() => this.opts.vault.open(), marker === 'stale');
      }
      this.log.info('account state', { state: this.view().state, vault: kind });
      return this.view();
    });
  }

  view(): AccountView {
    const vault = this.opts.vault.kind();
    if (this.store) {
      const account = this.store.accounts.profile(this.store.read);
      if (account) {
        return {
          state: 'ready',
          sessionId: account.sessionId,
          ...(account.displayName ? { displayName: account.displayName } : {}),
          vault,
        };
      }
    }
    if (this.locked) {
      const wait = this.limiter.retryAfterSeconds();
      return { state: 'locked', vault, ...(wait > 0 ? { retryAfterSeconds: wait } : {}) };
    }
    return { state: 'no-account', vault };
  }

  isLocked(): boolean {
    return this.locked;
  }

  // —— onboarding ——

  /** A fresh seed for this onboarding only; calling again replaces it. */
  generate(): { sessionId: string; phrase: string } {
    this.requireNoAccount();
    this.pendingSeed?.fill(0);
    const seed = new Uint8Array(randomBytes(SEED_BYTES));
    this.pendingSeed = seed;
    return { sessionId: identityFromSeed(seed).sessionId, phrase: phraseFromSeed(seed) };
  }

  validatePhrase(phrase: string): PhraseCheck {
    try {
      const { seed, form } = decodePhrase(phrase);
      const sessionId = identityFromSeed(seed).sessionId;
      seed.fill(0);
      return { valid: true, form, sessionId };
    } catch (e) {
      if (!(e instanceof PhraseError)) throw e;
      return {
        valid: false,
        code: e.code,
        ...(e.position !== undefined ? { position: e.position } : {}),
        ...(e.word !== undefined ? { word: e.word } : {}),
        count: countWords(phrase),
      };
    }
  }

  async complete(
    input: { mode: 'create'; displayName: string } | { mode: 'restore'; phrase: string; displayName: string },
    signal?: AbortSignal,
  ): Promise<AccountView> {
    return this.serial(async () => {
      this.requireNoAccount();
      let seed: Uint8Array;
      if (input.mode === 'create') {
        if (!this.pendingSeed) {
          throw new AccountError('no-pending-seed', 'Generate a new account before completing it.');
        }
        // A copy, so a failed attempt leaves the phrase the user already checked usable for a retry.
        seed = this.pendingSeed.slice();
      } else {
        seed = decodePhrase(input.phrase).seed;
      }
      try {
        await this.createAccount(seed, input.displayName);
      } finally {
        seed.fill(0);
      }
      this.dropPendingSeed();
      this.log.info('account created', { mode: input.mode, vault: this.opts.vault.kind() });
      return this.changed();
    }, signal);
  }

  // —— lock ——

  async unlock(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      if (!this.locked) return this.view();
      await this.openExisting(() => this.checkPassword(password), false);
      this.locked = false;
      return this.changed();
    }, signal);
  }

  async lock(): Promise<AccountView> {
    return this.serial(async () => {
      if (this.opts.vault.kind() !== 'password') {
        throw new AccountError('no-password', 'Set an app password before locking Shallot.');
      }
      if (this.store) await this.closeStore();
      this.locked = true;
      return this.changed();
    });
  }

  // —— secrets and profile ——

  async revealPhrase(
    password: string | undefined,
    signal?: AbortSignal,
  ): Promise<{ phrase: string; bip39: string }> {
    return this.serial(async () => {
      const store = this.requireReady();
      if (this.opts.vault.kind() === 'password') {
        if (password === undefined || password === '') {
          throw new AccountError('password-required', 'Enter the app password to see the recovery phrase.');
        }
        (await this.checkPassword(password)).fill(0);
      }
      const account = store.accounts.get(store.read);
      if (!account) throw new AccountError('no-account', 'There is no account yet.');
      const seed = account.seed.subarray(0, SEED_BYTES);
      try {
        return { phrase: phraseFromSeed(seed), bip39: bip39FromSeed(seed) };
      } finally {
        account.seed.fill(0);
      }
    }, signal);
  }

  qrSvg(): Promise<string> {
    const sessionId = this.view().sessionId;
    if (!sessionId) return Promise.reject(this.notReady());
    return sessionIdQrSvg(sessionId);
  }

  setDisplayName(displayName: string): AccountView {
    const store = this.requireReady();
    store.write((tx) => store.accounts.setDisplayName(tx, displayName));
    return this.changed();
  }

  // —— app password ——

  async setPassword(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      if (this.opts.vault.kind() === 'password') {
        throw new AccountError('password-set', 'An app password is already set; change it instead.');
      }
      checkPasswordStrength(password);
      await this.opts.vault.protect(password);
      this.log.info('app password set');
      return this.changed();
    }, signal);
  }

  async changePassword(current: string, next: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      this.requirePassword();
      checkPasswordStrength(next);
      await this.limited(() => this.opts.vault.changePassword(current, next));
      this.log.info('app password changed');
      return this.changed();
    }, signal);
  }

  async removePassword(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      this.requirePassword();
      await this.limited(() => this.opts.vault.unprotect(password));
      this.log.warn('app password removed', { vault: this.opts.vault.kind() });
      return this.changed();
    }, signal);
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      this.dropPendingSeed();
      if (this.store) await this.closeStore();
    });
  }

  // —— inside ——

  /**
   * Runs `fn` after every change queued before it. A caller that stopped waiting meanwhile (its
   * call timed out: `signal` aborted) is not served: its change does not happen behind its back.
   */
  private serial<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const start = (): Promise<T> => {
      signal?.throwIfAborted();
      return fn();
    };
    const run = this.queue.then(start, start);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Checks a password against the password vault under the attempt limiter; returns the key. */
  private checkPassword(password: string): Promise<Uint8Array> {
    return this.limited(() => this.opts.vault.unlock(password));
  }

  /** Runs a vault operation that checks the password, counting wrong ones against the limiter. */
  private async limited<T>(op: () => Promise<T>): Promise<T> {
    this.limiter.check();
    try {
      const result = await op();
      this.limiter.succeeded();
      return result;
    } catch (e) {
      if (e instanceof VaultError && e.code === 'wrong-password') {
        this.limiter.failed();
        this.changed();
      }
      throw e;
    }
  }

  /**
   * Opens the existing account's store with the key `getKey` returns. A key with no database, or
   * a database without the account, is cleared only when `unfinished` (this folder's onboarding
   * marker says an onboarding died half-way); otherwise it may be a real account whose database
   * was moved, so nothing is touched and the user is told.
   */
  private async openExisting(getKey: () => Promise<Uint8Array>, unfinished: boolean): Promise<void> {
    // The key first: a wrong password is refused (and counted) before the folder is looked at.
    const key = await getKey();
    let store: Store;
    try {
      if (!existsSync(dbPath(this.opts.dataDir))) {
        if (unfinished) return await this.clearUnfinished();
        throw storeMissing();
      }
      store = openStore({ dataDir: this.opts.dataDir, key, logger: this.log });
    } finally {
      key.fill(0);
    }
    if (!store.accounts.exists(store.read)) {
      store.close();
      if (unfinished) return this.clearUnfinished();
      throw storeMissing();
    }
    if (unfinished) releaseOnboarding(this.opts.dataDir);
    this.adopt(store);
  }

  /**
   * Makes the vault and the database and writes the account, under this call's onboarding marker.
   * A failure undoes exactly what this call made, never a file that was there before it (another
   * process may have created an account in this folder since we looked).
   */
  private async createAccount(seed: Uint8Array, displayName: string): Promise<void> {
    const { dataDir } = this.opts;
    const db = dbPath(dataDir);
    if (existsSync(db)) {
      throw new AccountError(
        'key-missing',
        'This data folder holds a database but no key vault (vault.json) to open it. Put the vault back or choose another data folder.',
      );
    }
    if (!claimOnboarding(dataDir)) {
      throw new AccountError('account-exists', 'An account is being created in this data folder already.');
    }
    let vaultMade = false;
    let dbMade = false;
    let key: Uint8Array | undefined;
    try {
      try {
        key = await this.opts.vault.create();
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
      const store = openStore({ dataDir, key, logger: this.log });
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
      this.adopt(store);
    } catch (e) {
      await this.undoCreate({ vault: vaultMade, db: dbMade });
      throw e;
    } finally {
      key?.fill(0);
    }
    // Only now is the account committed; a crash before this line leaves the marker for start-up.
    releaseOnboarding(dataDir);
  }

  /** Undoes a failed onboarding of this process: only the files it made, then its marker. */
  private async undoCreate(made: { vault: boolean; db: boolean }): Promise<void> {
    if (this.store) await this.closeStore();
    try {
      if (made.db) removeDb(this.opts.dataDir);
      if (made.vault) await this.opts.vault.destroy();
      releaseOnboarding(this.opts.dataDir);
    } catch (e) {
      // Whatever is left keeps the marker, so the next start-up finishes the clean-up.
      this.log.error('could not undo a failed onboarding', { code: errorCode(e) });
    }
  }

  /** Clears what an onboarding that died half-way left (its marker proves the files are its own). */
  private async clearUnfinished(which: { vault: boolean } = { vault: true }): Promise<void> {
    this.log.warn('clearing an onboarding that did not finish');
    await this.undoCreate({ vault: which.vault, db: true });
  }

  private adopt(store: Store): void {
    this.store = store;
    void this.opts.onStore?.(store);
  }

  private async closeStore(): Promise<void> {
    await this.opts.onStore?.(undefined);
    const store = this.store;
    this.store = undefined;
    store?.close();
  }

  private dropPendingSeed(): void {
    this.pendingSeed?.fill(0);
    this.pendingSeed = undefined;
  }

  private changed(): AccountView {
    const v = this.view();
    this.opts.onChange?.(v);
    return v;
  }

  /** Asks the disk, not the vault kind read at start: another process may have onboarded since. */
  private requireNoAccount(): void {
    if (
      this.store ||
      this.locked ||
      this.opts.vault.kind() !== 'none' ||
      existsSync(vaultPath(this.opts.dataDir))
    ) {
      throw new AccountError('account-exists', 'This data folder already holds an account.');
    }
  }

  private requireReady(): Store {
    if (!this.store) throw this.notReady();
    return this.store;
  }

  private requirePassword(): void {
    if (this.opts.vault.kind() !== 'password') {
      throw new AccountError('no-password', 'No app password is set.');
    }
  }

  private notReady(): AccountError {
    return this.locked
      ? new AccountError('locked', 'Shallot is locked.')
      : new AccountError('no-account', 'There is no account yet.');
  }
}

function countWords(phrase: string): number {
  const trimmed = phrase.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

function storeMissing(): AccountError {
  return new AccountError(
    'store-missing',
    'The account database (shallot.db) is missing from the data folder or holds no account, though its key is there. Nothing was deleted: put the database back, or choose another data folder.',
  );
}

function removeDb(dataDir: string): void {
  const db = dbPath(dataDir);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

/** A code for the log: never the message or anything else that could carry a path or a secret. */
function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
