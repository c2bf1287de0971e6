import { ShallotError } from '../errors';
import { toBase64 } from '../crypto/bytes';
import { sodium } from '../crypto/sodium';

/**
 * The message hash a storage server assigns (protocol reference §4.4): unpadded base64 of
 * BLAKE2b-256(prefix byte ‖ 32 key bytes ‖ namespace as decimal text, empty for 0 ‖ data).
 * Clients need it for de-duplication, `last_hash`, delete and expire. Needs `await ready()`.
 */
export class StorageHashError extends ShallotError<'pubkey' | 'namespace'> {}

const PUBKEY_RE = /^[0-9a-fA-F]{66}$/;

export function storageHash(pubkey: string, namespace: number, data: Uint8Array): string {
  if (!PUBKEY_RE.test(pubkey)) {
    throw new StorageHashError('pubkey', 'A storage pubkey is 66 hex characters (prefix byte and key).');
  }
  if (!Number.isInteger(namespace) || namespace < -32768 || namespace > 32767) {
    throw new StorageHashError('namespace', 'A namespace is an integer from -32768 to 32767.');
  }
  const s = sodium();
  const state = s.crypto_generichash_init(null, 32);
  s.crypto_generichash_update(state, new Uint8Array(Buffer.from(pubkey, 'hex')));
  if (namespace !== 0) s.crypto_generichash_update(state, new TextEncoder().encode(String(namespace)));
  s.crypto_generichash_update(state, data);
  return toBase64(s.crypto_generichash_final(state, 32)).replace(/=+$/, '');
}
