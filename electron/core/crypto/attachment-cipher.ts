import { concatBytes } from './bytes';
import { AttachmentError, LegacyDecryptor, LegacyEncryptor, LegacyVerifier } from './attachment-stream';

/**
 * Legacy attachment encryption (protocol reference §8.1) of a whole buffer: what desktop sends by
 * default. The work is done by the streaming pieces in attachment-stream.ts; these are the
 * one-call forms for small payloads (link-preview images, tests).
 */
export {
  AttachmentError,
  MAX_ATTACHMENT_BYTES,
  paddedAttachmentSize,
  type AttachmentErrorCode,
} from './attachment-stream';

export function encryptAttachment(
  plaintext: Uint8Array,
  opts?: { pad?: boolean },
): { blob: Uint8Array; key: Uint8Array; digest: Uint8Array; size: number } {
  if (!(plaintext instanceof Uint8Array)) {
    throw new AttachmentError('input', 'An attachment to encrypt is bytes (Uint8Array).');
  }
  const enc = new LegacyEncryptor(plaintext.length, opts);
  const head = enc.start();
  const body = enc.update(plaintext);
  const { tail, sealed } = enc.finish();
  return { blob: concatBytes(head, body, tail), key: sealed.key, digest: sealed.digest, size: sealed.size };
}

/**
 * Authenticates before touching the cipher: MAC and digest are both checked (constant time) first,
 * so a forged blob never reaches AES-CBC's padding logic. Trailing padding beyond `size` is dropped.
 * Checks run in desktop's order: key, size (0 is refused, as desktop's "expected size is 0"),
 * length, MAC, then the digest's presence and value.
 */
export function decryptAttachment(
  blob: Uint8Array,
  key: Uint8Array,
  digest: Uint8Array | null | undefined,
  size: number,
): Uint8Array {
  const verifier = new LegacyVerifier(key, digest, size);
  if (!(blob instanceof Uint8Array)) {
    throw new AttachmentError('too-short', 'The attachment is too short to be encrypted data.');
  }
  verifier.update(blob);
  verifier.finish();
  const dec = new LegacyDecryptor(key, size);
  return concatBytes(dec.update(blob), dec.finish());
}
