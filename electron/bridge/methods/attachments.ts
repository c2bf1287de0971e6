/**
 * Files, voice notes and profile pictures (issue 14). Bytes never travel as one big value: a file
 * is handed to the core in chunks (`begin` → `append`… → `finish`, each chunk ≤ 512 KiB so its
 * frame stays under the 1 MiB cap) and its upload id is then named in `messages.send`; decrypted
 * bytes come back in chunks (`read`, over the host's own checked channel: Electron IPC from the app
 * origin's main frame, the web host's token-checked WebSocket) and the renderer shows them as
 * `blob:` URLs. Ids are opaque: no method takes or gives a path, and nothing is fetched by URL.
 */
import { z } from 'zod';
import type { MethodSpec } from '../contract';
import type { AccountCode } from '../errors/account';
import type { AttachmentsCode } from '../errors/attachments';
import type { MessagesCode } from '../errors/messages';
import { ConversationId, MessageId } from './conversations';

const SESSION = ['no-account'] as const satisfies readonly AccountCode[];
const NOT_FOUND = ['attachment-not-found'] as const satisfies readonly MessagesCode[];

/** The plaintext limit of desktop 1.17.17 (MAX_ATTACHMENT_FILESIZE_BYTES). */
export const MAX_FILE_BYTES = 10_000_000;
/** Bytes per chunk: base64 makes it ~700 KB of text, well inside a 1 MiB frame. */
export const MAX_CHUNK_BYTES = 512 * 1024;
const MAX_SIDE = 65_535;

const Id = z
  .string()
  .length(32)
  .regex(/^[0-9a-f]{32}$/);
const Chunk = z
  .instanceof(Uint8Array)
  .refine((b) => b.length >= 1 && b.length <= MAX_CHUNK_BYTES, 'A chunk is 1 to 524,288 bytes.');
const Side = z.number().int().min(1).max(MAX_SIDE);

export const StagedFile = z.object({
  uploadId: Id,
  fileName: z.string().max(255).nullable(),
  contentType: z.string().max(255),
  size: z.number().int().positive(),
  width: Side.nullable(),
  height: Side.nullable(),
  voice: z.boolean(),
  durationMs: z.number().int().nonnegative().nullable(),
});

export const FileServerSetting = z.object({
  url: z.string().min(1).max(255),
  /** The server's Ed25519 public key, 64 hex digits. */
  publicKey: z.string().length(64),
});

export const AttachmentSettings = z.object({
  /** Images and voice notes up to 5 MB in accepted chats: fetched on arrival, or on click. */
  autoDownload: z.enum(['always', 'on-click']),
  /** Where uploads go; null is the network's own file server. */
  fileServer: FileServerSetting.nullable(),
});

export const AvatarView = z.object({ avatar: z.object({ id: Id }).nullable() });

const Target = z.strictObject({ kind: z.enum(['attachment', 'avatar']), id: Id });
const Empty = z.object({});

const stagingErrors = [
  'attachment-too-large',
  'attachment-offset',
  'attachment-incomplete',
  'attachment-busy',
  'attachment-dimensions',
  'attachment-io',
] as const satisfies readonly AttachmentsCode[];

