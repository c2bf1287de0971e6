import type { Logger } from '../log';
import { NetworkError, asNetworkError } from './errors';
import type { DeadNodes } from './dead-nodes';
import { shuffle } from './path-select';
import type { SnodePool } from './pool';
import type { Random } from './random';
import type { Snode } from './snode';
import type { NetworkStateStore } from './state-store';
import type { SwarmPubkey } from './swarm-auth';

/** A cached swarm is reused while this many of its members are still usable (desktop: 3). */
export const MIN_SWARM_MEMBERS = 3;

interface Entry {
  members: Snode[];
  /** Size when fetched: a localnet swarm may be smaller than 3 from the start. */
  fetchedSize: number;
}

export interface SwarmDeps {
  readonly pool: SnodePool;
  readonly state: NetworkStateStore;
  readonly logger: Logger;
  readonly random: Random;
  /** get_swarm through an onion path to `via`. */
  readonly fetchSwarm: (via: Snode, pubkey: SwarmPubkey) => Promise<Snode[]>;
  /** Nodes recently found dead: `get_swarm` keeps listing them long after they died. */
  readonly dead: DeadNodes;
}

/** The swarm (storage nodes) of each pubkey (protocol reference §5.3), cached and persisted. */
export class SwarmCache {
  private readonly mem = new Map<SwarmPubkey, Entry>();
  private readonly fetching = new Map<SwarmPubkey, Promise<Snode[]>>();

  constructor(private readonly deps: SwarmDeps) {
    deps.pool.onDrop((ed) => this.forgetNode(ed));
  }

  private usable(e: Entry): boolean {
    return e.members.length > 0 && e.members.length >= Math.min(MIN_SWARM_MEMBERS, e.fetchedSize);
  }

  private cached(pubkey: SwarmPubkey): Entry | undefined {
    const inMem = this.mem.get(pubkey);
    if (inMem) return inMem;
    const stored = this.deps.state.loadSwarm(pubkey);
    if (!stored) return undefined;
    const members = this.deps.dead.filter(
      stored.map((ed) => this.deps.pool.get(ed)).filter((n): n is Snode => n !== undefined),
    );
    const e = { members, fetchedSize: stored.length };
    this.mem.set(pubkey, e);
    return e;
  }

  async get(pubkey: SwarmPubkey): Promise<Snode[]> {
    const e = this.cached(pubkey);
    if (e && this.usable(e)) return [...e.members];
    let p = this.fetching.get(pubkey);
    if (!p) {
      p = this.fetch(pubkey).finally(() => this.fetching.delete(pubkey));
      this.fetching.set(pubkey, p);
    }
    return [...(await p)];
  }

  /** Desktop: up to 4 random pool nodes, a few tries each. */
  private async fetch(pubkey: SwarmPubkey): Promise<Snode[]> {
    await this.deps.pool.ensure();
    let last: NetworkError | undefined;
    const vias = shuffle(this.deps.pool.list(), this.deps.random).slice(0, 4);
    for (const via of vias) {
      for (let i = 0; i < 2; i++) {
        try {
          const nodes = await this.deps.fetchSwarm(via, pubkey);
          if (nodes.length === 0) throw new NetworkError('bad-response', 'The swarm reply lists no nodes.');
          return this.set(pubkey, nodes);
        } catch (e) {
          last = asNetworkError(e);
          if (!last.retryable) throw last;
        }
      }
    }
    throw last ?? new NetworkError('pool');
  }

  /** A swarm as a node reported it, minus members recently found dead (unless none would be left). */
  set(pubkey: SwarmPubkey, nodes: readonly Snode[]): Snode[] {
    const members = shuffle(this.deps.dead.filter(nodes), this.deps.random);
    this.mem.set(pubkey, { members, fetchedSize: members.length });
    this.deps.state.saveSwarm(
      pubkey,
      members.map((n) => n.ed25519),
    );
    return [...members];
  }

  /** A member answered 421 with no replacement list, or vanished: stop asking it for this pubkey. */
  remove(pubkey: SwarmPubkey, ed25519: string): void {
    const e = this.cached(pubkey);
    if (!e) return;
    e.members = e.members.filter((n) => n.ed25519 !== ed25519);
    this.deps.state.saveSwarm(
      pubkey,
      e.members.map((n) => n.ed25519),
    );
  }

  forgetNode(ed25519: string): void {
    for (const [pubkey, e] of this.mem) {
      if (e.members.some((n) => n.ed25519 === ed25519)) this.remove(pubkey, ed25519);
    }
  }

  /** After a pool refresh: members no longer in the pool leave every cached swarm. */
  pruneToPool(): void {
    for (const e of this.mem.values()) e.members = e.members.filter((n) => this.deps.pool.has(n.ed25519));
  }
}
