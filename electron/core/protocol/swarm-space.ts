import { ShallotError } from '../errors';

/**
 * Which swarm stores a pubkey's messages, computed the way storage servers do (protocol reference
 * §5.3, session-storage-server `pubkey_to_swarm_space` / `get_swarm_id_for`). Desktop asks the
 * network instead; the local test network and swarm-cache checks use this.
 */
export class SwarmError extends ShallotError<'pubkey' | 'no-swarms'> {}

const U64 = (1n << 64n) - 1n;
/** Storage servers reserve 2^64 − 1 as "no swarm"; it can be a position in the space but never an id. */
export const INVALID_SWARM_ID = U64;

const HEX64_RE = /^[0-9a-fA-F]{64}$/;
const HEX66_RE = /^[0-9a-fA-F]{66}$/;

/** XOR of the four big-endian 64-bit words of the 32 key bytes (any 2-hex prefix dropped). */
export function swarmSpace(pubkey: string): bigint {
  let hex: string;
  if (HEX66_RE.test(pubkey)) hex = pubkey.slice(2);
  else if (HEX64_RE.test(pubkey)) hex = pubkey;
  else throw new SwarmError('pubkey', 'A pubkey is 64 hex characters, or 66 with a prefix byte.');
  let space = 0n;
  for (let i = 0; i < 64; i += 16) space ^= BigInt(`0x${hex.slice(i, i + 16)}`);
  return space;
}

/**
 * The swarm whose id is nearest to `space` on the 2^64 ring. On an exact tie the predecessor wins
 * (the "left" swarm, which across the wrap point is the highest id), matching the servers.
 */
export function closestSwarm(space: bigint, swarmIds: readonly bigint[]): bigint {
  const ids = [...new Set(swarmIds.filter((id) => id >= 0n && id < INVALID_SWARM_ID))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (ids.length === 0) throw new SwarmError('no-swarms', 'There are no valid swarms to choose from.');
  const s = space & U64;
  // First id ≥ space, wrapping to the lowest; its predecessor wraps to the highest.
  let rightIndex = ids.findIndex((id) => id >= s);
  if (rightIndex === -1) rightIndex = 0;
  const right = ids[rightIndex]!;
  const left = ids[(rightIndex - 1 + ids.length) % ids.length]!;
  const toRight = (right - s) & U64;
  const toLeft = (s - left) & U64;
  return toRight < toLeft ? right : left;
}
