import { xchachaDecrypt, xchachaEncrypt } from '../../crypto/aead';
import { bytesEqual, utf8 } from '../../crypto/bytes';
import { ed25519PublicToX25519, ed25519Sign, ed25519Verify } from '../../crypto/ed25519';
import { blake2b } from '../../crypto/hash';
import { idKeyBytes, type GroupId } from '../../crypto/ids';
import { deterministicRandomBytes } from '../../crypto/random';
import type { BtValue } from '../bencode';
import { GroupKeysError } from './errors';
import {
  decryptGroupMessage,
  encryptGroupMessage,
  type DecryptedGroupMessage,
  type EncryptGroupMessageInput,
} from './group-message';
import { groupIdFromPublicKey, groupKeyPairFromSeed, groupPublicKeyBytes, groupSeedHash } from './identity';
import { bytes, list, nonNegativeInteger, sessionId } from './input';
import { KeyStore } from './key-store';
import {
  decodeSupplementKeys,
  ENCRYPTED_KEY_BYTES,
  encodeSupplementKeys,
  MESSAGE_KEY_MULTIPLE,
  parseKeysMessage,
  signKeysMessage,
  type KeyInfo,
} from './keys-message';
import {
  decryptForMultiple,
  encryptForMultiple,
  x25519PairFromEd25519,
  type X25519KeyPair,
} from './multi-encrypt';

/**
 * A group's encryption keys as one account sees them (libsession `config::groups::Keys`): loads
 * Keys messages from namespace 12, holds every unexpired key generation, and — for admins —
 * issues rekeys and supplements. Pure state: no I/O; persist it with `dump()`.
 *
 * Derivations (all keyed BLAKE2b of ASCII keys, libsession `keys.cpp`):
 *   h2 = seed_hash("SessionGroupKeySeed"); admin copy key = seed_hash("SessionGroupKeyAdminKey")
 *   rekey: h1 = BLAKE2b-56(sorted member IDs (hex) ‖ generation (decimal) ‖ h2, key "SessionGroupKeyGen")
 *          → key = h1[0..32], nonce = h1[32..56]; junk = ChaCha20 stream seeded with
 *          BLAKE2b-32(h1 ‖ group secret key, key "SessionGroupJunkMembers")
 *   supplement nonce = BLAKE2b-24(member IDs ‖ key list ‖ h2, key "SessionGroupKeyGen")
 *   member copies: multi-encryption from the group's X25519 key, domain "SessionGroupKeyMemberKey"
 * Everything is deterministic, so two admins making the same change produce the same message.
 */

const MEMBER_DOMAIN = 'SessionGroupKeyMemberKey';
const KEY_GEN = utf8('SessionGroupKeyGen');

export interface GroupKeysOptions {
  /** This account's Ed25519 secret key (64 bytes). */
  readonly userEd25519SecretKey: Uint8Array;
  readonly group: GroupId | Uint8Array;
  /** Admins: the group's 64-byte secret key or 32-byte seed. */
  readonly groupSecretKey?: Uint8Array;
  /** State from an earlier `dump()`. */
  readonly dump?: Uint8Array;
}

const fail = (message: string) => new GroupKeysError('input', message);

export class GroupKeys {
  readonly groupId: GroupId;
  readonly groupPublicKey: Uint8Array;
  private readonly groupX: Uint8Array;
  private readonly userSecretKey: Uint8Array;
  private readonly userX: X25519KeyPair;
  private groupSecretKey: Uint8Array | undefined;
  private store: KeyStore;

  private constructor(options: GroupKeysOptions) {
    this.userSecretKey = bytes(
      options.userEd25519SecretKey,
      "The account's Ed25519 secret key",
      fail,
      64,
    ).slice();
    this.groupPublicKey = groupPublicKeyBytes(options.group).slice();
    const groupX = ed25519PublicToX25519(this.groupPublicKey);
    if (!groupX) throw fail('The group public key is not a valid Ed25519 key.');
    this.groupX = groupX;
    this.groupId = groupIdFromPublicKey(this.groupPublicKey);
    this.userX = x25519PairFromEd25519(this.userSecretKey);
    this.store =
      options.dump === undefined ? new KeyStore() : KeyStore.load(bytes(options.dump, 'A dump', fail));
    if (options.groupSecretKey !== undefined) this.loadAdminKey(options.groupSecretKey);
  }

  /** Throws GroupKeysError ('input' for bad arguments, 'dump' for a bad dump). */
  static create(options: GroupKeysOptions): GroupKeys {
    return new GroupKeys(options);
  }

  get isAdmin(): boolean {
    return this.groupSecretKey !== undefined;
  }

