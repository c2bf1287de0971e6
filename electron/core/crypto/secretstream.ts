import { ShallotError } from '../errors';
import {
  SECRETSTREAM_ABYTES,
  SECRETSTREAM_HEADER_BYTES,
  SECRETSTREAM_TAGS,
  type SecretstreamPull,
  type SecretstreamPush,
} from './backend/backend';
import { backend } from './sodium';

/**
 * XChaCha20-Poly1305 secretstream (libsodium `crypto_secretstream_xchacha20poly1305_*`): a key and a
 * 24-byte header start a stream of authenticated chunks, each 17 bytes longer than its plaintext,
 * that can be neither reordered, dropped nor cut short unnoticed — the last chunk carries the FINAL
 * tag, and a reader that reaches the end of its input before seeing it must treat the stream as
 * truncated (`finished` is false). For files on disk: attachments and backups.
 * Needs `await ready()`. Errors are SecretstreamError only.
 */
export type SecretstreamErrorCode = 'input' | 'decrypt' | 'after-final';

export class SecretstreamError extends ShallotError<SecretstreamErrorCode> {}

export const SECRETSTREAM_KEY_BYTES = 32;
export { SECRETSTREAM_ABYTES, SECRETSTREAM_HEADER_BYTES };

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
  const { header, stream }: { header: Uint8Array; stream: SecretstreamPush } =
    backend().secretstreamPush(key);
  let done = false;
  return {
    header,
    push(chunk, options) {
      const ad = options?.associatedData;
      checkBytes([chunk, ad], 'A chunk and its associated data');
      if (done) throw new SecretstreamError('after-final', 'This stream already ended with its final chunk.');
      done = options?.final === true;
      return stream.push(chunk, done ? SECRETSTREAM_TAGS.final : SECRETSTREAM_TAGS.message, ad);
    },
  };
}

export function createStreamDecryptor(key: Uint8Array, header: Uint8Array): StreamDecryptor {
  checkKey(key);
  checkBytes([header], 'A secretstream header');
  if (header.length !== SECRETSTREAM_HEADER_BYTES) {
    throw new SecretstreamError('input', 'A secretstream header is 24 bytes.');
  }
  const stream: SecretstreamPull = backend().secretstreamPull(header, key);
  let finished = false;
  return {
    get finished() {
      return finished;
    },
    pull(chunk, associatedData) {
      checkBytes([chunk, associatedData], 'A chunk and its associated data');
      if (finished)
        throw new SecretstreamError('after-final', 'This stream already ended with its final chunk.');
      const opened = chunk.length < SECRETSTREAM_ABYTES ? undefined : stream.pull(chunk, associatedData);
      if (!opened) throw new SecretstreamError('decrypt', 'A chunk of the stream failed authentication.');
      finished = opened.tag === SECRETSTREAM_TAGS.final;
      return { message: opened.message, final: finished };
    },
  };
}
