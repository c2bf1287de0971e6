import { BencodeError, decodeBtPrefix, encodeBt } from '../bencode';
import { blake2b } from '../../crypto/hash';
import { ConfigError } from './config-error';
import { ENCRYPT_OVERHEAD } from './encrypt';

/**
 * Multipart config messages (protocol reference §10.1; libsession PR #11 `src/config/base.cpp`).
 * A padded (and maybe compressed) message M too big for one store is cut into chunks, each sent
 * as its own encrypted message:
 *   'm' ‖ bencode [ BLAKE2b-256(M) (32), index (1-byte string), count (1-byte string), chunk ]
 */
export const MAX_MESSAGE_SIZE = 76_800;
export const MAX_MULTIPART_SIZE = 5_000_000;
/** 'm' + list delimiters + "32:" hash + "1:" index + "1:" count + a 6-character chunk length. */
const ENCODE_OVERHEAD = 1 + 2 + 3 + 32 + 2 + 1 + 2 + 1 + 6;
export const MULTIPART_CHUNK = MAX_MESSAGE_SIZE - ENCODE_OVERHEAD - ENCRYPT_OVERHEAD; // 76,710
const M = 0x6d;

export interface MultipartPart {
  readonly hash: Uint8Array;
  readonly index: number;
  readonly count: number;
  readonly chunk: Uint8Array;
}

/** The part plaintexts of `message` (not yet encrypted), and the hash that ties them together. */
export function splitMultipart(message: Uint8Array): { hash: Uint8Array; parts: Uint8Array[] } {
  const hash = blake2b(32, message);
  const count = Math.ceil(message.length / MULTIPART_CHUNK);
  if (count < 2 || count > 255) throw new ConfigError('too-large', 'A multipart message has 2 to 255 parts.');
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = message.subarray(i * MULTIPART_CHUNK, Math.min((i + 1) * MULTIPART_CHUNK, message.length));
    const list = encodeBt([hash, Uint8Array.of(i), Uint8Array.of(count), chunk]);
    // libsession sizes every part for a 6-digit chunk length; a shorter last one keeps the spare
    // bytes as trailing zeros (which is why readers ignore bytes after the list).
    const part = new Uint8Array(chunk.length + ENCODE_OVERHEAD);
    part[0] = M;
    part.set(list, 1);
    parts.push(part);
  }
  return { hash, parts };
}

function reject(message: string, cause?: unknown): ConfigError {
  return new ConfigError('multipart', message, cause === undefined ? undefined : { cause });
}

function oneByte(v: unknown, what: string): number {
  if (!(v instanceof Uint8Array) || v.length !== 1) throw reject(`The multipart ${what} is not one byte.`);
  return v[0]!;
}

/**
 * Reads a decrypted, unpadded part (starting with 'm'). Bytes after the list are ignored, as
 * libsession's list reader does (its own last parts carry zeros there). Throws
 * ConfigError('multipart').
 */
export function parseMultipartPart(plain: Uint8Array): MultipartPart {
  if (plain.length > MAX_MESSAGE_SIZE) throw reject('A multipart part is larger than a message may be.');
  if (plain[0] !== M) throw reject('This is not a multipart part.');
  let list: unknown;
  try {
    list = decodeBtPrefix(plain, 1).value;
  } catch (cause) {
    if (cause instanceof BencodeError) throw reject('A multipart part is not a valid list.', cause);
    throw cause;
  }
  if (!Array.isArray(list) || list.length !== 4) throw reject('A multipart part is a list of four elements.');
  const [hash, index, count, chunk] = list as unknown[];
  if (!(hash instanceof Uint8Array) || hash.length !== 32)
    throw reject('The multipart hash is not 32 bytes.');
  const i = oneByte(index, 'part number');
  const n = oneByte(count, 'part count');
  if (n <= 1 || i >= n) throw reject(`Invalid multipart numbering (${i} of ${n}).`);
  if (!(chunk instanceof Uint8Array) || chunk.length === 0) throw reject('A multipart part carries no data.');
  return { hash, index: i, count: n, chunk };
}
