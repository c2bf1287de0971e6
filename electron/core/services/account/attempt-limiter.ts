import { AccountError } from './account-error';

export type AttemptLimiterOptions = {
  now?: () => number;
  /** Wrong attempts allowed back to back before the pauses start. */
  freeAttempts?: number;
  /** The first pause; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
};

/**
 * Slows down password guessing through the UI: after a few wrong attempts, each further attempt
 * must wait an exponentially growing pause. (An attacker with the files runs the KDF offline; this
 * is about the person at the keyboard, so it is kept in memory only.)
 */
export class AttemptLimiter {
  private readonly now: () => number;
  private readonly free: number;
  private readonly base: number;
  private readonly max: number;
  private failures = 0;
  private notBefore = 0;

  constructor(options: AttemptLimiterOptions = {}) {
    this.now = options.now ?? Date.now;
    this.free = options.freeAttempts ?? 3;
    this.base = options.baseDelayMs ?? 5_000;
    this.max = options.maxDelayMs ?? 15 * 60_000;
  }

  /** Seconds until the next attempt is accepted; 0 when it is accepted now. */
  retryAfterSeconds(): number {
    return Math.max(0, Math.ceil((this.notBefore - this.now()) / 1000));
  }

  /** Throws `rate-limited` while a pause is running. */
  check(): void {
    const wait = this.retryAfterSeconds();
    if (wait > 0) {
      throw new AccountError(
        'rate-limited',
        `Too many wrong passwords. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
      );
    }
  }

  failed(): void {
    this.failures += 1;
    const over = this.failures - this.free;
    if (over >= 0) {
      this.notBefore = this.now() + Math.min(this.max, this.base * 2 ** Math.min(over, 30));
    }
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
