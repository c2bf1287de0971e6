/**
 * A short memory of nodes that proved dead (refused a direct probe, unknown to their predecessor,
 * dropped after repeated failures). Real networks keep listing such nodes — in `get_swarm` replies
 * and in every seed or consensus list — for hours after they died; without this memory each reseed
 * brings them straight back and every operation pays another timeout to rediscover them.
 */
export interface DeadNodeOptions {
  /** How long a node stays remembered (default 30 minutes: long enough to cover several reseeds). */
  readonly ttlMs?: number;
  /** At most this many are remembered; the oldest go first. */
  readonly max?: number;
  readonly now?: () => number;
}

export class DeadNodes {
  private readonly until = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(opts: DeadNodeOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 30 * 60_000;
    this.max = opts.max ?? 1024;
    this.now = opts.now ?? Date.now;
  }

  mark(ed25519: string): void {
    this.until.delete(ed25519);
    this.until.set(ed25519, this.now() + this.ttlMs);
    if (this.until.size > this.max) this.until.delete(this.until.keys().next().value!);
  }

  /** A node that answered after all is alive again. */
  forget(ed25519: string): void {
    this.until.delete(ed25519);
  }

  isDead(ed25519: string): boolean {
    const t = this.until.get(ed25519);
    if (t === undefined) return false;
    if (t > this.now()) return true;
    this.until.delete(ed25519);
    return false;
  }

  get size(): number {
    return this.until.size;
  }

  /**
   * `nodes` without the remembered dead ones — unless fewer than `keepAtLeast` would be left, in
   * which case the list is kept whole: a guess that some came back beats having nothing to ask.
   */
  filter<T extends { readonly ed25519: string }>(nodes: readonly T[], keepAtLeast = 1): T[] {
    const alive = nodes.filter((n) => !this.isDead(n.ed25519));
    return alive.length >= Math.min(keepAtLeast, nodes.length) ? alive : [...nodes];
  }
}
