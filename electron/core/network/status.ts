import { EventEmitter } from 'node:events';

/** What the UI shows about the network (path indicator, offline banner, clock warning). */
export type NetworkState = 'connecting' | 'online' | 'offline' | 'clock-skew';

export interface NetworkStatus {
  readonly state: NetworkState;
  /** Each onion path as its hops' `ip:port`, guard first. */
  readonly paths: readonly (readonly string[])[];
  readonly poolSize: number;
  /** local − network clock, ms. */
  readonly clockOffsetMs: number;
}

export interface NetworkEvents {
  status: [NetworkStatus];
}

/** Runs after every request (success refreshes the path view): compared in place, not via JSON. */
function samePaths(a: NetworkStatus['paths'], b: NetworkStatus['paths']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** A typed EventEmitter: `on('status', s => …)` returns an unsubscribe function. */
export class StatusEmitter {
  private readonly ee = new EventEmitter();
  private current: NetworkStatus = { state: 'connecting', paths: [], poolSize: 0, clockOffsetMs: 0 };

  on<K extends keyof NetworkEvents>(event: K, fn: (...args: NetworkEvents[K]) => void): () => void {
    this.ee.on(event, fn as (...args: unknown[]) => void);
    return () => this.ee.off(event, fn as (...args: unknown[]) => void);
  }

  get status(): NetworkStatus {
    return this.current;
  }

  update(patch: Partial<NetworkStatus>): void {
    const next = { ...this.current, ...patch };
    const same =
      next.state === this.current.state &&
      next.poolSize === this.current.poolSize &&
      next.clockOffsetMs === this.current.clockOffsetMs &&
      samePaths(next.paths, this.current.paths);
    this.current = next;
    if (!same) this.ee.emit('status', next);
  }

  removeAll(): void {
    this.ee.removeAllListeners();
  }
}
