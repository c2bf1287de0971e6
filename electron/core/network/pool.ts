import type { Logger } from '../log';
import { NetworkError } from './errors';
import type { DeadNodes } from './dead-nodes';
import { shuffle } from './path-select';
import type { Random } from './random';
import type { Snode } from './snode';
import type { NetworkStateStore } from './state-store';

/** Desktop constants (protocol reference §5.2). */
export const SNODE_FAILURE_THRESHOLD = 3;
export const MIN_POOL_SIZE = 8;
export const CONSENSUS_NODES = 3;
export const CONSENSUS_ATTEMPTS = 4;
export const MAINNET_AGREEMENT = 24;
/** A 3-hop path plus a destination outside it. */
const MIN_USABLE_POOL = 4;

/**
 * Mainnet needs 24 nodes common to three independent lists. A localnet of 8–12 nodes can never
 * reach that, so the bar is half the current pool, capped at 24: still a majority of what we know.
 */
export function agreementThreshold(poolSize: number): number {
  return Math.max(1, Math.min(MAINNET_AGREEMENT, Math.floor(poolSize / 2)));
}

export function intersectNodeLists(lists: readonly (readonly Snode[])[]): Snode[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const key = (n: Snode): string => `${n.ed25519}|${n.ip}|${n.port}`;
  const others = rest.map((l) => new Set(l.map(key)));
  return first.filter((n) => others.every((s) => s.has(key(n))));
}

export interface PoolDeps {
  readonly state: NetworkStateStore;
  readonly logger: Logger;
  readonly random: Random;
  readonly fetchSeed: () => Promise<Snode[]>;
  /** Minimum time between two seed fetches caused by a small pool. */
  readonly seedCooldownMs: number;
  /** Nodes recently found dead: kept out when a seed or consensus list names them again. */
  readonly dead: DeadNodes;
}

export class SnodePool {
  private nodes = new Map<string, Snode>();
  private failures = new Map<string, number>();
  private seeding: Promise<void> | undefined;
  private lastSeedAt = Number.NEGATIVE_INFINITY;
  private readonly dropListeners: ((ed25519: string) => void)[] = [];

  constructor(private readonly deps: PoolDeps) {
    this.setNodes(deps.state.loadSnodePool(), false);
  }

  get size(): number {
    return this.nodes.size;
  }

  list(): Snode[] {
    return [...this.nodes.values()];
  }

  get(ed25519: string): Snode | undefined {
    return this.nodes.get(ed25519);
  }

  has(ed25519: string): boolean {
    return this.nodes.has(ed25519);
  }

  onDrop(fn: (ed25519: string) => void): void {
    this.dropListeners.push(fn);
  }

  private setNodes(nodes: readonly Snode[], persist: boolean): void {
    this.nodes = new Map(shuffle(nodes, this.deps.random).map((n) => [n.ed25519, n]));
    this.failures.clear();
    if (persist) this.deps.state.saveSnodePool(this.list());
  }

  /**
   * Replaces the pool with a fresh list, minus the nodes recently found dead (unless that would
   * leave too few to build a path); failure counters start over (desktop).
   */
  replace(nodes: readonly Snode[]): void {
    const before = new Set(this.nodes.keys());
    this.setNodes(this.deps.dead.filter(nodes, MIN_USABLE_POOL), true);
    for (const k of before) if (!this.nodes.has(k)) for (const fn of this.dropListeners) fn(k);
  }

  /** Makes sure the pool is large enough to build paths, going to the seeds if it is not. */
  async ensure(): Promise<void> {
    if (this.nodes.size > MIN_POOL_SIZE) return;
    const sinceSeed = Date.now() - this.lastSeedAt;
    if (this.nodes.size >= MIN_USABLE_POOL && sinceSeed < this.deps.seedCooldownMs) return;
    try {
      await this.reseed();
    } catch (e) {
      // A small pool still builds paths; an unreachable seed must not stop us using it.
      this.lastSeedAt = Date.now();
      if (this.nodes.size < MIN_USABLE_POOL) throw e;
      this.deps.logger.warn('seed refresh failed; keeping the small pool', { size: this.nodes.size });
    }
  }

  /** One seed fetch at a time; concurrent callers share it. */
  reseed(): Promise<void> {
    this.seeding ??= (async () => {
      try {
        const nodes = await this.deps.fetchSeed();
        this.lastSeedAt = Date.now();
        this.replace(nodes);
        this.deps.logger.info('snode pool loaded from seed', { size: nodes.length });
      } finally {
        this.seeding = undefined;
      }
    })();
    return this.seeding;
  }

  /**
   * Counts a failure against a node; at the threshold it leaves the pool. Returns true when dropped.
   * `dead`: the failures show it does not answer (remembered as dead); a node that answers wrongly
   * (421 storms) leaves the pool but may come back with the next list.
   */
  recordFailure(ed25519: string, opts: { dead?: boolean } = {}): boolean {
    if (!this.nodes.has(ed25519)) return false;
    const n = (this.failures.get(ed25519) ?? 0) + 1;
    this.failures.set(ed25519, n);
    if (n >= SNODE_FAILURE_THRESHOLD) {
      this.drop(ed25519, { dead: opts.dead ?? false });
      return true;
    }
    return false;
  }

  recordSuccess(ed25519: string): void {
    this.failures.delete(ed25519);
  }

  /** Takes a node out of the pool and, unless told otherwise, remembers it as dead for a while. */
  drop(ed25519: string, opts: { dead?: boolean } = {}): void {
    if (opts.dead ?? true) this.deps.dead.mark(ed25519);
    if (!this.nodes.delete(ed25519)) return;
    this.failures.delete(ed25519);
    this.deps.state.saveSnodePool(this.list());
    this.deps.logger.info('snode dropped from pool', { size: this.nodes.size });
    for (const fn of this.dropListeners) fn(ed25519);
  }

  /**
   * The hourly refresh: ask 3 random pool nodes (through onion paths) for the service node list and
   * keep only the nodes all three agree on; too little agreement, or no answers, means the seeds.
   */
  async refreshByConsensus(query: (via: Snode) => Promise<Snode[]>): Promise<'consensus' | 'seed'> {
    if (this.nodes.size >= CONSENSUS_NODES + 1) {
      const needed = agreementThreshold(this.nodes.size);
      for (let attempt = 0; attempt < CONSENSUS_ATTEMPTS; attempt++) {
        const askers = shuffle(this.list(), this.deps.random).slice(0, CONSENSUS_NODES);
        try {
          const lists = await Promise.all(askers.map((n) => query(n)));
          const common = intersectNodeLists(lists);
          if (common.length >= needed) {
            this.replace(common);
            this.deps.logger.info('snode pool refreshed by consensus', { size: common.length });
            return 'consensus';
          }
          this.deps.logger.warn('snode lists disagree', { common: common.length, needed });
        } catch (e) {
          if (e instanceof NetworkError && e.code === 'closed') throw e;
          this.deps.logger.warn('snode list query failed', {
            attempt,
            code: e instanceof NetworkError ? e.code : 'error',
          });
        }
      }
    }
    await this.reseed();
    return 'seed';
  }
}
