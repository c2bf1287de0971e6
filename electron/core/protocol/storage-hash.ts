import { ShallotError } from '../errors';
import { toBase64, tryFromBase64 } from '../crypto/bytes';
import { blake2b } from '../crypto/hash';

/**
 * The message hash a storage server assigns (protocol reference §4.4): unpadded base64 of
 * BLAKE2b-256(prefix byte ‖ 32 key bytes ‖ namespace as decimal text, empty for 0 ‖ data).
 * Clients need it for de-duplication, `last_hash`, delete and expire. Needs `await ready()`.
 *
 * `data` is the message bytes, or the base64 text a store request carries (what wrapOneToOne
 * returns); the server hashes the decoded bytes, so the text is decoded first, never hashed as is.
 */
export class StorageHashError extends ShallotError<'pubkey' | 'namespace' | 'data'> {}

const PUBKEY_RE = /^[0-9a-fA-F]{66}$/;

export function storageHash(pubkey: string, namespace: number, data: Uint8Array | string): string {
  if (typeof pubkey !== 'string' || !PUBKEY_RE.test(pubkey)) {
    throw new StorageHashError('pubkey', 'A storage pubkey is 66 hex characters (prefix byte and key).');
  }
  if (
    typeof namespace !== 'number' ||
    !Number.isInteger(namespace) ||
    namespace < -32768 ||
    namespace > 32767
  ) {
    throw new StorageHashError('namespace', 'A namespace is an integer from -32768 to 32767.');
  }
  const bytes = typeof data === 'string' ? tryFromBase64(data) : data;
  if (!(bytes instanceof Uint8Array)) {
    throw new StorageHashError('data', 'Message data is bytes (Uint8Array) or base64 text.');
  }
  const key = new Uint8Array(Buffer.from(pubkey, 'hex'));
  const ns = namespace === 0 ? [] : [new TextEncoder().encode(String(namespace))];
  return toBase64(blake2b(32, [key, ...ns, bytes])).replace(/=+$/, '');
}