  /** Promotion: adopt the group's secret key (64 bytes) or seed (32); no-op if already admin. */
  loadAdminKey(secret: Uint8Array): void {
    if (this.isAdmin) return;
    const pair = groupKeyPairFromSeed(bytes(secret, 'The group secret key', fail, 32, 64));
    if (!bytesEqual(pair.publicKey, this.groupPublicKey)) {
      throw fail('The secret key does not belong to this group.');
    }
    this.groupSecretKey = pair.secretKey;
  }

  /** The key to encrypt with now: the pending rekey's, else the newest. Throws 'no-keys'. */
  encryptionKey(): Uint8Array {
    const key = this.store.pending?.key ?? this.store.newest()?.key;
    if (!key) throw new GroupKeysError('no-keys', 'No group key is known yet.');
    return key;
  }

  /** Every known key, newest first (pending first): the order to try when decrypting. */
  decryptionKeys(): Uint8Array[] {
    return this.store.decryptionKeys();
  }

  /** Number of distinct keys, counting a pending one. */
  size(): number {
    return this.store.keys.length + (this.store.pending ? 1 : 0);
  }

  /** The newest confirmed generation (0 when none), as libsession `current_generation`. */
  currentGeneration(): number {
    return this.store.newest()?.generation ?? 0;
  }

  /** The Keys message of an unconfirmed rekey, to push (again) to namespace 12. */
  pendingConfig(): Uint8Array | undefined {
    return this.store.pending?.config;
  }

  pendingKey(): Uint8Array | undefined {
    return this.store.pending?.key;
  }

  /** Hashes of the Keys messages still carrying live keys: keep their expiry extended. */
  activeHashes(): Set<string> {
    return this.store.activeHashes();
  }

  /** Two keys share the newest generation (concurrent rekeys by two admins): rekey again. */
  needsRekey(): boolean {
    const keys = this.store.keys;
    return (
      this.isAdmin &&
      keys.length >= 2 &&
      keys[keys.length - 1]!.generation === keys[keys.length - 2]!.generation
    );
  }

  needsDump(): boolean {
    return this.store.needsDump;
  }

  /** The state to persist (format in key-store.ts); clears needsDump. */
  dump(): Uint8Array {
    this.store.needsDump = false;
    return this.store.dump();
  }

  private adminSecret(): Uint8Array {
    if (!this.groupSecretKey) throw new GroupKeysError('not-admin', 'Only a group admin can do this.');
    return this.groupSecretKey;
  }

  /**
   * Admin: a new key for `members` (every member, admins included; order does not matter) as a
   * Keys message to push. Until it comes back from the swarm it is the pending key, used to
   * encrypt. After a rekey, Info and Members must be pushed again under the new key.
   */
  rekey(members: readonly string[]): Uint8Array {
    const sk = this.adminSecret();
    const ids = [...new Set(list(members, 'The members', fail).map((m) => sessionId(m, fail)))].sort();
    const newest = this.store.newest();
    const generation = newest ? newest.generation + 1 : 0;
    const h2 = groupSeedHash(sk, 'SessionGroupKeySeed');
    const h1 = blake2b(56, [...ids.map(utf8), utf8(String(generation)), h2], KEY_GEN);
    const key = h1.slice(0, 32);
    const nonce = h1.slice(32);
    const adminKey = groupSeedHash(sk, 'SessionGroupKeyAdminKey');
    const memberKeys = encryptForMultiple({
      messages: [key],
      recipients: ids.map(idKeyBytes),
      nonce,
      sender: x25519PairFromEd25519(sk),
      domain: MEMBER_DOMAIN,
      ignoreInvalidRecipients: true,
    });
    const junkCount =
      (MESSAGE_KEY_MULTIPLE - (memberKeys.length % MESSAGE_KEY_MULTIPLE)) % MESSAGE_KEY_MULTIPLE;
    if (junkCount > 0) {
      const seed = blake2b(32, [h1, sk], utf8('SessionGroupJunkMembers'));
      const junk = deterministicRandomBytes(junkCount * ENCRYPTED_KEY_BYTES, seed);
      for (let i = 0; i < junkCount; i++) {
        memberKeys.push(junk.slice(i * ENCRYPTED_KEY_BYTES, (i + 1) * ENCRYPTED_KEY_BYTES));
      }
    }
    const config = signKeysMessage(
      new Map<string, BtValue>([
        ['#', nonce],
        ['G', BigInt(generation)],
        ['K', xchachaEncrypt(adminKey, nonce, key)],
        ['k', memberKeys],
      ]),
      sk,
    );
    adminKey.fill(0);
    h2.fill(0);
    this.store.pending = { generation, key, config };
    this.store.needsDump = true;
    return config;
  }

