import { ShallotError } from '../errors';

/**
 * Which swarm stores a pubkey's messages, computed the way storage servers do (protocol reference
 * §5.3, session-storage-server `pubkey_to_swarm_space` / `get_swarm_id_for`). Desktop asks the
 * network instead; the local test network and swarm-cache checks use this.
 */
export class SwarmError extends ShallotError<'pubkey' | 'no-swarms' | 'space' | 'swarm-id'> {}

const U64 = (1n << 64n) - 1n;
/** Storage servers reserve 2^64 − 1 as "no swarm"; it can be a position in the space but never an id. */
export const INVALID_SWARM_ID = U64;

const HEX64_RE = /^[0-9a-fA-F]{64}$/;
const HEX66_RE = /^[0-9a-fA-F]{66}$/;

/** XOR of the four big-endian 64-bit words of the 32 key bytes (any 2-hex prefix dropped). */
export function swarmSpace(pubkey: string): bigint {
  let hex: string;
  if (typeof pubkey !== 'string') throw new SwarmError('pubkey', 'A pubkey is given as hex text.');
  if (HEX66_RE.test(pubkey)) hex = pubkey.slice(2);
  else if (HEX64_RE.test(pubkey)) hex = pubkey;
  else throw new SwarmError('pubkey', 'A pubkey is 64 hex characters, or 66 with a prefix byte.');
  let space = 0n;
  for (let i = 0; i < 64; i += 16) space ^= BigInt(`0x${hex.slice(i, i + 16)}`);
  return space;
}

/**
 * A position or id as an unsigned 64-bit bigint. Numbers are accepted when they are safe integers
 * (larger ones have already lost bits); anything outside [0, 2^64) is refused, not wrapped.
 */
function u64(value: bigint | number, code: 'space' | 'swarm-id', what: string): bigint {
  let v: bigint;
  if (typeof value === 'bigint') v = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) v = BigInt(value);
  else throw new SwarmError(code, `A ${what} is a bigint (or a safe integer number).`);
  if (v < 0n || v > U64) throw new SwarmError(code, `A ${what} lies in [0, 2^64).`);
  return v;
}

/**
 * The swarm whose id is nearest to `space` on the 2^64 ring. On an exact tie the predecessor wins
 * (the "left" swarm, which across the wrap point is the highest id), matching the servers.
 * `INVALID_SWARM_ID` entries are skipped as the servers skip them; a space or id that is not an
 * unsigned 64-bit integer throws SwarmError ('space' / 'swarm-id').
 */
export function closestSwarm(space: bigint | number, swarmIds: readonly (bigint | number)[]): bigint {
  const s = u64(space, 'space', 'swarm space position');
  const list: unknown = swarmIds;
  if (!Array.isArray(list)) throw new SwarmError('swarm-id', 'Swarm ids are given as an array.');
  const valid = swarmIds.map((id) => u64(id, 'swarm-id', 'swarm id')).filter((id) => id !== INVALID_SWARM_ID);
  const ids = [...new Set(valid)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) throw new SwarmError('no-swarms', 'There are no valid swarms to choose from.');
  // First id ≥ space, wrapping to the lowest; its predecessor wraps to the highest.
  let rightIndex = ids.findIndex((id) => id >= s);
  if (rightIndex === -1) rightIndex = 0;
  const right = ids[rightIndex]!;
  const left = ids[(rightIndex - 1 + ids.length) % ids.length]!;
  const toRight = (right - s) & U64;
  const toLeft = (s - left) & U64;
  return toRight < toLeft ? right : left;
}
