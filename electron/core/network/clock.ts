/**
 * Network time (protocol reference §11.1): every storage reply carries the node's clock `t`; the
 * client keeps the last 10 offsets `local − t` and subtracts their floored mean from the local
 * clock. Signatures and store timestamps use this time, so a skewed local clock still works.
 */
const RING = 10;
/** Replies claiming a time before 2021-01-01 are not clocks (desktop ignores them too). */
const MIN_PLAUSIBLE_T = 1_609_419_600_000;

export class NetworkClock {
  private readonly offsets: number[] = [];
  private next = 0;

  constructor(private readonly local: () => number = Date.now) {}

  /** Records a server timestamp; returns false when it was ignored. */
  record(serverNowMs: unknown): boolean {
    if (typeof serverNowMs !== 'number' || !Number.isFinite(serverNowMs) || serverNowMs <= MIN_PLAUSIBLE_T)
      return false;
    const offset = this.local() - serverNowMs;
    if (this.offsets.length < RING) this.offsets.push(offset);
    else this.offsets[this.next] = offset;
    this.next = (this.next + 1) % RING;
    return true;
  }

  get samples(): number {
    return this.offsets.length;
  }

  /** `local − network`, in ms (0 until the first sample). */
  get offsetMs(): number {
    if (this.offsets.length === 0) return 0;
    let sum = 0;
    for (const o of this.offsets) sum += o;
    return Math.floor(sum / this.offsets.length);
  }

  now(): number {
    return this.local() - this.offsetMs;
  }

  /** Forget old samples, e.g. after the server told us our clock is off. */
  reset(): void {
    this.offsets.length = 0;
    this.next = 0;
  }
}
