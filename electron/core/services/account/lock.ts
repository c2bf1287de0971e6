/**
 * Auto-lock in the core. The idle timer runs here, not in a window: with no window or tab open a
 * password-protected account still locks after the chosen minutes (before, it stayed open for
 * ever — issue 11, finding 4). Activity is any bridge call a user-facing client makes that the
 * contract does not mark `passive` (status polls, pings): the api calls `touch()` for those.
 * Only a password vault can lock; with a key file or keychain the timer does not run.
 */
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { TimerHandle, Timers } from '../session/timers';

export interface AutoLockOptions {
  readonly timers: Timers;
  /** The setting (0 = never). */
  readonly minutes: () => number;
  /** Whether locking is possible now (a password vault). */
  readonly canLock: () => boolean;
  readonly lock: () => Promise<unknown>;
  readonly logger: Logger;
}

export class AutoLock {
  private active = false;
  private timer: TimerHandle | undefined;
  private lastActivity = 0;
  private deadline = 0;

  constructor(private readonly opts: AutoLockOptions) {}

  /** The account opened: the idle clock starts now. */
  start(): void {
    this.active = true;
    this.touch();
  }

  /** The account closed (locked, quit): nothing left to lock. */
  stop(): void {
    this.active = false;
    this.opts.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** User activity: the idle clock starts over. */
  touch(): void {
    if (!this.active) return;
    this.lastActivity = this.opts.timers.now();
    this.arm();
  }

  /** The setting or the vault changed: re-read both (the idle time so far is kept). */
  refresh(): void {
    if (this.active) this.arm();
  }

  /** When the core will lock itself, if it will (for the UI's hint). */
  lockAt(): number | undefined {
    return this.timer === undefined ? undefined : this.deadline;
  }

  private minutesMs(): number {
    return Math.max(0, this.opts.minutes()) * 60_000;
  }

  private arm(): void {
    this.opts.timers.clearTimeout(this.timer);
    this.timer = undefined;
    const span = this.minutesMs();
    if (span === 0 || !this.opts.canLock()) return;
    this.deadline = this.lastActivity + span;
    this.timer = this.opts.timers.setTimeout(() => this.expire(), this.deadline - this.opts.timers.now());
  }

  private expire(): void {
    this.timer = undefined;
    if (!this.active) return;
    // Activity may have come in just as the timer fired.
    if (this.opts.timers.now() < this.deadline) return this.arm();
    this.opts.logger.info('auto-lock: idle time reached');
    this.opts.lock().catch((e: unknown) => this.opts.logger.warn('auto-lock failed', { code: errorCode(e) }));
  }
}