export const attachmentMethods = {
  'attachments.begin': {
    params: z.strictObject({
      fileName: z.string().max(1_000).optional(),
      contentType: z.string().max(255).optional(),
      size: z.number().int().min(1).max(MAX_FILE_BYTES),
      /** A recorded voice message (audio only): sent with the VOICE_MESSAGE flag. */
      voice: z.boolean().optional(),
      durationMs: z.number().int().nonnegative().max(3_600_000).optional(),
      /** A video's frame size as the renderer measured it (images are measured by the core). */
      width: Side.optional(),
      height: Side.optional(),
      caption: z.string().max(2_000).optional(),
    }),
    result: z.object({ uploadId: Id }),
    errors: [...SESSION, ...stagingErrors],
  },
  'attachments.append': {
    params: z.strictObject({ uploadId: Id, offset: z.number().int().nonnegative(), data: Chunk }),
    result: z.object({ received: z.number().int().nonnegative() }),
    errors: [...SESSION, ...NOT_FOUND, ...stagingErrors],
  },
  'attachments.finish': {
    params: z.strictObject({ uploadId: Id }),
    result: StagedFile,
    errors: [...SESSION, ...NOT_FOUND, ...stagingErrors],
  },
  /** A hand-over, an upload (its message fails; retry sends it again) or a download. */
  'attachments.cancel': {
    params: z.strictObject({ id: Id }),
    result: z.object({ cancelled: z.boolean() }),
    errors: [...SESSION, ...NOT_FOUND],
  },
  /** Starts or retries a download; progress arrives as `attachments.progress`. */
  'attachments.download': {
    params: z.strictObject({ attachmentId: Id }),
    result: Empty,
    errors: [...SESSION, ...NOT_FOUND, 'attachment-invalid'],
  },
  /** Up to `length` decrypted bytes from `offset`. */
  'attachments.read': {
    params: z.strictObject({
      target: Target,
      offset: z.number().int().nonnegative(),
      length: z.number().int().min(1).max(MAX_CHUNK_BYTES),
    }),
    result: z.object({
      data: z.instanceof(Uint8Array),
      size: z.number().int().nonnegative(),
      contentType: z.string().max(255),
      fileName: z.string().max(255).nullable(),
    }),
    errors: [...SESSION, ...NOT_FOUND, 'attachment-not-downloaded', 'attachment-invalid', 'attachment-io'],
    passive: true,
  },
  /** Electron asks where and the core writes the file there; other hosts answer save-unsupported. */
  'attachments.saveAs': {
    params: z.strictObject({ attachmentId: Id }),
    result: z.object({ saved: z.boolean() }),
    timeoutMs: 120_000,
    errors: [...SESSION, ...NOT_FOUND, 'attachment-not-downloaded', 'attachment-io', 'save-unsupported'],
  },
  'attachments.settings.get': {
    params: z.strictObject({}),
    result: AttachmentSettings,
    errors: [...SESSION],
    passive: true,
  },
  'attachments.settings.set': {
    params: z.strictObject({
      autoDownload: z.enum(['always', 'on-click']).optional(),
      fileServer: FileServerSetting.nullable().optional(),
    }),
    result: AttachmentSettings,
    errors: [...SESSION, 'file-server-invalid'],
  },
  'avatar.get': { params: z.strictObject({}), result: AvatarView, errors: [...SESSION], passive: true },
  /** Our picture from a finished hand-over (the renderer crops it first); uploads it. */
  'avatar.set': {
    params: z.strictObject({ uploadId: Id }),
    result: AvatarView,
    timeoutMs: 90_000,
    errors: [
      ...SESSION,
      ...NOT_FOUND,
      'avatar-invalid',
      'attachment-io',
      'network-unreachable',
      'network-timeout',
    ],
  },
  'avatar.clear': { params: z.strictObject({}), result: AvatarView, errors: [...SESSION] },
} as const satisfies Record<string, MethodSpec>;

export const attachmentEvents = {
  /** A transfer moved on (at most every 200 ms per file, and at its end). */
  'attachments.progress': z.object({
    conversationId: ConversationId,
    messageId: MessageId,
    attachmentId: Id,
    direction: z.enum(['upload', 'download']),
    progress: z.number().min(0).max(1),
  }),
  'avatar.changed': AvatarView,
} as const;

export type StagedFile = z.output<typeof StagedFile>;
export type AttachmentSettings = z.output<typeof AttachmentSettings>;
export type AvatarView = z.output<typeof AvatarView>;
export type AttachmentProgress = z.output<(typeof attachmentEvents)['attachments.progress']>;
