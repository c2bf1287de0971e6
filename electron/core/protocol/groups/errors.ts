import { ShallotError } from '../../errors';

/**
 * Typed failures of the group crypto (groups v2, protocol reference §7.2). Every decoder of
 * network bytes throws only these, and a rejected input leaves any state untouched.
 */

export type GroupKeysErrorCode =
  /** A caller passed a value of the wrong type or size. */
  | 'input'
  /** The operation needs the group's secret key. */
  | 'not-admin'
  /** No group key is known yet. */
  | 'no-keys'
  /** A Keys message (ns 12) or supplement is not shaped as libsession writes it. */
  | 'malformed'
  /** The Keys message is not signed by the group key. */
  | 'signature'
  /** We are an admin but the admin copy of the key does not decrypt. */
  | 'admin-key'
  /** A dump given to GroupKeys.load is not one GroupKeys.dump wrote. */
  | 'dump';

export class GroupKeysError extends ShallotError<GroupKeysErrorCode> {}

export type GroupMessageErrorCode =
  | 'input'
  /** The plaintext exceeds GROUP_MESSAGE_MAX_PLAINTEXT (also the decompression cap). */
  | 'too-large'
  | 'too-short'
  /** No known group key decrypts the message. */
  | 'decrypt'
  /** The decrypted bytes are not one bt-encoded dict. */
  | 'not-dict'
  | 'version'
  /** The author key `a` is missing, not 32 bytes, or not convertible to a Session ID. */
  | 'author'
  /** Not exactly one of `d` / `z` with non-empty data. */
  | 'data'
  | 'signature'
  | 'decompress'
  /** The decrypted Envelope is not a group message. */
  | 'envelope';

export class GroupMessageError extends ShallotError<GroupMessageErrorCode> {}

export type SubaccountErrorCode =
  | 'input'
  | 'not-admin'
  /** Auth data (100 bytes) that cannot produce a subaccount key. */
  | 'auth-data'
  /** A Session ID or key that is not a valid curve point. */
  | 'key';

export class SubaccountError extends ShallotError<SubaccountErrorCode> {}

export type MultiEncryptErrorCode =
  | 'input'
  /** The encoded multi-encrypted value (or kicked message) is not shaped as libsession writes it. */
  | 'malformed'
  /** A recipient key yields no shared secret (a small-order point). */
  | 'recipient';

export class MultiEncryptError extends ShallotError<MultiEncryptErrorCode> {}

export type ControlSignatureErrorCode = 'input';

export class ControlSignatureError extends ShallotError<ControlSignatureErrorCode> {}
