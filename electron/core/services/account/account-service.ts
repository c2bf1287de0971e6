/**
 * The one account of a data dir: onboarding (create or restore), lock and unlock, profile, and
 * the app password. It owns the open store: the database is open exactly while the state is
 * 'ready', so nothing of the account can be read while locked.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
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
import { MIN_PASSWORD_LENGTH } from '../../store/vault';
import { AccountError } from './account-error';
import { AttemptLimiter, type AttemptLimiterOptions } from './attempt-limiter';
import type { KeyVault, VaultKind } from './key-vault';
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
  /** Told when the store opens (after unlock or onboarding) and just before it closes. */
  onStore?: (store: Store | undefined) => void;
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
      if (kind === 'password') this.locked = true;
      else if (kind !== 'none') {
        this.openWith(await this.opts.vault.open());
        // A key but no account: an onboarding that died half-way (the process was killed).
        // The database holds nothing of value yet; clear it so onboarding can run again.
        if (this.store && !this.store.accounts.exists(this.store.read)) {
          this.log.warn('found a key without an account: clearing the unfinished onboarding');
          await this.undoCreate();
        }
      }
      this.log.info('account state', { state: this.view().state, vault: kind });
      return this.view();
    });
  }

  view(): AccountView {
    const vault = this.opts.vault.kind();
    if (this.store) {
      const account = this.store.accounts.get(this.store.read);
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

  /** The open store while the account is ready; undefined otherwise. */
  openStore(): Store | undefined {
    return this.store;
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
  ): Promise<AccountView> {
    return this.serial(async () => {
      this.requireNoAccount();
      let seed: Uint8Array;
      if (input.mode === 'create') {
        if (!this.pendingSeed) {
          throw new AccountError('no-pending-seed', 'Generate a new account before completing it.');
        }
        seed = this.pendingSeed;
      } else {
        seed = decodePhrase(input.phrase).seed;
      }
      const sessionId = identityFromSeed(seed).sessionId;
      let key: Uint8Array | undefined;
      try {
        key = await this.opts.vault.create();
        const store = openStore({ dataDir: this.opts.dataDir, key, logger: this.log });
        try {
          store.write((tx) =>
            store.accounts.create(tx, {
              sessionId,
              seed,
              displayName: input.displayName,
              createdAt: Date.now(),
            }),
          );
        } catch (e) {
          store.close();
          throw e;
        }
        this.adopt(store);
      } catch (e) {
        // Leave the data dir as empty as we found it, so onboarding can simply be tried again.
        await this.undoCreate();
        throw e;
      } finally {
        key?.fill(0);
        seed.fill(0);
        this.pendingSeed = undefined;
      }
      this.log.info('account created', { mode: input.mode, vault: this.opts.vault.kind() });
      return this.changed();
    });
  }

  // —— lock ——

  async unlock(password: string): Promise<AccountView> {
    return this.serial(async () => {
      if (!this.locked) return this.view();
      const key = await this.checkPassword(password);
      try {
        this.openWith(key);
      } finally {
        key.fill(0);
      }
      this.locked = false;
      return this.changed();
    });
  }

  async lock(): Promise<AccountView> {
    return this.serial(() => {
      if (this.opts.vault.kind() !== 'password') {
        throw new AccountError('no-password', 'Set an app password before locking Shallot.');
      }
      if (this.store) this.closeStore();
      this.locked = true;
      return Promise.resolve(this.changed());
    });
  }

  // —— secrets and profile ——

  async revealPhrase(password: string | undefined): Promise<{ phrase: string; bip39: string }> {
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
    });
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

  async setPassword(password: string): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      if (this.opts.vault.kind() === 'password') {
        throw new AccountError('password-set', 'An app password is already set; change it instead.');
      }
      checkStrength(password);
      await this.opts.vault.protect(password);
      this.log.info('app password set');
      return this.changed();
    });
  }

  async changePassword(current: string, next: string): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      this.requirePassword();
      checkStrength(next);
      await this.limited(() => this.opts.vault.changePassword(current, next));
      this.log.info('app password changed');
      return this.changed();
    });
  }

  async removePassword(password: string): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      this.requirePassword();
      await this.limited(() => this.opts.vault.unprotect(password));
      this.log.warn('app password removed', { vault: this.opts.vault.kind() });
      return this.changed();
    });
  }

  async close(): Promise<void> {
    await this.serial(() => {
      this.pendingSeed?.fill(0);
      this.pendingSeed = undefined;
      if (this.store) this.closeStore();
      return Promise.resolve();
    });
  }

  // —— inside ——

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
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

  private openWith(key: Uint8Array): void {
    this.adopt(openStore({ dataDir: this.opts.dataDir, key, logger: this.log }));
  }

  private adopt(store: Store): void {
    this.store = store;
    this.opts.onStore?.(store);
  }

  private closeStore(): void {
    this.opts.onStore?.(undefined);
    const store = this.store;
    this.store = undefined;
    store?.close();
  }

  private async undoCreate(): Promise<void> {
    if (this.store) this.closeStore();
    try {
      await this.opts.vault.destroy();
      const db = dbPath(this.opts.dataDir);
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    } catch {
      this.log.error('could not undo a failed onboarding');
    }
  }

  private changed(): AccountView {
    const v = this.view();
    this.opts.onChange?.(v);
    return v;
  }

  private requireNoAccount(): void {
    if (this.store || this.locked || this.opts.vault.kind() !== 'none') {
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

function checkStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(
      'password-too-short',
      `An app password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
}
