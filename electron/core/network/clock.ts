/**
 * Network time (protocol reference §11.1): every storage reply carries the node's clock `t`, and
 * signatures and store timestamps use network time, so a skewed local clock still works.
 *
 * Desktop averages the last 10 offsets `local − t` taken when each reply arrived. That lets one
 * node move the app's time anywhere (a mean has no breakdown point) and leaves half the round trip
 * in every sample (a store that waited 1 s on the server read as +0.5 s). Here:
 *  - a sample is the offset at the request's midpoint, `(sent + received) / 2 − t`, so the round
 *    trip cancels when the way there and back take alike;
 *  - each node keeps one sample (its latest) and the estimate is their median, so one node's
 *    clock — however far off — moves nothing once three nodes were heard;
 *  - a sample from a request slower than `maxRttMs` (default 3 s) is refused once the clock has any
 *    sample: a node stamps `t` when it starts on a request, so a store that waited 5 s for dead
 *    swarm peers is off by half of that even at the midpoint;
 *  - a sample beyond ±`maxOffsetMs` from the local clock is refused outright (default 48 h: wider
 *    than any time-zone mistake, far narrower than the years a hostile node could claim).
 */
const DEFAULT_SOURCES = 10;
const DEFAULT_MAX_OFFSET_MS = 48 * 60 * 60_000;
const DEFAULT_MAX_RTT_MS = 3_000;
/** Replies claiming a time before 2021-01-01 are not clocks (desktop ignores them too). */
const MIN_PLAUSIBLE_T = 1_609_419_600_000;

/** When the request was sent and its reply received, by the local clock. */
export interface RequestTiming {
  readonly sentAt: number;
  readonly receivedAt: number;
}

export interface NetworkClockOptions {
  /** Samples kept, one per node (default 10). */
  readonly sources?: number;
  readonly maxOffsetMs?: number;
  readonly maxRttMs?: number | undefined;
}

export class NetworkClock {
  /** Node → its latest offset; insertion order is age, so the oldest node is dropped first. */
  private readonly offsets = new Map<string, number>();
  private readonly sources: number;
  private readonly maxOffsetMs: number;
  private readonly maxRttMs: number;
  private estimate = 0;

  constructor(
    private readonly local: () => number = Date.now,
    opts: NetworkClockOptions = {},
  ) {
    this.sources = opts.sources ?? DEFAULT_SOURCES;
    this.maxOffsetMs = opts.maxOffsetMs ?? DEFAULT_MAX_OFFSET_MS;
    this.maxRttMs = opts.maxRttMs ?? DEFAULT_MAX_RTT_MS;
  }

  /**
   * Records a server timestamp from `node` (its Ed25519 key; requests not tied to one node pass
   * nothing and share one slot); returns false when it was refused.
   */
  record(serverNowMs: unknown, timing?: RequestTiming, node = ''): boolean {
    if (typeof serverNowMs !== 'number' || !Number.isFinite(serverNowMs) || serverNowMs <= MIN_PLAUSIBLE_T)
      return false;
    if (timing && timing.receivedAt - timing.sentAt > this.maxRttMs && this.offsets.size > 0) return false;
    const at = timing ? timing.sentAt + (timing.receivedAt - timing.sentAt) / 2 : this.local();
    const offset = Math.round(at - serverNowMs);
    if (Math.abs(offset) > this.maxOffsetMs) return false;
    this.offsets.delete(node);
    this.offsets.set(node, offset);
    if (this.offsets.size > this.sources) this.offsets.delete(this.offsets.keys().next().value!);
    this.estimate = median([...this.offsets.values()]);
    return true;
  }

  /** How many nodes' samples the estimate stands on. */
  get samples(): number {
    return this.offsets.size;
  }

  /** `local − network`, in ms (0 until the first sample). */
  get offsetMs(): number {
    return this.estimate;
  }

  now(): number {
    return this.local() - this.estimate;
  }

  /** The local clock the samples are measured on (request timings must use the same one). */
  localNow(): number {
    return this.local();
  }

  /** Forget every sample, e.g. when the nodes tell us our clock is off (it jumped since). */
  reset(): void {
    this.offsets.clear();
    this.estimate = 0;
  }
}

/** The middle value; for an even count the floored mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.floor((sorted[mid - 1]! + sorted[mid]!) / 2);
}
