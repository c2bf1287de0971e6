/**
 * The one account of a data dir, as the api sees it: its state (no account, locked, ready), and the
 * actions that change it, one at a time. The work is done by its parts — the store's life
 * (account-store.ts), onboarding's seeds (onboarding.ts), the app password and every vault call
 * (password.ts) and the idle lock (lock.ts). The database is open exactly while the state is
 * 'ready', and the account session runs on it meanwhile.
 */
import type { Logger } from '../../log';
import { bip39FromSeed, phraseFromSeed } from '../../protocol';
import { errorCode } from '../../errors';
import type { Store, WriteDb } from '../../store';
import { vaultPath } from '../../store/vault';
import { existsSync } from 'node:fs';
import { AccountError } from './account-error';
import { AccountStore, type SessionLifecycle } from './account-store';
import type { AttemptLimiterOptions } from './attempt-limiter';
import type { KeyVault, VaultKind } from './key-vault';
import { AutoLock } from './lock';
import { PendingSeeds, SEED_BYTES, validatePhrase, type CompleteInput, type PhraseCheck } from './onboarding';
import { readOnboardingMarker, releaseOnboarding } from './onboarding-marker';
import { Passwords } from './password';
import { sessionIdQrSvg } from './qr';
import { realTimers, type Timers } from '../session/timers';

export type { PhraseCheck, CompleteInput } from './onboarding';
export type { SessionLifecycle } from './account-store';

export type AccountStateKind = 'no-account' | 'locked' | 'ready';

export type AccountView = {
  state: AccountStateKind;
  sessionId?: string;
  displayName?: string;
  vault: VaultKind;
  retryAfterSeconds?: number;
};

declare module '../events' {
  interface DomainEvents {
    /** Any change of lock state, account or display name; carries no secret. */
    'account.changed': AccountView;
  }
}

/** Config sync's part in onboarding and the profile; absent, restore takes only the given name. */
export interface ProfileSync {
  /** The first fetch after a restore: resolves once the configs are in or the wait is over. */
  restore(signal?: AbortSignal): Promise<unknown>;
  /** Inside the transaction that changed our display name: the profile config follows. */
  changed(tx: WriteDb): void;
}

export type AccountServiceOptions = {
  dataDir: string;
  vault: KeyVault;
  logger: Logger;
  limiter?: AttemptLimiterOptions;
  /** Told about every state change (the core turns it into `account.changed`). */
  onChange?: (view: AccountView) => void;
  /** What runs on the open store: the account session and its modules. */
  sessions?: SessionLifecycle;
  /** The auto-lock setting in minutes (0 = never); without it the core never locks by itself. */
  autoLockMinutes?: () => number;
  timers?: Timers;
  profileSync?: () => ProfileSync | undefined;
};

export class AccountService {
  private readonly opts: AccountServiceOptions;
  private readonly log: Logger;
  private readonly stores: AccountStore;
  private readonly seeds = new PendingSeeds();
  private readonly passwords: Passwords;
  private readonly autoLock: AutoLock;
  private locked = false;
  /** One state change at a time: unlock, lock, onboarding and password changes never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(opts: AccountServiceOptions) {
    this.opts = opts;
    this.log = opts.logger.child('account');
    this.stores = new AccountStore(opts.dataDir, opts.vault, this.log, opts.sessions);
    this.passwords = new Passwords(opts.vault, this.log, opts.limiter, () => this.changed());
    this.autoLock = new AutoLock({
      timers: opts.timers ?? realTimers,
      minutes: opts.autoLockMinutes ?? (() => 0),
      canLock: () => this.passwords.isSet,
      lock: () => this.lock(),
      logger: this.log,
    });
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
        if (marker === 'stale') await this.stores.clearUnfinished({ vault: false });
      } else if (marker === 'live') {
        // Another process is onboarding here right now: touch nothing, open nothing.
        this.log.warn('another process is creating an account in this data folder');
      } else {
        await this.stores.openExisting(() => this.opts.vault.open(), marker === 'stale');
        this.opened();
      }
      this.log.info('account state', { state: this.view().state, vault: kind });
      return this.view();
    });
  }

  view(): AccountView {
    const vault = this.opts.vault.kind();
    const store = this.stores.store;
    const account = store?.accounts.profile(store.read);
    if (account) {
      return {
        state: 'ready',
        sessionId: account.sessionId,
        ...(account.displayName ? { displayName: account.displayName } : {}),
        vault,
      };
    }
    if (this.locked) {
      const wait = this.passwords.retryAfterSeconds();
      return { state: 'locked', vault, ...(wait > 0 ? { retryAfterSeconds: wait } : {}) };
    }
    return { state: 'no-account', vault };
  }

  isLocked(): boolean {
    return this.locked;
  }

  /** A user-facing client did something: the auto-lock's idle time starts over. */
  touch(): void {
    this.autoLock.touch();
  }

  /** The auto-lock setting changed. */
  autoLockChanged(): void {
    this.autoLock.refresh();
  }

