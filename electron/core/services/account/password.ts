/**
 * The app password, and every call into the key vault that involves one, in one place: checking a
 * password (unlock, revealing the phrase) under the attempt limiter, and setting, changing and
 * removing it. `set` is where a key file gives way to a password vault, and `remove` where it comes
 * back: both re-key the database (issue 11), through the `rekey` the caller hands in.
 */
import type { Logger } from '../../log';
import { VaultError } from '../../store';
import { checkPasswordStrength } from '../../store/vault/kdf';
import { AccountError } from './account-error';
import { AttemptLimiter, type AttemptLimiterOptions } from './attempt-limiter';
import type { KeyVault, RekeyWith } from './key-vault';

export class Passwords {
  private readonly limiter: AttemptLimiter;

  constructor(
    private readonly vault: KeyVault,
    private readonly log: Logger,
    limiter: AttemptLimiterOptions | undefined,
    /** Told when a wrong password changed the limiter's pause (the view shows it). */
    private readonly onLimited: () => void,
  ) {
    this.limiter = new AttemptLimiter(limiter);
  }

  get isSet(): boolean {
    return this.vault.kind() === 'password';
  }

  retryAfterSeconds(): number {
    return this.limiter.retryAfterSeconds();
  }

  /** The database key from the password vault; a wrong password counts against the limiter. */
  unlockKey(password: string): Promise<Uint8Array> {
    return this.limited(() => this.vault.unlock(password));
  }

  /** Checks the password (before a secret is shown) without keeping the key. */
  async verify(password: string | undefined): Promise<void> {
    if (password === undefined || password === '') {
      throw new AccountError('password-required', 'Enter the app password to see the recovery phrase.');
    }
    (await this.unlockKey(password)).fill(0);
  }

  async set(password: string, how: RekeyWith): Promise<void> {
    if (this.isSet)
      throw new AccountError('password-set', 'An app password is already set; change it instead.');
    checkPasswordStrength(password);
    await this.vault.protect(password, how);
    this.log.info('app password set');
  }

  async change(current: string, next: string): Promise<void> {
    this.require();
    checkPasswordStrength(next);
    await this.limited(() => this.vault.changePassword(current, next));
    this.log.info('app password changed');
  }

  async remove(password: string, how: RekeyWith): Promise<void> {
    this.require();
    await this.limited(() => this.vault.unprotect(password, how));
    this.log.warn('app password removed', { vault: this.vault.kind() });
  }

  private require(): void {
    if (!this.isSet) throw new AccountError('no-password', 'No app password is set.');
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
        this.onLimited();
      }
      throw e;
    }
  }
}
