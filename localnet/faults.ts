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
}

export function noFaults(): NodeFaults {
  return { latencyMs: 0, dropRequests: 0, dropReplies: 0, clockSkewMs: 0, force421: false };
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
