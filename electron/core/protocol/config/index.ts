/**
 * The config engine (protocol reference §10, §10.1 and the group configs of §7.2): libsession's
 * config messages, merge rules and transport, and the typed configs built on them. Pure: no
 * network, no store; the clock is injected. `await configReady()` once before anything else.
 *
 * The sync service holds one typed config per namespace and, for each:
 *   merge(stored messages) → accepted hashes · needsPush → push() → store every message, delete
 *   obsoleteHashes → confirmPushed(seqno, stored hashes) · needsDump → dump() → keep it, and pass
 *   it back as `dump` next time · activeHashes() → bump their expiry on every poll.
 * Errors are ConfigError (code: parse, future-version, signature, missing-signature,
 * no-valid-config, decrypt, decompress, multipart, unwrap, too-large, readonly, no-key, dump,
 * input, not-ready); merge never throws for bad incoming bytes, it skips them.
 */
import { ready } from '../../crypto/sodium';
import { zstdReady } from './zstd';

/** Loads libsodium and zstd. */
export async function configReady(): Promise<void> {
  await Promise.all([ready(), zstdReady()]);
}

export { ConfigError } from './config-error';
export type { ConfigErrorCode } from './config-error';

// The sync interface and what typed configs share.
export { ConfigState } from './config-state';
export type {
  ConfigKeys,
  ConfigPush,
  ConfigSigner,
  ConfigStateOptions,
  ConfigSyncState,
  IncomingConfigMessage,
} from './config-state';
export { TypedConfig } from './typed-config';
export type { ConfigLoadOptions } from './typed-config';
export { ConfigFields } from './fields';
export type { DumpExtra } from './dump';
export { MultipartSets, MULTIPART_MAX_REMEMBER_MS, MULTIPART_MAX_WAIT_MS } from './multipart-sets';

// User configs (namespaces 2–5).
export { UserProfile, PROFILE_NAME_MAX_BYTES } from './user-profile';
export { Contacts } from './contacts';
export type { Contact, ContactUpdate } from './contacts';
export { ConvoInfoVolatile, PRUNE_HIGH_MS, PRUNE_LOW_MS } from './convo-info-volatile';
export type { ConvoEntry, ReadState } from './convo-info-volatile';
export { UserGroups, REMOVED_DESTROYED, REMOVED_KICKED } from './user-groups';
export type { CommunityEntry, GroupEntry, GroupUpdate, LegacyGroupEntry } from './user-groups';
export { configForNamespace, openUserConfigs, USER_CONFIG_NAMESPACES } from './user-configs';
export type { OpenUserConfigsOptions, UserConfigs } from './user-configs';
export type { Disappearing, DisappearingMode, NotifyMode, ProfilePicture } from './common';
export { canonicalBaseUrl, canonicalRoom } from './community';

// Group configs (namespaces 13 and 14).
export { GroupInfo, GROUP_DESCRIPTION_MAX_BYTES } from './group-info';
export {
  GroupMembers,
  newMember,
  REMOVED_MEMBER,
  REMOVED_MEMBER_AND_MESSAGES,
  STATUS_FAILED,
  STATUS_NOT_SENT,
  STATUS_SENT,
  withInviteAccepted,
  withInviteFailed,
  withInviteNotSent,
  withInviteSent,
  withName,
  withPromoted,
  withPromotionAccepted,
  withPromotionFailed,
  withPromotionSent,
  withRemoved,
} from './group-members';
export type { GroupMember, MemberStatus } from './group-members';
export { groupSigner } from './group-config';
export type { GroupConfigKeys, GroupConfigOptions } from './group-config';

// The layers beneath, for the group crypto and for tests.
export {
  configDecrypt,
  configEncrypt,
  ENCRYPT_OVERHEAD,
  paddedSize,
  padPrefix,
  stripPrefix,
} from './encrypt';
export { zstdCompress, zstdDecompress, zstdFrameContentSize, zstdIsReady, zstdReady } from './zstd';
export {
  MAX_MESSAGE_SIZE,
  MAX_MULTIPART_SIZE,
  MULTIPART_CHUNK,
  parseMultipartPart,
  splitMultipart,
} from './multipart';
export { unwrapLegacyConfig, wrapLegacyConfig } from './legacy-wrap';
export type { UserConfigNamespace } from './legacy-wrap';
export { DEFAULT_LAGS, ConfigMessage, MutableConfigMessage, emptyMessage, parseMessage } from './message';
export type { MessageOptions } from './message';
export { mergeMessages } from './merge';
export type { ConfigDict, ConfigScalar, ConfigSet, ConfigValue } from './values';
