import * as zstd from '@bokuweb/zstd-wasm';
import { ConfigError } from './config-error';

/**
 * zstd for config messages (and group messages): `@bokuweb/zstd-wasm`, whose level-1 and level-5
 * output matches libsession's bundled zstd byte for byte (libsession `tests/test_compression.cpp`).
 * Like libsodium, the wasm must load before the first call: `await zstdReady()` once.
 *
 * Decompression never allocates more than the caller's bound: the frame header's content size is
 * read (RFC 8878 §3.1.1.1) and a frame that declares more is refused before any output buffer
 * exists; a frame without a declared size gets a buffer of exactly the bound.
 */
let initialised = false;
let pending: Promise<void> | undefined;

export function zstdReady(): Promise<void> {
  pending ??= zstd.init().then(() => {
    initialised = true;
  });
  return pending;
}

export function zstdIsReady(): boolean {
  return initialised;
}

function check(): void {
  if (!initialised) throw new ConfigError('not-ready', 'zstd was used before zstdReady() resolved.');
}

export function zstdCompress(data: Uint8Array, level: number): Uint8Array {
  check();
  return new Uint8Array(zstd.compress(data, level));
}

const MAGIC = 0xfd2fb528;

/**
 * The content size a zstd frame header declares: a number, `undefined` when the header has none,
 * or `null` when this is not a frame we accept (bad magic, reserved bit set, a dictionary id,
 * truncated header).
 */
export function zstdFrameContentSize(frame: Uint8Array): number | undefined | null {
  if (frame.length < 5) return null;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const fhd = frame[4]!;
  if (fhd & 0x08) return null;
  const singleSegment = (fhd >> 5) & 1;
  const fcsFlag = fhd >> 6;
  let pos = 5 + (singleSegment ? 0 : 1);
  const didBytes = [0, 1, 2, 4][fhd & 3]!;
  if (frame.length < pos + didBytes) return null;
  for (let i = 0; i < didBytes; i++) if (frame[pos + i] !== 0) return null;
  pos += didBytes;
  const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag]!;
  if (frame.length < pos + fcsBytes) return null;
  switch (fcsBytes) {
    case 0:
      return undefined;
    case 1:
      return frame[pos]!;
    case 2:
      return view.getUint16(pos, true) + 256;
    case 4:
      return view.getUint32(pos, true);
    default: {
      const big = view.getBigUint64(pos, true);
      return big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
    }
  }
}

/** Decompresses one zstd frame of at most `maxBytes` output; throws ConfigError('decompress'). */
export function zstdDecompress(frame: Uint8Array, maxBytes: number): Uint8Array {
  check();
  const declared = zstdFrameContentSize(frame);
  if (declared === null) throw new ConfigError('decompress', 'The data is not a zstd frame.');
  if (declared !== undefined && declared > maxBytes) {
    throw new ConfigError('too-large', 'The compressed data would inflate beyond the allowed size.');
  }
  try {
    return new Uint8Array(zstd.decompress(frame, { defaultHeapSize: declared ?? maxBytes }));
  } catch (cause) {
    throw new ConfigError('decompress', 'The zstd data is corrupt or too large.', { cause });
  }
}
