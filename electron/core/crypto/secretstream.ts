import { ShallotError } from '../errors';
import { sodium } from './sodium';

/**
 * XChaCha20-Poly1305 secretstream (libsodium `crypto_secretstream_xchacha20poly1305_*`): a key and a
 * 24-byte header start a stream of authenticated chunks, each 17 bytes longer than its plaintext,
 * that can be neither reordered, dropped nor cut short unnoticed — the last chunk carries the FINAL
 * tag, and a reader that reaches the end of its input before seeing it must treat the stream as
 * truncated (`finished` is false). For files on disk: attachments and backups.
 * Needs `await ready()`. Errors are SecretstreamError only.
 *
 * The same interface as the native-backend branch's file of this name (its exports and errors), so
 * callers do not change when the backend does.
 */
export type SecretstreamErrorCode = 'input' | 'decrypt' | 'after-final';

export class SecretstreamError extends ShallotError<SecretstreamErrorCode> {}

export const SECRETSTREAM_KEY_BYTES = 32;
export const SECRETSTREAM_HEADER_BYTES = 24;
/** What each chunk adds to its plaintext: a 1-byte tag and a 16-byte MAC. */
export const SECRETSTREAM_ABYTES = 17;

export interface StreamEncryptor {
  /** Sent ahead of the first chunk; not secret. */
  readonly header: Uint8Array;
  /** Encrypts one chunk; `final` marks the last one, after which push throws 'after-final'. */
  push(chunk: Uint8Array, options?: { final?: boolean; associatedData?: Uint8Array }): Uint8Array;
}

export interface StreamDecryptor {
  /** True once the FINAL chunk has been read. */
  readonly finished: boolean;
  /** Decrypts the next chunk; a forged, reordered or foreign chunk throws 'decrypt'. */
  pull(chunk: Uint8Array, associatedData?: Uint8Array): { message: Uint8Array; final: boolean };
}

function checkBytes(values: readonly unknown[], what: string): void {
  if (!values.every((v) => v === undefined || v instanceof Uint8Array)) {
    throw new SecretstreamError('input', `${what} is bytes (Uint8Array).`);
  }
}

function checkKey(key: Uint8Array): void {
  checkBytes([key], 'A secretstream key');
  if (key.length !== SECRETSTREAM_KEY_BYTES)
    throw new SecretstreamError('input', 'A secretstream key is 32 bytes.');
}

export function createStreamEncryptor(key: Uint8Array): StreamEncryptor {
  checkKey(key);
  const s = sodium();
  const { state, header } = s.crypto_secretstream_xchacha20poly1305_init_push(key);
  let done = false;
  return {
    header,
    push(chunk, options) {
      const ad = options?.associatedData;
      checkBytes([chunk, ad], 'A chunk and its associated data');
      if (done) throw new SecretstreamError('after-final', 'This stream already ended with its final chunk.');
      done = options?.final === true;
      const tag = done
        ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
      return s.crypto_secretstream_xchacha20poly1305_push(state, chunk, ad ?? null, tag);
    },
  };
}

export function createStreamDecryptor(key: Uint8Array, header: Uint8Array): StreamDecryptor {
  checkKey(key);
  checkBytes([header], 'A secretstream header');
  if (header.length !== SECRETSTREAM_HEADER_BYTES) {
    throw new SecretstreamError('input', 'A secretstream header is 24 bytes.');
  }
  const s = sodium();
  const state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  let finished = false;
  return {
    get finished() {
      return finished;
    },
    pull(chunk, associatedData) {
      checkBytes([chunk, associatedData], 'A chunk and its associated data');
      if (finished)
        throw new SecretstreamError('after-final', 'This stream already ended with its final chunk.');
      let opened: { message: Uint8Array; tag: number } | false = false;
      if (chunk.length >= SECRETSTREAM_ABYTES) {
        try {
          opened = s.crypto_secretstream_xchacha20poly1305_pull(state, chunk, associatedData ?? null);
        } catch {
          opened = false;
        }
      }
      if (!opened) throw new SecretstreamError('decrypt', 'A chunk of the stream failed authentication.');
      finished = opened.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
      return { message: opened.message, final: finished };
    },
  };
}
