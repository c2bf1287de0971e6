import { errorCode } from '../errors';
import type { Logger } from '../log';
import { NetworkError } from './errors';
import { findFailedHop } from './path-diagnosis';
import { buildPath, replaceHop, shuffle, type SelectOptions } from './path-select';
import type { SnodePool } from './pool';
import { subnet24, type Snode } from './snode';
import type { Random } from './random';
import type { NetworkStateStore } from './state-store';

/** Desktop constants (protocol reference §5.2, §5.4). */
export const ONION_HOPS = 3;
export const DESIRED_GUARDS = 2;
export const PATH_FAILURE_THRESHOLD = 3;
const GUARD_ROUNDS = 6;
const SHORT_BUILD_RETRY_MS = 10_000;

export interface OnionPath {
  readonly id: number;
  hops: Snode[];
  failures: number;
  /**
   * Destinations of this path's failures since its last success. Which of path or destination was
   * at fault is known only once the path is taken apart: if every hop answers, these were.
   */
  failedDestinations: string[];
}

export interface PathDeps {
  readonly pool: SnodePool;
  readonly state: NetworkStateStore;
  readonly logger: Logger;
  readonly random: Random;
  readonly subnetDiversity: boolean;
  /** Direct (non-onion) probe of a guard candidate; resolves true when it answered 2xx. */
  readonly probe: (node: Snode) => Promise<boolean>;
  /** An onion request over exactly `hops` to `dest` (how a suspect path is taken apart). */
  readonly probeVia: (hops: readonly Snode[], dest: Snode) => Promise<boolean>;
  readonly onChange: () => void;
}

/**
 * Guard nodes and the onion paths built on them. Guards are probed directly before use and
 * remembered across runs. A path that fails 3 times is set aside and taken apart
 * (`findFailedHop`): only the hop that does not answer leaves the pool — a dead guard takes its
 * path with it, a dead middle or exit is replaced — and a path whose hops all answer comes back.
 * While that runs, its nodes are suspects: no new path is built through them.
 */
export class PathManager {
  private list: OnionPath[] = [];
  private guards: Snode[] = [];
  private building: Promise<void> | undefined;
  private nextId = 1;
  private lastShortBuild = 0;
  private readonly suspects = new Set<string>();
  private readonly diagnosing = new Set<Promise<void>>();
  lastBuildMs = 0;

  constructor(private readonly deps: PathDeps) {
    deps.pool.onDrop((ed) => this.forgetNode(ed));
  }

  private get opts(): SelectOptions {
    return { hops: ONION_HOPS, subnetDiversity: this.deps.subnetDiversity, random: this.deps.random };
  }

  paths(): readonly OnionPath[] {
    return this.list;
  }

  guardKeys(): string[] {
    return this.guards.map((g) => g.ed25519);
  }

  /** Builds missing paths (one build at a time; concurrent callers share it). */
  async ensure(): Promise<void> {
    // Every path is being diagnosed: its outcome (a path back, or a dead node out) comes first.
    while (this.list.length === 0 && this.diagnosing.size > 0) await Promise.race([...this.diagnosing]);
    if (this.list.length >= DESIRED_GUARDS) return;
    // One working path is enough for a while: don't re-probe the pool on every request.
    if (this.list.length > 0 && Date.now() - this.lastShortBuild < SHORT_BUILD_RETRY_MS) return;
    this.building ??= this.build().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    await this.deps.pool.ensure();
    const pool = this.deps.pool;
    if (this.guards.length === 0) {
      this.guards = this.deps.state
        .loadGuards()
        .map((ed) => pool.get(ed))
        .filter((n): n is Snode => n !== undefined)
        .slice(0, DESIRED_GUARDS);
    }
    this.guards = this.guards.filter((g) => pool.has(g.ed25519));
    if (this.guards.length < DESIRED_GUARDS) await this.findGuards();
    if (this.guards.length === 0) {
      throw new NetworkError('unreachable', 'No guard node answered; the network seems unreachable.');
    }
    const withPath = new Set(this.list.map((p) => p.hops[0]!.ed25519));
    const used = new Set(this.list.flatMap((p) => p.hops.map((n) => n.ed25519)));
    for (const g of this.guards) used.add(g.ed25519);
    for (const s of this.suspects) used.add(s);
    const guardKeys = new Set([...this.guards.map((g) => g.ed25519), ...this.suspects]);
    for (const g of this.guards) {
      if (withPath.has(g.ed25519) || this.suspects.has(g.ed25519)) continue;
      const hops =
        buildPath(g, pool.list(), used, this.opts) ?? buildPath(g, pool.list(), guardKeys, this.opts);
      if (!hops) continue;
      for (const n of hops) used.add(n.ed25519);
      this.list.push({ id: this.nextId++, hops, failures: 0, failedDestinations: [] });
    }
    if (this.list.length === 0) {
      throw new NetworkError(this.suspects.size > 0 ? 'path' : 'pool', undefined, { retryable: true });
    }
    this.lastShortBuild = this.list.length < DESIRED_GUARDS ? Date.now() : 0;
    this.lastBuildMs = performance.now() - started;
    this.deps.logger.info('onion paths ready', { paths: this.list.length, ms: Math.round(this.lastBuildMs) });
    this.deps.onChange();
  }