  // —— onboarding ——

  /** A fresh seed for an onboarding; several may be pending (one per window), each by its Session ID. */
  generate(): { sessionId: string; phrase: string } {
    this.requireNoAccount();
    return this.seeds.generate();
  }

  validatePhrase(phrase: string): PhraseCheck {
    return validatePhrase(phrase);
  }

  async complete(input: CompleteInput, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireNoAccount();
      const seed = this.seeds.seedFor(input);
      const restore = input.mode === 'restore';
      try {
        // A restored account takes its name from the network; the one given is the fallback.
        await this.stores.create(seed, restore ? null : input.displayName);
      } finally {
        seed.fill(0);
      }
      this.seeds.clear();
      if (restore) await this.afterRestore(input.displayName, signal);
      this.opened();
      this.log.info('account created', { mode: input.mode, vault: this.opts.vault.kind() });
      return this.changed();
    }, signal);
  }

  /**
   * Restores the account of `phrase` from elsewhere (a backup file): `install` gets the seed and
   * the new database key and leaves the complete database in the data folder (account-store.ts,
   * `restore`). Any failure leaves the folder as it was.
   */
  async restoreFrom(
    phrase: string,
    install: (seed: Uint8Array, key: Uint8Array) => Promise<void>,
    signal?: AbortSignal,
  ): Promise<AccountView> {
    return this.serial(async () => {
      this.requireNoAccount();
      const seed = this.seeds.seedFor({ mode: 'restore', phrase, displayName: '' });
      try {
        await this.stores.restore((key) => install(seed, key));
      } finally {
        seed.fill(0);
      }
      this.seeds.clear();
      this.opened();
      this.log.info('account restored from a backup', { vault: this.opts.vault.kind() });
      return this.changed();
    }, signal);
  }

  // —— lock ——

  async unlock(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      if (!this.locked) return this.view();
      await this.stores.openExisting(() => this.passwords.unlockKey(password), false);
      this.locked = false;
      this.opened();
      return this.changed();
    }, signal);
  }

  async lock(): Promise<AccountView> {
    return this.serial(async () => {
      if (!this.passwords.isSet) {
        throw new AccountError('no-password', 'Set an app password before locking Shallot.');
      }
      await this.closeStore();
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
      if (this.passwords.isSet) await this.passwords.verify(password);
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
    this.writeName(store, displayName);
    return this.changed();
  }

  // —— app password ——

  async setPassword(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      await this.passwords.set(password, { rekey: (key) => this.requireReady().rekey(key) });
      this.autoLock.refresh();
      return this.changed();
    }, signal);
  }

  async changePassword(current: string, next: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      await this.passwords.change(current, next);
      return this.changed();
    }, signal);
  }

  async removePassword(password: string, signal?: AbortSignal): Promise<AccountView> {
    return this.serial(async () => {
      this.requireReady();
      await this.passwords.remove(password, { rekey: (key) => this.requireReady().rekey(key) });
      this.autoLock.refresh();
      return this.changed();
    }, signal);
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      this.seeds.clear();
      await this.closeStore();
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

  private writeName(store: Store, displayName: string): void {
    store.write((tx) => {
      store.accounts.setDisplayName(tx, displayName);
      this.opts.profileSync?.()?.changed(tx);
    });
  }

  /**
   * Waits for the configs of a restored account (its name, contacts, chats come back before the
   * main screen); without a name from the network, the one the user gave (if any) is taken.
   */
  private async afterRestore(fallbackName: string | undefined, signal?: AbortSignal): Promise<void> {
    const store = this.requireReady();
    try {
      await this.opts.profileSync?.()?.restore(signal);
    } catch (e) {
      this.log.warn('restore fetch failed; the account opens as it is', { code: errorCode(e) });
    }
    if (fallbackName && !store.accounts.profile(store.read)?.displayName) this.writeName(store, fallbackName);
  }

  /** The store is open (and the session on it running): the idle clock starts. */
  private opened(): void {
    if (this.stores.store) this.autoLock.start();
  }

  private async closeStore(): Promise<void> {
    this.autoLock.stop();
    await this.stores.close();
  }

  private changed(): AccountView {
    const v = this.view();
    this.opts.onChange?.(v);
    return v;
  }

  /** Asks the disk, not the vault kind read at start: another process may have onboarded since. */
  private requireNoAccount(): void {
    if (
      this.stores.store ||
      this.locked ||
      this.opts.vault.kind() !== 'none' ||
      existsSync(vaultPath(this.opts.dataDir))
    ) {
      throw new AccountError('account-exists', 'This data folder already holds an account.');
    }
  }

  private requireReady(): Store {
    const store = this.stores.store;
    if (!store) throw this.notReady();
    return store;
  }

  private notReady(): AccountError {
    return this.locked
      ? new AccountError('locked', 'Shallot is locked.')
      : new AccountError('no-account', 'There is no account yet.');
  }
}
