/**
 * Timers that move only when a test says so: `advance(ms)` runs every timer due on the way, in
 * order of their time. Lets a test cross a 1-minute auto-lock or an outbox backoff instantly.
 */
import type { TimerHandle, Timers } from '../../electron/core/services/session/timers';

type Entry = { at: number; seq: number; fn: () => void };

export class ManualTimers implements Timers {
  private t: number;
  private seq = 0;
  private readonly pending = new Map<number, Entry>();

  constructor(start = 1_800_000_000_000) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const seq = ++this.seq;
    this.pending.set(seq, { at: this.t + Math.max(0, ms), seq, fn });
    return seq as unknown as TimerHandle;
  }

  clearTimeout(handle: TimerHandle | undefined): void {
    if (handle !== undefined) this.pending.delete(handle as unknown as number);
  }

  /** Timers waiting to fire. */
  get size(): number {
    return this.pending.size;
  }

  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const next = [...this.pending.values()]
        .filter((e) => e.at <= end)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.pending.delete(next.seq);
      this.t = next.at;
      next.fn();
    }
    this.t = end;
  }
}
