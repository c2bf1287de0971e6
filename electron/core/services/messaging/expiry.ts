/**
 * Disappearing messages run out in the core, not in a view (protocol reference §11.3): one timer
 * set for the earliest deadline in the store (the partial index on `expires_at`), which deletes
 * every message due, announces them (`messages.expired` and `removed`), and sets itself for the
 * next deadline. Whatever sets a deadline calls `reschedule()` after its commit. Deadlines are in
 * network time, like the timestamps they derive from.
 */
import { errorCode } from '../../errors';
import type { DomainEventBus } from '../events';
import type { AccountSession } from '../session/account-session';
import type { TimerHandle, Timers } from '../session/timers';
import { Changes } from './changes';

/** One sweep deletes at most this many; a longer backlog takes further sweeps at once. */
const SWEEP_LIMIT = 500;
/** Timers far ahead are re-armed now and then (a sleeping laptop's clock jumps). */
const MAX_WAIT_MS = 60 * 60_000;

export class ExpiryScheduler {
  private timer: TimerHandle | undefined;
  private armedFor: number | undefined;
  private session: AccountSession | undefined;

  constructor(
    private readonly timers: Timers,
    private readonly events: DomainEventBus,
  ) {}

  start(session: AccountSession): void {
    this.session = session;
    this.reschedule();
  }

  stop(): void {
    this.session = undefined;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.armedFor = undefined;
  }

  /** Arms the timer for the earliest deadline (call after a commit that set or cleared one). */
  reschedule(): void {
    const s = this.session;
    if (!s) return;
    const next = s.store.messages.nextExpiry(s.store.read);
    if (next === undefined) return;
    if (this.armedFor !== undefined && this.armedFor <= next) return;
    this.timers.clearTimeout(this.timer);
    this.armedFor = next;
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, next - s.now()));
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  /** Deletes everything due now; returns how many went (tests call it directly). */
  sweep(): number {
    const s = this.session;
    if (!s) return 0;
    const changes = new Changes();
    let total = 0;
    for (;;) {
      const ids = s.store.messages.expired(s.store.read, s.now(), SWEEP_LIMIT);
      if (ids.length === 0) break;
      s.store.write((tx) => {
        for (const id of ids) {
          const m = s.store.messages.get(tx, id);
          if (m && s.store.messages.remove(tx, id)) changes.expiredMessage(m.conversationId, id);
        }
      });
      total += ids.length;
      if (ids.length < SWEEP_LIMIT) break;
    }
    changes.emit(this.events);
    return total;
  }

  private fire(): void {
    this.timer = undefined;
    this.armedFor = undefined;
    try {
      this.sweep();
    } catch (e) {
      this.session?.logger.warn('expiry sweep failed', { code: errorCode(e) });
    }
    this.reschedule();
  }
}
