import type { Random } from './random';
import { subnet24, type Snode } from './snode';

/**
 * Pure path-selection rules (protocol reference §5.4), kept free of I/O so they can be tested alone.
 * `random` returns [0, 1) like Math.random: the app passes `cryptoRandom`, tests a seeded one.
 */
export type { Random } from './random';

export interface SelectOptions {
  readonly hops: number;
  readonly subnetDiversity: boolean;
  readonly random: Random;
}

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * One random node per /24, the subnets ordered by a random draw weighted by how many nodes each
 * holds: a crowded subnet is likelier to be used, but never twice in one path.
 */
export function onePerSubnet(nodes: readonly Snode[], random: Random): Snode[] {
  const bySubnet = new Map<string, Snode[]>();
  for (const n of nodes) {
    const k = subnet24(n.ip);
    const list = bySubnet.get(k);
    if (list) list.push(n);
    else bySubnet.set(k, [n]);
  }
  // Efraimidis–Spirakis: key = u^(1/w), larger first, gives a weighted random order.
  const keyed = [...bySubnet.values()].map((list) => ({
    node: list[Math.floor(random() * list.length)]!,
    key: Math.pow(Math.max(random(), Number.MIN_VALUE), 1 / list.length),
  }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.map((k) => k.node);
}

/** Picks `hops − 1` nodes after `guard`, none in `exclude`, all in distinct /24s when asked. */
export function buildPath(
  guard: Snode,
  pool: readonly Snode[],
  exclude: ReadonlySet<string>,
  opts: SelectOptions,
): Snode[] | undefined {
  const usable = pool.filter((n) => n.ed25519 !== guard.ed25519 && !exclude.has(n.ed25519));
  const path = [guard];
  if (opts.subnetDiversity) {
    const used = new Set([subnet24(guard.ip)]);
    for (const n of onePerSubnet(usable, opts.random)) {
      if (path.length === opts.hops) break;
      if (used.has(subnet24(n.ip))) continue;
      used.add(subnet24(n.ip));
      path.push(n);
    }
  } else {
    for (const n of shuffle(usable, opts.random)) {
      if (path.length === opts.hops) break;
      path.push(n);
    }
  }
  return path.length === opts.hops ? path : undefined;
}

/**
 * One path per guard. Later paths avoid the earlier paths' nodes when the pool is big enough, so a
 * single bad node rarely takes both paths down; a small network may have to share middle hops.
 */
export function buildPaths(guards: readonly Snode[], pool: readonly Snode[], opts: SelectOptions): Snode[][] {
  const guardKeys = new Set(guards.map((g) => g.ed25519));
  const paths: Snode[][] = [];
  const used = new Set<string>(guardKeys);
  for (const g of guards) {
    const p = buildPath(g, pool, used, opts) ?? buildPath(g, pool, guardKeys, opts);
    if (!p) continue;
    paths.push(p);
    for (const n of p) used.add(n.ed25519);
  }
  return paths;
}

/** A random path that does not contain the destination (a node must never be its own hop). */
export function choosePath(
  paths: readonly (readonly Snode[])[],
  destinationEd25519: string | undefined,
  random: Random,
): readonly Snode[] | undefined {
  const ok = paths.filter(
    (p) => destinationEd25519 === undefined || !p.some((n) => n.ed25519 === destinationEd25519),
  );
  return ok.length === 0 ? undefined : ok[Math.floor(random() * ok.length)];
}

/**
 * Replacement for hop `index` (a node reported unknown): any pool node not already in the path and,
 * with diversity, not sharing a /24 with the remaining hops. The new node is not probed (desktop).
 */
export function replaceHop(
  path: readonly Snode[],
  index: number,
  pool: readonly Snode[],
  exclude: ReadonlySet<string>,
  opts: SelectOptions,
): Snode[] | undefined {
  const others = path.filter((_, i) => i !== index);
  const inPath = new Set(path.map((n) => n.ed25519));
  const subnets = new Set(others.map((n) => subnet24(n.ip)));
  const candidates = shuffle(
    pool.filter(
      (n) =>
        !inPath.has(n.ed25519) &&
        !exclude.has(n.ed25519) &&
        (!opts.subnetDiversity || !subnets.has(subnet24(n.ip))),
    ),
    opts.random,
  );
  const pick = candidates[0];
  if (!pick) return undefined;
  const next = [...path];
  next[index] = pick;
  return next;
}
