import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
  type Hash,
  type Hmac,
} from 'node:crypto';
import { ShallotError } from '../errors';

/**
 * Legacy attachment encryption (protocol reference §8.1) in pieces, so a 10 MB file is encrypted,
 * verified and decrypted a chunk at a time instead of as one buffer (and its copies):
 *
 *   blob = iv(16) ‖ AES-256-CBC/PKCS#7(keys[0..32), iv, plaintext ‖ zero padding) ‖ HMAC-SHA256(keys[32..64), iv ‖ c)
 *   digest = SHA-256(blob); the pointer carries keys (64 B), digest and the unpadded size.
 *
 * Receiving is two passes, in desktop's order of checks: `LegacyVerifier` reads the whole blob
 * (MAC, then digest, both constant time) before `LegacyDecryptor` touches AES-CBC, so a forged
 * blob never reaches the cipher's padding logic and nothing is produced from it.
 */
export type AttachmentErrorCode =
  'key' | 'too-short' | 'mac' | 'digest' | 'digest-missing' | 'decrypt' | 'size' | 'input';

export class AttachmentError extends ShallotError<AttachmentErrorCode> {}

/** Desktop's MAX_ATTACHMENT_FILESIZE_BYTES: the cap on a (padded) attachment. */
export const MAX_ATTACHMENT_BYTES = 10_000_000;

export const LEGACY_KEY_BYTES = 64;
const IV_BYTES = 16;
const MAC_BYTES = 32;
const BLOCK = 16;
/** The largest blob a padded plaintext of MAX_ATTACHMENT_BYTES can produce (PKCS#7 adds ≤ 16). */
export const MAX_LEGACY_BLOB_BYTES = legacyBlobSize(MAX_ATTACHMENT_BYTES);

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

/** The blob's length for a padded plaintext of `padded` bytes. */
export function legacyBlobSize(padded: number): number {
  return IV_BYTES + (Math.floor(padded / BLOCK) + 1) * BLOCK + MAC_BYTES;
}

function checkBytes(b: unknown, what: string): asserts b is Uint8Array {
  if (!(b instanceof Uint8Array)) throw new AttachmentError('input', `${what} is bytes (Uint8Array).`);
}

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export interface LegacySealed {
  readonly key: Uint8Array;
  readonly digest: Uint8Array;
  /** Plaintext bytes, unpadded. */
  readonly size: number;
  /** Bytes of the whole blob. */
  readonly blobSize: number;
}

/**
 * Encrypts a plaintext of a known `size`: `start()` gives the IV (the blob's first bytes), each
 * `update` the ciphertext of its chunk, `finish()` the last bytes (padding's ciphertext and the
 * MAC) with the pointer's facts. The caller writes the pieces in order.
 */
export class LegacyEncryptor {
  readonly key = new Uint8Array(randomBytes(LEGACY_KEY_BYTES));
  readonly blobSize: number;
  private readonly iv = randomBytes(IV_BYTES);
  private readonly cipher = createCipheriv('aes-256-cbc', this.key.subarray(0, 32), this.iv);
  private readonly mac: Hmac = createHmac('sha256', this.key.subarray(32));
  private readonly hash: Hash = createHash('sha256');
  private readonly padded: number;
  private seen = 0;
  private state: 'new' | 'open' | 'done' = 'new';

  constructor(
    readonly size: number,
    opts?: { pad?: boolean },
  ) {
    if (!Number.isSafeInteger(size) || size < 0)
      throw new AttachmentError('size', 'An attachment size is a non-negative integer.');
    this.padded = opts?.pad === false ? size : paddedAttachmentSize(size);
    if (this.padded > MAX_ATTACHMENT_BYTES) {
      throw new AttachmentError('size', 'Attachments are limited to 10,000,000 bytes.');
    }
    this.blobSize = legacyBlobSize(this.padded);
  }

  start(): Uint8Array {
    if (this.state !== 'new') throw new AttachmentError('input', 'The encryption has started already.');
    this.state = 'open';
    return this.out(this.iv, true);
  }

  update(chunk: Uint8Array): Uint8Array {
    checkBytes(chunk, 'A chunk to encrypt');
    if (this.state !== 'open') throw new AttachmentError('input', 'The encryption is not open.');
    this.seen += chunk.length;
    if (this.seen > this.size) throw new AttachmentError('size', 'More bytes than the announced size.');
    return this.out(this.cipher.update(chunk), true);
  }

  finish(): { tail: Uint8Array; sealed: LegacySealed } {
    if (this.state !== 'open') throw new AttachmentError('input', 'The encryption is not open.');
    if (this.seen !== this.size) throw new AttachmentError('size', 'Fewer bytes than the announced size.');
    this.state = 'done';
    const padding = this.cipher.update(new Uint8Array(this.padded - this.size));
    const last = Buffer.concat([padding, this.cipher.final()]);
    this.out(last, true);
    const mac = this.mac.digest();
    this.out(mac, false);
    const tail = view(Buffer.concat([last, mac]));
    const digest = view(this.hash.digest());
    return { tail, sealed: { key: this.key, digest, size: this.size, blobSize: this.blobSize } };
  }

