import { AttachmentError } from './attachment-stream';
import {
  createStreamDecryptor,
  SECRETSTREAM_ABYTES,
  SECRETSTREAM_HEADER_BYTES,
  type StreamDecryptor,
} from './secretstream';

/**
 * Decryption of libsession's deterministic attachment format (protocol reference §8.2, selected by
 * the pointer URL's `d` fragment), read from session-foundation/libsession-util
 * `src/attachments.cpp` (Decryptor, encrypted_padding; GPL-3.0):
 *
 *   'S' (0x53) ‖ secretstream_xchacha20poly1305 header (24) ‖ chunks of ≤ 32 768 plaintext bytes
 *   (+ 17 each), every chunk but the last exactly 32 785 bytes, the last tagged FINAL.
 *   plaintext stream = zero bytes (padding, ≥ 0 whole chunks of them) ‖ 0x01 ‖ data.
 *
 * The key is the pointer's 32 bytes. Every chunk is authenticated before a byte of it is given out;
 * the whole is only valid once `finish()` saw the FINAL tag exactly at the end, so a caller keeps
 * what `update` gives in a place nobody reads until then.
 */
export const DETERMINISTIC_KEY_BYTES = 32;
/** Plaintext bytes per chunk (libsession ENCRYPT_CHUNK_SIZE). */
export const DETERMINISTIC_CHUNK = 32_768;
const PREFIX = 0x53;
const ENCRYPTED_CHUNK = DETERMINISTIC_CHUNK + SECRETSTREAM_ABYTES;
const HEADER = 1 + SECRETSTREAM_HEADER_BYTES;

export class DeterministicDecryptor {
  private stream: StreamDecryptor | undefined;
  private pending: Uint8Array = new Uint8Array(0);
  private depadded = false;
  private final = false;

  constructor(private readonly key: Uint8Array) {
    if (!(key instanceof Uint8Array) || key.length !== DETERMINISTIC_KEY_BYTES) {
      throw new AttachmentError('key', 'A deterministic attachment key is 32 bytes.');
    }
  }

  /** Feeds encrypted bytes in any sizes; returns the plaintext they completed (possibly empty). */
  update(chunk: Uint8Array): Uint8Array[] {
    if (!(chunk instanceof Uint8Array)) throw new AttachmentError('input', 'A chunk is bytes (Uint8Array).');
    this.pending = this.pending.length === 0 ? chunk : join(this.pending, chunk);
    const out: Uint8Array[] = [];
    if (!this.stream) {
      if (this.pending.length < HEADER) return out;
      if (this.pending[0] !== PREFIX) {
        throw new AttachmentError('decrypt', 'The attachment is not in a known encryption format.');
      }
      this.stream = this.open(this.pending.subarray(1, HEADER));
      this.pending = this.pending.subarray(HEADER);
    }
    // A full-size chunk may still be the last one: keep it until more bytes (or the end) arrive.
    while (this.pending.length > ENCRYPTED_CHUNK) {
      this.chunk(this.pending.subarray(0, ENCRYPTED_CHUNK), out);
      this.pending = this.pending.subarray(ENCRYPTED_CHUNK);
    }
    return out;
  }

  /** The end of the input: the last chunk must be there and carry the FINAL tag. */
  finish(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (!this.stream)
      throw new AttachmentError('too-short', 'The attachment is too short to be encrypted data.');
    if (this.pending.length > 0) this.chunk(this.pending, out);
    this.pending = new Uint8Array(0);
    if (!this.final) throw new AttachmentError('decrypt', 'The attachment ends before its last chunk.');
    if (!this.depadded) throw new AttachmentError('decrypt', 'The attachment has no end of padding.');
    return out;
  }

  private open(header: Uint8Array): StreamDecryptor {
    try {
      return createStreamDecryptor(this.key, header.slice());
    } catch (cause) {
      throw new AttachmentError('decrypt', 'The attachment could not be decrypted.', { cause });
    }
  }

  private chunk(bytes: Uint8Array, out: Uint8Array[]): void {
    if (this.final) throw new AttachmentError('decrypt', 'The attachment continues after its last chunk.');
    let pulled: { message: Uint8Array; final: boolean };
    try {
      pulled = this.stream!.pull(bytes.slice());
    } catch (cause) {
      throw new AttachmentError('decrypt', 'The attachment failed authentication.', { cause });
    }
    this.final = pulled.final;
    let data = pulled.message;
    if (!this.depadded) {
      const start = data.findIndex((b) => b !== 0);
      if (start < 0) return;
      if (data[start] !== 0x01) throw new AttachmentError('decrypt', 'The attachment padding is invalid.');
      this.depadded = true;
      data = data.subarray(start + 1);
    }
    if (data.length > 0) out.push(data);
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
