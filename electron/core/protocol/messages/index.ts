/**
 * Typed message kinds (protocol reference §3.4–§3.5, §7.2, §8.5, §11): what services send and
 * receive, without protobufjs objects or Long values.
 *
 *  - encodeMessage(OutgoingMessage) → Content bytes (then padMessage/wrapOneToOne, or group
 *    encryption). Throws MessageEncodeError only.
 *  - classifyContent(unpadded Content bytes, EnvelopeFacts) → IncomingContent, a union on `kind`
 *    that includes `{kind: 'dropped', reason}`. Never throws on bad bytes.
 */
export { encodeMessage, type OutgoingMessage } from './outgoing';
export { classifyContent } from './classify';
export type { IncomingContent, IncomingKind } from './incoming';
export type { ConversationRef, DroppedContent, EnvelopeFacts } from './envelope-facts';
export { DROP_REASONS, type DropReason } from './drop-reasons';
export { MESSAGE_ENCODE_ERRORS, MessageEncodeError, type MessageEncodeErrorCode } from './message-error';
export { storageTtlMs, TTL_CONTENT_MS, TTL_TYPING_MS, type StorageDestination } from './storage-ttl';

export { DISAPPEARING_TIMER_SECONDS, EXPIRATION_OFF, type Expiration } from './expiration';
export type { MessageRef } from './message-ref';
export { PROFILE_KEY_BYTES, type Profile, type ProfilePicture } from './profile';
export {
  MAX_RECEIVED_BODY_CODE_POINTS,
  MAX_SEND_BODY_CODE_POINTS,
  MAX_NAME_BYTES,
  codePointCount,
} from './text-bounds';

export {
  ATTACHMENT_REJECTIONS,
  MAX_ATTACHMENT_DIMENSION,
  MAX_ATTACHMENTS_PER_MESSAGE,
  type AttachmentPointer,
  type AttachmentRejection,
  type ReceivedAttachment,
  type RejectedAttachment,
} from './attachment-pointer';
export { parseFileUrl, type FileLocation } from './file-location';
export { sanitizeFileName } from './file-name';

export type { IncomingVisibleMessage, LinkPreview, ReceivedLinkPreview, VisibleMessage } from './visible';
export { MAX_EMOJI_CODE_POINTS, type IncomingReaction, type ReactionMessage } from './reaction';
export type { ExpirationTimerUpdateMessage, IncomingExpirationTimerUpdate } from './timer-update';
export type { IncomingReadReceipt, ReadReceiptMessage } from './receipt';
export type { IncomingTyping, TypingMessage } from './typing';
export type { IncomingUnsend, UnsendMessage } from './unsend';
export type { IncomingMessageRequestResponse, MessageRequestResponseMessage } from './request-response';
export type { DataExtractionMessage, IncomingDataExtraction } from './data-extraction';
export type { CallType, IncomingCall } from './call';
export {
  ADMIN_SIGNATURE_BYTES,
  GROUP_MEMBER_AUTH_BYTES,
  GROUP_SEED_BYTES,
  isGroupIdText,
  type GroupInfoChange,
  type GroupMemberChange,
  type GroupUpdate,
  type GroupUpdateMessage,
  type IncomingGroupUpdate,
} from './group-update';
export { groupAdminSignedBytes, type GroupSignedUpdate } from './group-signatures';
