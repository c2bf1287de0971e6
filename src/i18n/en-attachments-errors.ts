import type { AttachmentsCode } from '../../electron/bridge/errors/attachments';

/** Words for the attachment methods' error codes (electron/bridge/errors/attachments.ts). */
export const attachmentsErrorMessages = {
  'attachment-too-large': 'That file is larger than 10 MB, the most Session can send.',
  'attachment-offset': 'The file arrived out of order. Try attaching it again.',
  'attachment-incomplete': 'The file was not read to its end. Try attaching it again.',
  'attachment-busy': 'Too many files are being attached at once. Send or remove some first.',
  'attachment-not-downloaded': 'That file is not on this device yet. Download it first.',
  'attachment-expired': 'That file has expired: the file server no longer has it.',
  'attachment-invalid': 'That file failed its checks, so Shallot did not keep it.',
  'attachment-dimensions': 'That image is too large for any screen to show.',
  'attachment-io': 'Shallot could not read or write that file on this device.',
  'attachment-download-failed': 'The download failed. Try again.',
  'file-server-invalid': 'A file server needs an http(s) address and a 64-digit hex public key.',
  'avatar-invalid': 'A profile picture must be a PNG, JPEG, GIF or WebP image of at most 10 MB.',
  'save-unsupported': 'Saving is done by the browser here: use the download link instead.',
} as const satisfies Record<AttachmentsCode, string>;
