/**
 * Where randomness decides which nodes see our traffic (guards, path hops, swarm members, seed and
 * consensus askers), it comes from the operating system's CSPRNG: with `Math.random` an observer
 * who learns a few outputs could predict the next paths. Tests inject a seeded `Random` instead.
 */
import { getRandomValues } from 'node:crypto';

/** Returns a number in [0, 1), like Math.random. */
export type Random = () => number;

/** Words fetched per refill: one system call serves many picks. */
const POOL_WORDS = 512;
const pool = new Uint32Array(POOL_WORDS);
let next = POOL_WORDS;

function word(): number {
  if (next >= POOL_WORDS) {
    getRandomValues(pool);
    next = 0;
  }
  return pool[next++]!;
}

/** 53 uniformly random bits as a float in [0, 1). */
export const cryptoRandom: Random = () =>
  ((word() >>> 5) * 67_108_864 + (word() >>> 6)) / 9_007_199_254_740_992;
