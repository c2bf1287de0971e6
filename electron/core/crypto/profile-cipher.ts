import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AttachmentError, MAX_ATTACHMENT_BYTES } from './attachment-stream';
import { concatBytes } from './bytes';

/**
 * Profile pictures (protocol reference §8.4), as session-desktop v1.17.17
 * `ts/util/crypto/profileEncrypter.ts` does them: AES-256-GCM under the 32-byte profile key,
 * `blob = iv(12) ‖ ciphertext ‖ tag(16)`. The key travels as DataMessage.profileKey / UserProfile
 * `q`; the URL as LokiProfile.profilePicture / `p`. Avatars are small, so these work on buffers.
 */
export const PROFILE_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function checkKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== PROFILE_KEY_BYTES) {
    throw new AttachmentError('key', 'A profile key is 32 bytes.');
  }
}

export function newProfileKey(): Uint8Array {
  return new Uint8Array(randomBytes(PROFILE_KEY_BYTES));
}

export function encryptProfilePicture(image: Uint8Array, key: Uint8Array): Uint8Array {
  checkKey(key);
  if (!(image instanceof Uint8Array) || image.length === 0 || image.length > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentError('size', 'A profile picture is 1 to 10,000,000 bytes.');
  }
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = c.update(image);
  c.final();
  return concatBytes(iv, body, c.getAuthTag());
}

/** Desktop refuses anything shorter than iv + tag + 1 byte before trying the key. */
export function decryptProfilePicture(blob: Uint8Array, key: Uint8Array): Uint8Array {
  checkKey(key);
  if (!(blob instanceof Uint8Array) || blob.length < IV_BYTES + TAG_BYTES + 1) {
    throw new AttachmentError('too-short', 'The profile picture is too short to be encrypted data.');
  }
  if (blob.length > MAX_ATTACHMENT_BYTES + IV_BYTES + TAG_BYTES) {
    throw new AttachmentError('size', 'The profile picture is larger than 10,000,000 bytes.');
  }
  try {
    const d = createDecipheriv('aes-256-gcm', key, blob.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    d.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
    const head = d.update(blob.subarray(IV_BYTES, blob.length - TAG_BYTES));
    return new Uint8Array(Buffer.concat([head, d.final()]));
  } catch (cause) {
    throw new AttachmentError(
      'mac',
      'The profile picture failed its integrity check (the key may have changed).',
      {
        cause,
      },
    );
  }
}
