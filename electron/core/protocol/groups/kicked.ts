import { concatBytes, bytesEqual, utf8 } from '../../crypto/bytes';
import { idKeyBytes } from '../../crypto/ids';
import { MultiEncryptError } from './errors';
import { groupPublicKeyBytes } from './identity';
import { bytes, list, nonNegativeInteger, sessionId } from './input';
import { decryptForMultipleSimple, encryptForMultipleSimple, x25519PairFromEd25519 } from './multi-encrypt';
import type { GroupId } from '../../crypto/ids';

/**
 * The kicked-members notice an admin stores in the group's revoked-retrievable namespace (−11)
 * when removing members, readable by them although their subaccount is revoked (protocol
 * reference §7.2; session-desktop `GroupPendingRemovalsJob`, libsession multi-encryption with the
 * domain "SessionGroupKickedMessage"). Each removed member's copy is their X25519 key followed by
 * the group's current key generation in decimal ASCII. A member treats it as its removal when that
 * generation is at least the one it knows (desktop `handleLibSessionKickedMessage`).
 */
export const KICKED_DOMAIN = 'SessionGroupKickedMessage';

const fail = (message: string) => new MultiEncryptError('input', message);

export interface KickedMessageInput {
  /** The group's 64-byte secret key (admins only). */
  readonly groupSecretKey: Uint8Array;
  readonly removed: readonly string[];
  /** GroupKeys.currentGeneration() at the time of the removal. */
  readonly generation: number;
  /** 24 bytes; random when omitted. */
  readonly nonce?: Uint8Array;
}

export function encodeKickedMessage(input: KickedMessageInput): Uint8Array {
  const sk = bytes(input.groupSecretKey, 'The group secret key', fail, 64);
  const ids = list(input.removed, 'The removed members', fail).map((m) => sessionId(m, fail));
  if (ids.length === 0) throw fail('Name at least one removed member.');
  const generation = utf8(String(nonNegativeInteger(input.generation, 'A key generation', fail)));
  const recipients = ids.map(idKeyBytes);
  return encryptForMultipleSimple({
    messages: recipients.map((x) => concatBytes(x, generation)),
    recipients,
    sender: sk,
    domain: KICKED_DOMAIN,
    ...(input.nonce ? { nonce: input.nonce } : {}),
  });
}

export interface KickedNotice {
  /** The key generation the admin removed us at. */
  readonly generation: number;
}

const DECIMAL = /^(0|[1-9][0-9]{0,15})$/;

/**
 * Opens a namespace −11 message as the member holding `userEd25519SecretKey`. Undefined when it is
 * not addressed to us; throws MultiEncryptError('malformed') for bytes that are not a kicked notice.
 */
export function decodeKickedMessage(
  data: Uint8Array,
  userEd25519SecretKey: Uint8Array,
  group: GroupId | Uint8Array,
): KickedNotice | undefined {
  const ours = x25519PairFromEd25519(bytes(userEd25519SecretKey, 'The account secret key', fail, 64));
  const plain = decryptForMultipleSimple(data, ours, { ed25519: groupPublicKeyBytes(group) }, KICKED_DOMAIN);
  if (!plain) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(plain.subarray(32));
  if (plain.length <= 32 || !bytesEqual(plain.subarray(0, 32), ours.publicKey) || !DECIMAL.test(text)) {
    throw new MultiEncryptError('malformed', 'The kicked notice does not name us with a key generation.');
  }
  return { generation: Number(text) };
}

/** Whether a notice removes us from the group whose current generation we know. */
export function isCurrentKick(notice: KickedNotice, currentGeneration: number): boolean {
  return notice.generation >= currentGeneration;
}
