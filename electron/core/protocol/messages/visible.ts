import type { SessionId } from '../../crypto/ids';
import type { SessionProtos } from '../content-codec';
import {
  attachmentPointerFields,
  MAX_ATTACHMENTS_PER_MESSAGE,
  readAttachmentPointer,
  readAttachmentPointers,
  type AttachmentPointer,
  type ReceivedAttachment,
  type RejectedAttachment,
} from './attachment-pointer';
import type { ConversationRef, EnvelopeFacts } from './envelope-facts';
import type { Expiration } from './expiration';
import { checkMessageRef, readMessageRef, type MessageRef } from './message-ref';
import { MessageEncodeError } from './message-error';
import { isHttpUrl, profileFields, readProfile, type Profile } from './profile';
import {
  codePointCount,
  MAX_RECEIVED_BODY_CODE_POINTS,
  MAX_SEND_BODY_CODE_POINTS,
  truncateCodePoints,
} from './text-bounds';

/** A link preview: the linked page's title and an optional image uploaded like an attachment. */
export interface LinkPreview {
  readonly url: string;
  readonly title?: string;
  readonly image?: AttachmentPointer;
}

export interface ReceivedLinkPreview {
  readonly url: string;
  readonly title?: string;
  readonly image?: ReceivedAttachment;
}

/** A chat message as we send it (desktop VisibleMessage, protocol reference §3.5). */
export interface VisibleMessage {
  readonly kind: 'visible';
  readonly sentAtMs: number;
  /** At most 2,000 code points. */
  readonly body?: string;
  readonly attachments?: readonly AttachmentPointer[];
  /** The message replied to; only (author, sentAtMs) travel, never its text. */
  readonly quote?: MessageRef;
  readonly previews?: readonly LinkPreview[];
  readonly profile?: Profile;
  readonly expiration?: Expiration;
  /** Set on the copy sent to our own swarm: the conversation it belongs to. */
  readonly syncTarget?: SessionId;
  readonly blocksCommunityMessageRequests?: boolean;
}

export interface IncomingVisibleMessage extends EnvelopeFacts {
  readonly kind: 'visible';
  readonly conversation: ConversationRef;
  /** Cut to 10,000 code points. */
  readonly body: string;
  readonly bodyTruncated: boolean;
  readonly attachments: readonly ReceivedAttachment[];
  readonly rejectedAttachments: readonly RejectedAttachment[];
  readonly quote?: MessageRef;
  readonly previews: readonly ReceivedLinkPreview[];
  readonly communityInvitation?: { readonly url: string; readonly name: string };
  readonly profile?: Profile;
  readonly expiration: Expiration;
  readonly syncTarget?: SessionId;
  readonly blocksCommunityMessageRequests: boolean;
}

export function visibleDataMessage(m: VisibleMessage): SessionProtos.IDataMessage {
  const body = m.body ?? '';
  const attachments = m.attachments ?? [];
  if (codePointCount(body) > MAX_SEND_BODY_CODE_POINTS) {
    throw new MessageEncodeError('body-too-long', 'A message has at most 2,000 characters.');
  }
  if (body === '' && attachments.length === 0) {
    throw new MessageEncodeError('empty', 'A message needs text or an attachment.');
  }
  if (attachments.length > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw new MessageEncodeError('too-many-attachments', 'A message carries at most 32 attachments.');
  }
  if (m.quote) checkMessageRef(m.quote, 'quoted message');
  return {
    ...profileFields(m.profile),
    ...(body ? { body } : {}),
    attachments: attachments.map(attachmentPointerFields),
    ...(m.quote ? { quote: { id: m.quote.sentAtMs, author: m.quote.author } } : {}),
    ...(m.previews?.length ? { preview: m.previews.map(previewFields) } : {}),
    ...(m.blocksCommunityMessageRequests !== undefined
      ? { blocksCommunityMessageRequests: m.blocksCommunityMessageRequests }
      : {}),
  };
}

function previewFields(p: LinkPreview): SessionProtos.DataMessage.IPreview {
  if (!isHttpUrl(p.url)) throw new MessageEncodeError('preview', 'A link preview is for an http(s) URL.');
  return {
    url: p.url,
    ...(p.title ? { title: p.title } : {}),
    ...(p.image ? { image: attachmentPointerFields(p.image) } : {}),
  };
}

type VisibleContext = Pick<
  IncomingVisibleMessage,
  'conversation' | 'expiration' | 'syncTarget' | keyof EnvelopeFacts
>;

/** The visible part of a DataMessage; undefined when nothing is left to show. */
export function readVisible(
  dm: SessionProtos.IDataMessage,
  context: VisibleContext,
): IncomingVisibleMessage | undefined {
  const rawBody = dm.body ?? '';
  const body = truncateCodePoints(rawBody, MAX_RECEIVED_BODY_CODE_POINTS);
  const { attachments, rejectedAttachments } = readAttachmentPointers(dm.attachments ?? []);
  const quote = dm.quote ? readMessageRef(dm.quote.author, dm.quote.id) : undefined;
  const previews = (dm.preview ?? []).flatMap((p) => readPreview(p, body));
  const invitation = dm.communityInvitation;
  const communityInvitation =
    invitation?.url && invitation.name ? { url: invitation.url, name: invitation.name } : undefined;
  const profile = readProfile(dm.profile, dm.profileKey);
  const nothing =
    body === '' &&
    attachments.length + rejectedAttachments.length + previews.length === 0 &&
    !quote &&
    !communityInvitation;
  if (nothing) return undefined;
  return {
    ...context,
    kind: 'visible',
    body,
    bodyTruncated: body.length !== rawBody.length,
    attachments,
    rejectedAttachments,
    ...(quote ? { quote } : {}),
    previews,
    ...(communityInvitation ? { communityInvitation } : {}),
    ...(profile ? { profile } : {}),
    blocksCommunityMessageRequests: dm.blocksCommunityMessageRequests === true,
  };
}

/**
 * Desktop keeps a preview only when it has a title or an image and its URL occurs in the body
 * (`handleLinkPreviews`); an image pointer that fails its checks is dropped with it left out.
 */
function readPreview(p: SessionProtos.DataMessage.IPreview, body: string): ReceivedLinkPreview[] {
  const url = p.url ?? '';
  if (!isHttpUrl(url) || !body.includes(url)) return [];
  const image = p.image ? readAttachmentPointer(p.image) : undefined;
  const usableImage = typeof image === 'object' ? image : undefined;
  const title = p.title ? truncateCodePoints(p.title, MAX_RECEIVED_BODY_CODE_POINTS) : undefined;
  if (!title && !usableImage) return [];
  return [{ url, ...(title ? { title } : {}), ...(usableImage ? { image: usableImage } : {}) }];
}
