/**
 * The pure group crypto of groups v2 (issue 13; protocol reference §7.2, §4.3), byte-compatible
 * with libsession-util: group identity, Keys messages and key generations (namespace 12), the key
 * source and signer of the Info/Members documents (13/14), group messages (11), member
 * subaccounts, the kicked-members notice (−11) and the admin signatures of control messages. No
 * I/O, no store, no clock: services persist `GroupKeys.dump()` and pass timestamps in.
 *
 * Call `await groupCryptoReady()` once first (libsodium and zstd). Every function checks its
 * arguments and throws this module's typed errors (GroupKeysError, GroupMessageError,
 * SubaccountError, MultiEncryptError, ControlSignatureError, all ShallotErrors; the Envelope
 * decoding of `unwrapGroupMessage` adds DecodeError). A rejected input changes no state.
 */
import { ready } from '../../crypto/sodium';
import { zstdReady } from '../config/zstd';

export function groupCryptoReady(): Promise<void> {
  return Promise.all([ready(), zstdReady()]).then(() => undefined);
}

export {
  ControlSignatureError,
  GroupKeysError,
  GroupMessageError,
  MultiEncryptError,
  SubaccountError,
} from './errors';
export type {
  ControlSignatureErrorCode,
  GroupKeysErrorCode,
  GroupMessageErrorCode,
  MultiEncryptErrorCode,
  SubaccountErrorCode,
} from './errors';

// Identity
export {
  groupIdFromPublicKey,
  groupKeyPairFromSeed,
  groupPublicKeyBytes,
  groupSeedHash,
  newGroupKeyPair,
} from './identity';
export type { GroupKeyPair } from './identity';

// Keys (namespace 12)
export { GroupKeys } from './group-keys';
export type { GroupKeysOptions } from './group-keys';
export { KEY_EXPIRY_MS } from './key-store';
export { ENCRYPTED_KEY_BYTES, MESSAGE_KEY_MULTIPLE, parseKeysMessage, signKeysMessage } from './keys-message';
export type { FullKeysMessage, KeyInfo, KeysMessage, SupplementKeysMessage } from './keys-message';

// Info (13) and Members (14) through the config engine
export { groupConfigKeys, groupConfigOptions, groupConfigSigner, rekeyWithConfigs } from './config-keys';

// Group messages (namespace 11)
export {
  decryptGroupMessage,
  encryptGroupMessage,
  GROUP_MESSAGE_MAX_PLAINTEXT,
  GROUP_MESSAGE_PADDING,
} from './group-message';
export type { DecryptedGroupMessage, EncryptGroupMessageInput } from './group-message';
export { unwrapGroupMessage, wrapGroupMessage } from './group-envelope';
export type { UnwrappedGroupMessage, WrapGroupMessageInput } from './group-envelope';

// Subaccounts (member storage access)
export {
  SUBACCOUNT_AUTH_DATA_BYTES,
  SUBACCOUNT_FLAG_ANY_PREFIX,
  SUBACCOUNT_FLAG_DELETE,
  SUBACCOUNT_FLAG_READ,
  SUBACCOUNT_FLAG_WRITE,
  subaccountSigner,
  swarmMakeSubaccount,
  swarmSubaccountSign,
  swarmSubaccountToken,
  swarmVerifySubaccount,
} from './subaccount';
export type { SubaccountPermissions, SubaccountSignature, SubaccountSigner } from './subaccount';

// Multi-encryption and the kicked-members notice (namespace −11)
export {
  decryptForMultiple,
  decryptForMultipleSimple,
  encryptForMultiple,
  encryptForMultipleSimple,
  MULTI_ENCRYPT_OVERHEAD,
  x25519PairFromEd25519,
} from './multi-encrypt';
export type { MultiEncryptOptions, SimpleMultiEncryptOptions, X25519KeyPair } from './multi-encrypt';
export { decodeKickedMessage, encodeKickedMessage, isCurrentKick, KICKED_DOMAIN } from './kicked';
export type { KickedMessageInput, KickedNotice } from './kicked';

// Admin signatures of control messages
export {
  deleteContentSignatureMessage,
  infoChangeSignatureMessage,
  InfoChangeType,
  inviteSignatureMessage,
  memberChangeSignatureMessage,
  MemberChangeType,
  signGroupControl,
  verifyGroupControl,
} from './control-signatures';
