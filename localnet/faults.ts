import { createRng, type Rng } from './rng';

/** Per-node fault settings a test can change at any time. */
export interface NodeFaults {
  /** Added before a client-facing request is handled. */
  latencyMs: number;
  /** Fraction (0…1) of client-facing requests whose connection is cut before handling. */
  dropRequests: number;
  /** Fraction (0…1) of client-facing requests that are handled but whose reply is never sent. */
  dropReplies: number;
  /** Added to the node's clock (ms; negative = behind). */
  clockSkewMs: number;
  /** The node believes no pubkey belongs to its swarm and answers 421 with the right swarm. */
  force421: boolean;
  /**
   * How long the node waits on an unreachable swarm peer before giving up on it, so a store (or
   * delete, expire) to a swarm with a dead member answers only after this. 0: at once.
   */
  peerFailureDelayMs: number;
  /** How long the node holds an onion request whose next hop is unreachable before its 504. 0: at once. */
  relayFailureDelayMs: number;
}

export function noFaults(): NodeFaults {
  return {
    latencyMs: 0,
    dropRequests: 0,
    dropReplies: 0,
    clockSkewMs: 0,
    force421: false,
    peerFailureDelayMs: 0,
    relayFailureDelayMs: 0,
  };
}

/**
 * How slowly real storage servers fail, as measured against session-storage-server on loopback
 * (issue 17): a store waits out its 5 s request timeout for each dead swarm peer
 * (`distribute_command`, `request_timeout{5s}` in oxenss/rpc/request_handler.cpp, GPL-3.0), and a
 * relay to a dead next hop answers 504 only after about 30 s. localnet fails at once unless told.
 */
export const REAL_FAILURE_DELAYS = { peerFailureDelayMs: 5_000, relayFailureDelayMs: 30_000 } as const;

/** What the network did that a test may want to know happened (counts since start). */
export interface NetworkStats {
  /** Onion requests whose next hop could not be reached (each answered 504). */
  relayFailures: number;
  /** Onion requests naming a next hop the network does not know (each answered 502). */
  unknownNextHops: number;
}

export function noStats(): NetworkStats {
  return { relayFailures: 0, unknownNextHops: 0 };
}

/** A fault's pause; it never keeps the process alive on its own (a held request may outlive a test). */
export function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms).unref()) : Promise.resolve();
}

/** One seeded RNG shared by every node, so a run's drop pattern is reproducible from its seed. */
export class FaultRandom {
  private rng: Rng;

  constructor(seed: number) {
    this.rng = createRng(seed);
  }

  reseed(seed: number): void {
    this.rng = createRng(seed);
  }

  /** True with probability `p`; consumes no randomness when p is 0 or 1. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.rng.next() < p;
  }
}