  /** Probes pool nodes two at a time until enough guards answer (desktop: at most 6 rounds). */
  private async findGuards(): Promise<void> {
    const taken = new Set(this.guards.map((g) => g.ed25519));
    const takenSubnets = new Set(this.guards.map((g) => subnet24(g.ip)));
    const candidates = shuffle(this.deps.pool.list(), this.deps.random).filter(
      (n) => !taken.has(n.ed25519) && (!this.deps.subnetDiversity || !takenSubnets.has(subnet24(n.ip))),
    );
    for (let round = 0; round < GUARD_ROUNDS && this.guards.length < DESIRED_GUARDS; round++) {
      const batch = candidates.splice(0, DESIRED_GUARDS);
      if (batch.length === 0) break;
      const results = await Promise.all(batch.map((n) => this.deps.probe(n).catch(() => false)));
      batch.forEach((n, i) => {
        if (!results[i] || this.guards.length >= DESIRED_GUARDS) return;
        if (this.deps.subnetDiversity && this.guards.some((g) => subnet24(g.ip) === subnet24(n.ip))) return;
        this.guards.push(n);
      });
    }
    this.deps.state.saveGuards(this.guardKeys());
  }

  /** A path for a request to `destination` (never containing it), building paths if needed. */
  async pathFor(destinationEd25519?: string): Promise<OnionPath> {
    await this.ensure();
    const ok = this.list.filter((p) => !p.hops.some((n) => n.ed25519 === destinationEd25519));
    // Prefer the paths that failed least lately, so a retry moves away from a failing path.
    const least = Math.min(...ok.map((p) => p.failures));
    const best = ok.filter((p) => p.failures === least);
    const pick = best[Math.floor(this.deps.random() * best.length)];
    if (pick) return pick;
    // Every path runs through the destination (tiny network): route around it with a one-off path.
    const guard = this.guards.find((g) => g.ed25519 !== destinationEd25519);
    const exclude = new Set(destinationEd25519 ? [destinationEd25519] : []);
    const hops = guard ? buildPath(guard, this.deps.pool.list(), exclude, this.opts) : undefined;
    // Retryable: another destination (the swarm's next member) may well have a path.
    if (!hops) throw new NetworkError('path', 'No onion path avoids the destination node.');
    return { id: 0, hops, failures: 0, failedDestinations: [] };
  }

  recordSuccess(path: OnionPath): void {
    path.failures = 0;
    path.failedDestinations = [];
  }

  /**
   * Counts a failure against the path (of a request to `destination`, if it had one); at the
   * threshold the path is set aside and diagnosed. Returns true when it left the list. Nobody is
   * charged here: which hop — or whether the destination — failed is not known yet.
   */
  recordFailure(path: OnionPath, destination?: string): boolean {
    path.failures++;
    if (destination !== undefined) path.failedDestinations.push(destination);
    if (path.failures < PATH_FAILURE_THRESHOLD || path.id === 0) return false;
    if (!this.list.includes(path)) return false;
    this.removePath(path.id);
    this.deps.logger.warn('onion path set aside', { failures: path.failures });
    for (const n of path.hops) this.suspects.add(n.ed25519);
    const run = this.diagnose(path)
      .catch((e: unknown) => this.deps.logger.warn('path diagnosis failed', { code: errorCode(e) }))
      .finally(() => {
        for (const n of path.hops) this.suspects.delete(n.ed25519);
        this.diagnosing.delete(run);
        this.deps.onChange();
      });
    this.diagnosing.add(run);
    this.deps.onChange();
    return true;
  }

