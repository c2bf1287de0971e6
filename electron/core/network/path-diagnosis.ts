import type { Snode } from './snode';

/**
 * Which hop of a failing onion path is at fault. A path that keeps failing says only that *some*
 * hop — or the destinations it was used for — failed; dropping every hop (as desktop does) throws
 * healthy guards and exits out of the pool, shrinks it below its minimum and forces a reseed.
 * Instead the path is taken apart: the guard by a direct probe (it is contacted directly anyway),
 * then each later hop as the destination of an onion request over the hops before it. The first
 * hop that does not answer is the one to blame; if every hop answers, the path was sound and the
 * failures were its destinations'.
 */
export interface HopProbes {
  /** A direct request to the guard. */
  readonly direct: (node: Snode) => Promise<boolean>;
  /** An onion request over `hops` to `dest`. */
  readonly via: (hops: readonly Snode[], dest: Snode) => Promise<boolean>;
}

/** The index of the first hop that does not answer, or undefined when all of them do. */
export async function findFailedHop(hops: readonly Snode[], probes: HopProbes): Promise<number | undefined> {
  if (hops.length === 0) return undefined;
  if (!(await probes.direct(hops[0]!))) return 0;
  for (let i = 1; i < hops.length; i++) {
    if (!(await probes.via(hops.slice(0, i), hops[i]!))) return i;
  }
  return undefined;
}
