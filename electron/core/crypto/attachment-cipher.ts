import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { ShallotError } from '../errors';
import { concatBytes } from './bytes';

/**
 * Legacy attachment encryption (protocol reference §8.1), what desktop sends by default:
 * pad with zeros → AES-256-CBC/PKCS#7 under keys[0..32) with a random 16-byte IV →
 * blob = iv ‖ ciphertext ‖ HMAC-SHA256(keys[32..64), iv ‖ ciphertext); digest = SHA-256(blob).
 * The pointer carries the 64-byte key, the digest and the unpadded size.
 */
export type AttachmentErrorCode =
  'key' | 'too-short' | 'mac' | 'digest' | 'digest-missing' | 'decrypt' | 'size' | 'input';

export class AttachmentError extends ShallotError<AttachmentErrorCode> {}

/** Desktop's MAX_ATTACHMENT_FILESIZE_BYTES: the cap on a (padded) attachment. */
export const MAX_ATTACHMENT_BYTES = 10_000_000;

const KEY_BYTES = 64;
const IV_BYTES = 16;
const MAC_BYTES = 32;
const BLOCK = 16;
/** The largest blob a padded plaintext of MAX_ATTACHMENT_BYTES can produce (PKCS#7 adds ≤ 16). */
const MAX_BLOB_BYTES = IV_BYTES + (Math.floor(MAX_ATTACHMENT_BYTES / BLOCK) + 1) * BLOCK + MAC_BYTES;

/**
 * Desktop's padding size: the next power of 1.05 at or above n (floored), at least 541, capped at
 * exactly 10 MB when n itself fits. Never below n (guarding float rounding desktop would crash on).
 */
export function paddedAttachmentSize(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new AttachmentError('size', 'An attachment size is a non-negative integer.');
  const grown = n === 0 ? 0 : Math.floor(Math.pow(1.05, Math.ceil(Math.log(n) / Math.log(1.05))));
  let padded = Math.max(541, grown, n);
  if (padded > MAX_ATTACHMENT_BYTES && n <= MAX_ATTACHMENT_BYTES) padded = MAX_ATTACHMENT_BYTES;
  return padded;
}

export function encryptAttachment(
  plaintext: Uint8Array,
  opts?: { pad?: boolean },
): { blob: Uint8Array; key: Uint8Array; digest: Uint8Array; size: number } {
  if (!(plaintext instanceof Uint8Array)) {
    throw new AttachmentError('input', 'An attachment to encrypt is bytes (Uint8Array).');
  }
  const size = plaintext.length;
  const paddedSize = opts?.pad === false ? size : paddedAttachmentSize(size);
  if (paddedSize > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentError('size', 'Attachments are limited to 10,000,000 bytes.');
  }
  let padded = plaintext;
  if (paddedSize > size) {
    padded = new Uint8Array(paddedSize);
    padded.set(plaintext);
  }
  const key = new Uint8Array(randomBytes(KEY_BYTES));
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-cbc', key.subarray(0, 32), iv);
  const body = Buffer.concat([cipher.update(padded), cipher.final()]);
  const mac = createHmac('sha256', key.subarray(32)).update(iv).update(body).digest();
  const blob = concatBytes(iv, body, mac);
  const digest = new Uint8Array(createHash('sha256').update(blob).digest());
  return { blob, key, digest, size };
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
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new AttachmentError('key', 'An attachment key is 64 bytes.');
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0 || size > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentError('size', 'The attachment size is not a valid length.');
  }
  if (!(blob instanceof Uint8Array) || blob.length < IV_BYTES + MAC_BYTES) {
    throw new AttachmentError('too-short', 'The attachment is too short to be encrypted data.');
  }
  if (blob.length > MAX_BLOB_BYTES) {
    throw new AttachmentError('size', 'The attachment is larger than 10,000,000 bytes.');
  }
  const macStart = blob.length - MAC_BYTES;
  const expectedMac = createHmac('sha256', key.subarray(32)).update(blob.subarray(0, macStart)).digest();
  if (!timingSafeEqual(expectedMac, blob.subarray(macStart))) {
    throw new AttachmentError('mac', 'The attachment failed its integrity check.');
  }
  if (digest === undefined || digest === null || digest.length === 0) {
    throw new AttachmentError(
      'digest-missing',
      'The attachment has no digest; ask the sender to update Session.',
    );
  }
  if (!(digest instanceof Uint8Array)) {
    throw new AttachmentError('digest', 'An attachment digest is bytes (Uint8Array).');
  }
  const actualDigest = createHash('sha256').update(blob).digest();
  if (digest.length !== actualDigest.length || !timingSafeEqual(actualDigest, digest)) {
    throw new AttachmentError('digest', 'The attachment does not match its digest.');
  }
  const body = blob.subarray(IV_BYTES, macStart);
  let plain: Buffer;
  try {
    const d = createDecipheriv('aes-256-cbc', key.subarray(0, 32), blob.subarray(0, IV_BYTES));
    plain = Buffer.concat([d.update(body), d.final()]);
  } catch (cause) {
    throw new AttachmentError('decrypt', 'The attachment could not be decrypted.', { cause });
  }
  if (plain.length < size) {
    throw new AttachmentError('size', 'The attachment is shorter than its declared size.');
  }
  return new Uint8Array(plain.buffer, plain.byteOffset, size).slice();
}
