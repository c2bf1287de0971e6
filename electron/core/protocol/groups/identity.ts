import { toHex, utf8 } from '../../crypto/bytes';
import { ed25519KeyPairFromSeed } from '../../crypto/ed25519';
import { blake2b } from '../../crypto/hash';
import { parseGroupId, type GroupId } from '../../crypto/ids';
import { randomBytes } from '../../crypto/random';
import { GroupKeysError } from './errors';
import { bytes } from './input';

/**
 * A group's identity (protocol reference §7.2): an Ed25519 key pair whose public key, prefixed
 * `03`, is the group ID. Admins hold the seed (the first 32 bytes of the secret key).
 */
export interface GroupKeyPair {
  readonly groupId: GroupId;
  readonly publicKey: Uint8Array;
  /** libsodium's 64 bytes: seed ‖ public key. */
  readonly secretKey: Uint8Array;
}

const fail = (message: string) => new GroupKeysError('input', message);

/** From the 32-byte seed (or the 64-byte secret key, whose first half is the seed). */
export function groupKeyPairFromSeed(seed: Uint8Array): GroupKeyPair {
  const raw = bytes(seed, 'A group seed', fail, 32, 64);
  const pair = ed25519KeyPairFromSeed(raw.subarray(0, 32));
  if (raw.length === 64 && toHex(raw.subarray(32)) !== toHex(pair.publicKey)) {
    throw fail('The group secret key does not match its own public key half.');
  }
  return { groupId: groupIdFromPublicKey(pair.publicKey), ...pair };
}

export function newGroupKeyPair(): GroupKeyPair {
  const seed = randomBytes(32);
  const pair = groupKeyPairFromSeed(seed);
  seed.fill(0);
  return pair;
}

export function groupIdFromPublicKey(publicKey: Uint8Array): GroupId {
  return parseGroupId(`03${toHex(bytes(publicKey, 'A group public key', fail, 32))}`);
}

/** The 32 key bytes of a group ID, or the 32-byte key itself. */
export function groupPublicKeyBytes(group: GroupId | Uint8Array): Uint8Array {
  if (group instanceof Uint8Array) return bytes(group, 'A group public key', fail, 32);
  let id: GroupId;
  try {
    id = parseGroupId(group);
  } catch {
    throw fail('A group is identified by a 03… group ID or its 32-byte public key.');
  }
  return new Uint8Array(Buffer.from(id.slice(2), 'hex'));
}

/**
 * libsession's `seed_hash(key)`: BLAKE2b-256 of the group seed, keyed with an ASCII string
 * (first 64 bytes). Every admin-only secret of a group is derived this way.
 */
export function groupSeedHash(groupSecretKey: Uint8Array, key: string): Uint8Array {
  const sk = bytes(groupSecretKey, 'A group secret key', fail, 32, 64);
  return blake2b(32, sk.subarray(0, 32), utf8(key).subarray(0, 64));
}