  /**
   * Admin: a supplemental Keys message giving every current key to `members` (newly added
   * members who may read the existing history), without rekeying.
   */
  keySupplement(members: readonly string[]): Uint8Array {
    const sk = this.adminSecret();
    const ids = list(members, 'The members', fail).map((m) => sessionId(m, fail));
    if (ids.length === 0) throw fail('Name at least one member.');
    const newest = this.store.newest();
    if (!newest) throw new GroupKeysError('no-keys', 'There are no keys to supplement yet.');
    const keyList = encodeSupplementKeys(this.store.keys);
    const h2 = groupSeedHash(sk, 'SessionGroupKeySeed');
    const nonce = blake2b(24, [...ids.map(utf8), keyList, h2], KEY_GEN);
    h2.fill(0);
    const copies = encryptForMultiple({
      messages: [keyList],
      recipients: ids.map(idKeyBytes),
      nonce,
      sender: x25519PairFromEd25519(sk),
      domain: MEMBER_DOMAIN,
      ignoreInvalidRecipients: true,
    });
    if (copies.length === 0) throw fail('None of the Session IDs is a usable key.');
    return signKeysMessage(
      new Map<string, BtValue>([
        ['#', nonce],
        ['+', copies],
        ['G', BigInt(newest.generation)],
      ]),
      sk,
    );
  }

  /**
   * Loads a Keys message fetched from namespace 12 (`timestampMs` = its swarm storage time).
   * Returns true when it carried a key for us. Throws GroupKeysError ('malformed', 'signature',
   * 'admin-key', 'input') and then changes nothing.
   */
  loadKeyMessage(hash: string, data: Uint8Array, timestampMs: number): boolean {
    if (typeof hash !== 'string') throw fail('A message hash is text.');
    bytes(data, 'A Keys message', fail);
    nonNegativeInteger(timestampMs, 'A storage timestamp', fail);
    const message = parseKeysMessage(data, this.groupPublicKey);
    let found: KeyInfo[] = [];
    let generation: number;
    if (message.kind === 'supplement') {
      generation = message.generation;
      if (!this.isAdmin) {
        const plain = decryptForMultiple(
          message.entries,
          message.nonce,
          this.userX,
          this.groupX,
          MEMBER_DOMAIN,
        );
        if (plain) found = decodeSupplementKeys(plain);
      }
    } else {
      generation = message.generation;
      const key = this.isAdmin ? this.adminCopy(message.adminKey, message.nonce) : this.memberCopy(message);
      if (key) found = [{ generation, key, timestampMs }];
    }
    return this.adopt(hash, found, generation);
  }

  private adminCopy(adminKey: Uint8Array, nonce: Uint8Array): Uint8Array {
    const k = groupSeedHash(this.adminSecret(), 'SessionGroupKeyAdminKey');
    const key = xchachaDecrypt(k, nonce, adminKey);
    k.fill(0);
    if (!key) throw new GroupKeysError('admin-key', 'The admin copy of the group key does not decrypt.');
    return key;
  }

  private memberCopy(message: {
    memberKeys: readonly Uint8Array[];
    nonce: Uint8Array;
  }): Uint8Array | undefined {
    return decryptForMultiple(message.memberKeys, message.nonce, this.userX, this.groupX, MEMBER_DOMAIN);
  }

  private adopt(hash: string, found: readonly KeyInfo[], generation: number): boolean {
    const store = this.store;
    const pending = store.pending;
    const first = found[0];
    if (this.isAdmin && first && pending) {
      if (first.generation > pending.generation || bytesEqual(first.key, pending.key)) {
        store.pending = undefined;
        store.needsDump = true;
      }
    }
    if (found.length > 0) {
      for (const key of found) store.insert(hash, key);
      return true;
    }
    store.addHash(generation, hash);
    store.removeExpired();
    store.needsDump = true;
    return false;
  }

  /** Encrypts a group message (namespace 11) from this account with the current key. */
  encryptMessage(
    plaintext: Uint8Array,
    options: Pick<EncryptGroupMessageInput, 'compress' | 'padding' | 'nonce'> = {},
  ): Uint8Array {
    return encryptGroupMessage({
      ...options,
      sender: this.userSecretKey,
      group: this.groupPublicKey,
      key: this.encryptionKey(),
      plaintext,
    });
  }

  /** Decrypts a group message with every known key, newest first. Throws GroupMessageError. */
  decryptMessage(ciphertext: Uint8Array): DecryptedGroupMessage {
    return decryptGroupMessage(this.decryptionKeys(), this.groupPublicKey, ciphertext);
  }

  /** Admin: the group key's signature of `data` (the `~` of Info and Members config messages). */
  signWithGroupKey(data: Uint8Array): Uint8Array {
    return ed25519Sign(this.adminSecret(), bytes(data, 'The data to sign', fail));
  }

  /** Whether `signature` is the group key's over `data`. */
  verifyGroupSignature(data: Uint8Array, signature: Uint8Array): boolean {
    return ed25519Verify(signature, data, this.groupPublicKey);
  }
}