  private out(piece: Buffer, macced: boolean): Uint8Array {
    if (macced) this.mac.update(piece);
    this.hash.update(piece);
    return view(piece);
  }
}

function checkKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== LEGACY_KEY_BYTES) {
    throw new AttachmentError('key', 'An attachment key is 64 bytes.');
  }
}

function checkSize(size: unknown): asserts size is number {
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0 || size > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentError('size', 'The attachment size is not a valid length.');
  }
}

/**
 * Checks a downloaded blob as it streams in: the HMAC over all but its last 32 bytes, then the
 * SHA-256 digest of all of it. `finish()` throws on the first failing check and returns nothing.
 */
export class LegacyVerifier {
  private readonly mac: Hmac;
  private readonly hash: Hash = createHash('sha256');
  /** The newest bytes, held back until it is known they are not the MAC. */
  private held = Buffer.alloc(0);
  private total = 0;

  constructor(
    key: Uint8Array,
    private readonly digest: Uint8Array | null | undefined,
    size: number,
  ) {
    checkKey(key);
    checkSize(size);
    this.mac = createHmac('sha256', key.subarray(32));
  }

  update(chunk: Uint8Array): void {
    checkBytes(chunk, 'A chunk of the attachment');
    this.total += chunk.length;
    if (this.total > MAX_LEGACY_BLOB_BYTES) {
      throw new AttachmentError('size', 'The attachment is larger than 10,000,000 bytes.');
    }
    this.hash.update(chunk);
    const joined = Buffer.concat([this.held, chunk]);
    const macStart = Math.max(0, joined.length - MAC_BYTES);
    this.mac.update(joined.subarray(0, macStart));
    this.held = joined.subarray(macStart);
  }

  finish(): void {
    if (this.total < IV_BYTES + MAC_BYTES) {
      throw new AttachmentError('too-short', 'The attachment is too short to be encrypted data.');
    }
    if (!timingSafeEqual(this.mac.digest(), this.held)) {
      throw new AttachmentError('mac', 'The attachment failed its integrity check.');
    }
    if (this.digest === undefined || this.digest === null || this.digest.length === 0) {
      throw new AttachmentError(
        'digest-missing',
        'The attachment has no digest; ask the sender to update Session.',
      );
    }
    if (!(this.digest instanceof Uint8Array)) {
      throw new AttachmentError('digest', 'An attachment digest is bytes (Uint8Array).');
    }
    const actual = this.hash.digest();
    if (this.digest.length !== actual.length || !timingSafeEqual(actual, this.digest)) {
      throw new AttachmentError('digest', 'The attachment does not match its digest.');
    }
  }
}

/**
 * Decrypts a blob that LegacyVerifier accepted, chunk by chunk, giving at most `size` plaintext
 * bytes (the rest is padding). Chunks are the blob's bytes in order, IV and MAC included.
 */
export class LegacyDecryptor {
  private decipher: ReturnType<typeof createDecipheriv> | undefined;
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private emitted = 0;

  constructor(
    private readonly key: Uint8Array,
    private readonly size: number,
  ) {
    checkKey(key);
    checkSize(size);
  }

  update(chunk: Uint8Array): Uint8Array {
    checkBytes(chunk, 'A chunk of the attachment');
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!this.decipher) {
      this.head = Buffer.concat([this.head, data]);
      if (this.head.length < IV_BYTES) return new Uint8Array(0);
      this.decipher = createDecipheriv(
        'aes-256-cbc',
        this.key.subarray(0, 32),
        this.head.subarray(0, IV_BYTES),
      );
      data = this.head.subarray(IV_BYTES);
    }
    const joined = Buffer.concat([this.tail, data]);
    const bodyEnd = Math.max(0, joined.length - MAC_BYTES);
    this.tail = joined.subarray(bodyEnd);
    return this.limit(this.run(() => this.decipher!.update(joined.subarray(0, bodyEnd))));
  }

  finish(): Uint8Array {
    if (!this.decipher)
      throw new AttachmentError('too-short', 'The attachment is too short to be encrypted data.');
    const last = this.limit(this.run(() => this.decipher!.final()));
    if (this.emitted < this.size) {
      throw new AttachmentError('size', 'The attachment is shorter than its declared size.');
    }
    return last;
  }

  private run(fn: () => Buffer): Buffer {
    try {
      return fn();
    } catch (cause) {
      throw new AttachmentError('decrypt', 'The attachment could not be decrypted.', { cause });
    }
  }

  /** Counts what was produced; anything beyond `size` is padding and is dropped. */
  private limit(plain: Buffer): Uint8Array {
    const keep = Math.max(0, Math.min(plain.length, this.size - this.emitted));
    this.emitted += plain.length;
    return view(plain).subarray(0, keep);
  }
}
