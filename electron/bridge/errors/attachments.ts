/**
 * Domain error codes of the attachment methods (methods/attachments.ts) and of sending files.
 * `attachment-not-found` is the messages domain's (an unknown, cancelled or failed upload id).
 */
export const ATTACHMENTS_CODES = [
  /** The file is larger than 10,000,000 bytes, or the file server refused its size (413). */
  'attachment-too-large',
  /** A chunk did not start where the previous one ended. */
  'attachment-offset',
  /** `finish` came before every announced byte arrived. */
  'attachment-incomplete',
  /** Too many files are being handed over at once; finish or cancel some first. */
  'attachment-busy',
  /** The file is not on this device yet (download it first). */
  'attachment-not-downloaded',
  /** The file server no longer has the file (it expired). */
  'attachment-expired',
  /** The file failed its checks (MAC, digest, format) or its pointer was unusable: it is not shown. */
  'attachment-invalid',
  /** An image whose size no display could show (wider or taller than 65,535 pixels, or too many pixels). */
  'attachment-dimensions',
  /** The file could not be read from or written to this device's disk. */
  'attachment-io',
  /** The download failed after its retries (network); it can be retried. */
  'attachment-download-failed',
  /** A file server setting whose URL is not http(s) or whose public key is not 64 hex digits. */
  'file-server-invalid',
  /** A profile picture that is not a PNG, JPEG, GIF or WebP image of at most 10,000,000 bytes. */
  'avatar-invalid',
  /** This host has no save dialog (the web host downloads through the browser instead). */
  'save-unsupported',
] as const;

export type AttachmentsCode = (typeof ATTACHMENTS_CODES)[number];
