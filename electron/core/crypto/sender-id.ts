import { toHex } from './bytes';
import type { SessionId } from './ids';
import { backend } from './sodium';

/**
 * The Session ID (`05` ‖ X25519 key) of a message author's Ed25519 key, or undefined when the key
 * is not a valid point. The conversion costs about as much as the signature check (libsodium
 * verifies the point is in the main subgroup), and authors repeat, so results are memoised in a
 * bounded map with oldest-first eviction: the values are public and equal a fresh conversion.
 */
const CACHE_MAX = 1024;
const cache = new Map<string, SessionId>();

export function sessionIdFromEd25519(publicKey: Uint8Array): SessionId | undefined {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return undefined;
  const key = toHex(publicKey);
  const hit = cache.get(key);
  if (hit) return hit;
  const xPk = backend().ed25519PkToX25519(publicKey);
  if (!xPk) return undefined;
  const id = `05${toHex(xPk)}` as SessionId;
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, id);
  return id;
}
