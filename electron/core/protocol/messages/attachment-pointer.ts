import { MAX_ATTACHMENT_BYTES } from '../../crypto/attachment-cipher';
import { SessionProtos } from '../content-codec';
import { deprecatedFileId, parseFileUrl, type FileLocation } from './file-location';
import { sanitizeFileName } from './file-name';
import { MessageEncodeError } from './message-error';
import { MAX_RECEIVED_BODY_CODE_POINTS, truncateCodePoints } from './text-bounds';
import { bytesOfLength, ownBytes } from './wire-values';

/**
 * An attachment as a message points at it (protocol reference §8.5): where the encrypted file is,
 * the key to open it, and what to show before it is downloaded.
 */
export interface AttachmentPointer {
  /** File-server URL; its fragment says which encryption and which server key (see FileLocation). */
  readonly url: string;
  /** Legacy: 64 bytes (AES-256 key ‖ HMAC key); deterministic: 32 bytes. */
  readonly key: Uint8Array;
  /** Legacy only: SHA-256 of the uploaded blob (32 bytes). */
  readonly digest?: Uint8Array;
  /** Plaintext size before padding, bytes. */
  readonly size: number;
  readonly contentType?: string;
  readonly fileName?: string;
  readonly width?: number;
  readonly height?: number;
  readonly caption?: string;
  /** A voice note (AttachmentPointer.flags VOICE_MESSAGE). */
  readonly voice: boolean;
}

/** An incoming pointer that passed every check, with its URL already parsed. */
export interface ReceivedAttachment extends AttachmentPointer {
  readonly location: FileLocation;
}

export const ATTACHMENT_REJECTIONS = ['url', 'key', 'digest', 'size', 'dimensions'] as const;
export type AttachmentRejection = (typeof ATTACHMENT_REJECTIONS)[number];

/** An incoming pointer that was left out of its message, by position. */
export interface RejectedAttachment {
  readonly index: number;
  readonly reason: AttachmentRejection;
}

/**
 * Shallot's bound on width/height hints: the largest side JPEG can encode. Larger values are not
 * images anyone can display, only a way to make a layout allocate absurd boxes.
 */
export const MAX_ATTACHMENT_DIMENSION = 65_535;
export const MAX_ATTACHMENTS_PER_MESSAGE = 32;

const LEGACY_KEY_BYTES = 64;
const DETERMINISTIC_KEY_BYTES = 32;
const DIGEST_BYTES = 32;
const VOICE = SessionProtos.AttachmentPointer.Flags.VOICE_MESSAGE;
const CONTENT_TYPE_RE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(?:\s*;[\x20-\x7e]*)?$/;

type Checked = { location: FileLocation; digest?: Uint8Array } | AttachmentRejection;

/** The checks both directions share; incoming digests of deterministic files are dropped, not refused. */
function check(p: {
  url?: string | null;
  key?: Uint8Array | null;
  digest?: Uint8Array | null;
  size?: number | null;
  width?: number | null;
  height?: number | null;
}): Checked {
  const location = parseFileUrl(p.url ?? '');
  if (!location) return 'url';
  const deterministic = location.encryption === 'deterministic';
  if (!bytesOfLength(p.key, deterministic ? DETERMINISTIC_KEY_BYTES : LEGACY_KEY_BYTES)) return 'key';
  if (!deterministic && !bytesOfLength(p.digest, DIGEST_BYTES)) return 'digest';
  const size = p.size ?? 0;
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_ATTACHMENT_BYTES) return 'size';
  if ((p.width ?? 0) > MAX_ATTACHMENT_DIMENSION || (p.height ?? 0) > MAX_ATTACHMENT_DIMENSION) {
    return 'dimensions';
  }
  return deterministic ? { location } : { location, digest: p.digest! };
}

function validContentType(type: string | null | undefined): string | undefined {
  return type && type.length <= 255 && CONTENT_TYPE_RE.test(type) ? type : undefined;
}

export function attachmentPointerFields(a: AttachmentPointer): SessionProtos.IAttachmentPointer {
  if (a.digest !== undefined && parseFileUrl(a.url)?.encryption === 'deterministic') {
    throw new MessageEncodeError('attachment', 'A deterministically encrypted attachment has no digest.');
  }
  const checked = check(a);
  if (typeof checked === 'string') {
    throw new MessageEncodeError('attachment', `The attachment pointer is invalid (${checked}).`);
  }
  if (a.contentType !== undefined && validContentType(a.contentType) === undefined) {
    throw new MessageEncodeError('attachment', 'The attachment content type is not a MIME type.');
  }
  const fileName = sanitizeFileName(a.fileName);
  return {
    deprecatedId: deprecatedFileId(checked.location),
    ...(a.contentType ? { contentType: a.contentType } : {}),
    key: a.key,
    size: a.size,
    ...(a.digest ? { digest: a.digest } : {}),
    ...(fileName ? { fileName } : {}),
    ...(a.voice ? { flags: VOICE } : {}),
    ...(a.width ? { width: a.width } : {}),
    ...(a.height ? { height: a.height } : {}),
    ...(a.caption ? { caption: a.caption } : {}),
    url: a.url,
  };
}

/**
 * Checks and normalises one incoming pointer: deprecated_id ignored (desktop zeroes it), the file
 * name sanitised, an unusable content type dropped, zero dimensions treated as unknown, the
 * caption cut like a body.
 */
export function readAttachmentPointer(
  p: SessionProtos.IAttachmentPointer,
): ReceivedAttachment | AttachmentRejection {
  const checked = check(p);
  if (typeof checked === 'string') return checked;
  const contentType = validContentType(p.contentType);
  const fileName = sanitizeFileName(p.fileName);
  const caption = p.caption ? truncateCodePoints(p.caption, MAX_RECEIVED_BODY_CODE_POINTS) : '';
  return {
    url: p.url!,
    key: ownBytes(p.key!),
    ...(checked.digest ? { digest: ownBytes(checked.digest) } : {}),
    size: p.size!,
    ...(contentType ? { contentType } : {}),
    ...(fileName ? { fileName } : {}),
    ...(p.width ? { width: p.width } : {}),
    ...(p.height ? { height: p.height } : {}),
    ...(caption ? { caption } : {}),
    voice: ((p.flags ?? 0) & VOICE) !== 0,
    location: checked.location,
  };
}

/** Every pointer of a message: the good ones, and the positions and reasons of the others. */
export function readAttachmentPointers(pointers: readonly SessionProtos.IAttachmentPointer[]): {
  attachments: ReceivedAttachment[];
  rejectedAttachments: RejectedAttachment[];
} {
  const attachments: ReceivedAttachment[] = [];
  const rejectedAttachments: RejectedAttachment[] = [];
  pointers.forEach((pointer, index) => {
    const read = readAttachmentPointer(pointer);
    if (typeof read === 'string') rejectedAttachments.push({ index, reason: read });
    else attachments.push(read);
  });
  return { attachments, rejectedAttachments };
}
