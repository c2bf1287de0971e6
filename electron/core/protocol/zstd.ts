import { compress, decompress, init } from '@bokuweb/zstd-wasm';
import { ShallotError } from '../errors';

/**
 * zstd as libsession uses it (group messages, config messages): one-shot frames at level 1.
 * The wasm module loads once; `zstdReady()` must have resolved before the synchronous calls.
 *
 * Decompression is bounded: the wasm wrapper allocates whatever size a frame header declares, so
 * the header is read here first and any frame declaring more than `maxBytes` is refused before a
 * byte is allocated. Frames without a declared size get exactly `maxBytes` of room.
 */
export type ZstdErrorCode = 'not-ready' | 'frame' | 'too-large' | 'corrupt';

export class ZstdError extends ShallotError<ZstdErrorCode> {}

/** libsession's `zstd_compress` default level. */
const LEVEL = 1;
const MAGIC = 0xfd2fb528;
/** ZSTD_WINDOWLOG_MAX of a 32-bit build (the wasm module). */
const MAX_WINDOW_LOG = 30;

let loaded = false;
let pending: Promise<void> | undefined;

export function zstdReady(): Promise<void> {
  pending ??= init().then(() => {
    loaded = true;
  });
  return pending;
}

function requireLoaded(): void {
  if (!loaded) throw new ZstdError('not-ready', 'zstd was used before zstdReady() resolved.');
}

export function zstdCompress(data: Uint8Array): Uint8Array {
  requireLoaded();
  return compress(data, LEVEL);
}

/**
 * The content size a zstd frame header declares, `undefined` if it declares none, or throws
 * ZstdError('frame') if the bytes do not start with a zstd frame (RFC 8878 §3.1.1.1).
 */
export function zstdDeclaredSize(frame: Uint8Array): number | undefined {
  if (frame.length < 5) throw new ZstdError('frame', 'The compressed data is too short for a zstd frame.');
  const magic = (frame[0]! | (frame[1]! << 8) | (frame[2]! << 16) | (frame[3]! << 24)) >>> 0;
  if (magic !== MAGIC) throw new ZstdError('frame', 'The compressed data is not a zstd frame.');
  const descriptor = frame[4]!;
  const sizeFlag = descriptor >> 6;
  const singleSegment = (descriptor >> 5) & 1;
  if (descriptor & 0x08) throw new ZstdError('frame', 'The zstd frame header uses a reserved bit.');
  const dictIdBytes = [0, 1, 2, 4][descriptor & 3]!;
  const sizeBytes = [singleSegment ? 1 : 0, 2, 4, 8][sizeFlag]!;
  const at = 5 + (singleSegment ? 0 : 1) + dictIdBytes;
  if (frame.length < at) throw new ZstdError('frame', 'The zstd frame header is truncated.');
  // A window the 32-bit decoder cannot hold makes its header check fail in ways the wrapper
  // mishandles (it would allocate from an error code), so refuse it here.
  if (!singleSegment && (frame[5]! >> 3) + 10 > MAX_WINDOW_LOG) {
    throw new ZstdError('frame', 'The zstd frame asks for a window larger than supported.');
  }
  if (sizeBytes === 0) return undefined;
  if (frame.length < at + sizeBytes) throw new ZstdError('frame', 'The zstd frame header is truncated.');
  let size = 0;
  for (let i = Math.min(sizeBytes, 7) - 1; i >= 0; i--) size = size * 256 + frame[at + i]!;
  if (sizeBytes === 8 && frame[at + 7]! !== 0) return Number.MAX_SAFE_INTEGER;
  return sizeBytes === 2 ? size + 256 : size;
}

export function zstdDecompress(frame: Uint8Array, maxBytes: number): Uint8Array {
  requireLoaded();
  const declared = zstdDeclaredSize(frame);
  if (declared !== undefined && declared > maxBytes) {
    throw new ZstdError('too-large', `The compressed data would expand beyond ${maxBytes} bytes.`);
  }
  let out: Uint8Array;
  try {
    out = decompress(frame, { defaultHeapSize: maxBytes });
  } catch (cause) {
    throw new ZstdError('corrupt', 'The compressed data could not be decompressed.', { cause });
  }
  if (out.length > maxBytes) {
    throw new ZstdError('too-large', `The compressed data expands beyond ${maxBytes} bytes.`);
  }
  return out;
}