  private async diagnose(path: OnionPath): Promise<void> {
    const failed = await findFailedHop(path.hops, { direct: this.deps.probe, via: this.deps.probeVia });
    if (failed === 0) {
      this.dropGuardOf(path);
      return;
    }
    if (failed === undefined) {
      // Every hop answered: the failures were the destinations'. Each counts against its
      // destination, and the path comes back as it was.
      for (const d of path.failedDestinations) this.deps.pool.recordFailure(d, { dead: true });
      this.restore(path, path.hops);
      return;
    }
    this.deps.logger.warn('onion path hop dead', { hop: failed });
    const dead = path.hops[failed]!.ed25519;
    // The pool tells us (forgetNode) to repair the other paths through it; this one comes back
    // with only that hop replaced, its guard and other hops kept.
    this.deps.pool.drop(dead);
    const exclude = new Set([...this.list.flatMap((p) => p.hops.map((n) => n.ed25519)), ...this.suspects]);
    exclude.add(dead);
    const hops = replaceHop(path.hops, failed, this.deps.pool.list(), exclude, this.opts);
    if (hops) this.restore(path, hops);
  }

  /** Puts a diagnosed path back (new failure count) if its guard still needs one and its hops are pooled. */
  private restore(path: OnionPath, hops: Snode[]): void {
    const guard = hops[0]!.ed25519;
    if (
      this.list.length < DESIRED_GUARDS &&
      this.guards.some((g) => g.ed25519 === guard) &&
      !this.list.some((p) => p.hops[0]!.ed25519 === guard) &&
      hops.every((n) => this.deps.pool.has(n.ed25519))
    ) {
      this.list.push({ ...path, hops, failures: 0, failedDestinations: [] });
    }
  }

  /** Waits for diagnoses in flight (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.diagnosing.size > 0) await Promise.all([...this.diagnosing]);
  }

  /** The guard refused and a direct probe failed too: the path goes at once, its guard with it. */
  dropGuard(path: OnionPath): boolean {
    if (path.id === 0) return false;
    this.deps.logger.warn('onion path dropped: its guard is gone', { failures: path.failures });
    this.removePath(path.id);
    this.dropGuardOf(path);
    return true;
  }

  private dropGuardOf(path: OnionPath): void {
    const guard = path.hops[0]!;
    this.guards = this.guards.filter((g) => g.ed25519 !== guard.ed25519);
    this.deps.state.saveGuards(this.guardKeys());
    this.deps.pool.drop(guard.ed25519);
    this.deps.onChange();
  }

  private removePath(id: number): void {
    this.list = this.list.filter((p) => p.id !== id);
  }

  /**
   * A node left the pool ("Next node not found", failure threshold): a guard takes its path with it;
   * any other hop is replaced in place by an untested node (desktop).
   */
  forgetNode(ed25519: string): void {
    let changed = false;
    if (this.guards.some((g) => g.ed25519 === ed25519)) {
      this.guards = this.guards.filter((g) => g.ed25519 !== ed25519);
      this.deps.state.saveGuards(this.guardKeys());
      this.list = this.list.filter((p) => p.hops[0]!.ed25519 !== ed25519);
      changed = true;
    }
    const exclude = new Set(this.list.flatMap((p) => p.hops.map((n) => n.ed25519)));
    exclude.add(ed25519);
    for (const p of [...this.list]) {
      const i = p.hops.findIndex((n) => n.ed25519 === ed25519);
      if (i < 0) continue;
      const next =
        replaceHop(p.hops, i, this.deps.pool.list(), exclude, this.opts) ??
        replaceHop(p.hops, i, this.deps.pool.list(), new Set([ed25519]), this.opts);
      // The failure count stays: a path that keeps failing must still reach its threshold.
      if (next) p.hops = next;
      else {
        this.removePath(p.id);
      }
      changed = true;
    }
    if (changed) this.deps.onChange();
  }

  /** Throws away all paths (e.g. after the network came back with a different pool). */
  reset(): void {
    this.list = [];
    this.deps.onChange();
  }
}
