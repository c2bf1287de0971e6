/**
 * The type and size of an image read from its first bytes (PNG IHDR, GIF logical screen, JPEG SOF,
 * WebP VP8/VP8L/VP8X), without decoding a pixel: the core fills a pointer's width and height from
 * it, and refuses images no screen could show before a renderer's decoder ever sees them (a
 * "decompression bomb" declares a few bytes and 100,000 × 100,000 pixels).
 */
export interface ImageInfo {
  readonly contentType: 'image/png' | 'image/gif' | 'image/jpeg' | 'image/webp';
  readonly width: number;
  readonly height: number;
}

/** Bytes enough for every header below (JPEG markers may come after EXIF blocks). */
export const IMAGE_SNIFF_BYTES = 256 * 1024;
/** Shallot's limits: the largest side JPEG can encode, and 100 megapixels in all. */
export const MAX_IMAGE_SIDE = 65_535;
export const MAX_IMAGE_PIXELS = 100_000_000;

const be16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const le16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const be32 = (b: Uint8Array, i: number): number => be16(b, i) * 65_536 + be16(b, i + 2);
const le24 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const ascii = (b: Uint8Array, i: number, n: number): string => String.fromCharCode(...b.subarray(i, i + n));

function png(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { contentType: 'image/png', width: be32(b, 16), height: be32(b, 20) };
}

function gif(b: Uint8Array): ImageInfo | undefined {
  return b.length < 10 ? undefined : { contentType: 'image/gif', width: le16(b, 6), height: le16(b, 8) };
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size. */
function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpeg(b: Uint8Array): ImageInfo | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = be16(b, i + 2);
    if (len < 2) return undefined;
    if (isSof(marker)) return { contentType: 'image/jpeg', width: be16(b, i + 7), height: be16(b, i + 5) };
    i += 2 + len;
  }
  return undefined;
}

function webp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 30 || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { contentType: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { contentType: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { contentType: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  return undefined;
}

/** The image's type and size, or undefined when the bytes are not an image this reads. */
export function imageInfo(head: Uint8Array): ImageInfo | undefined {
  if (head.length < 12) return undefined;
  if (head[0] === 0x89 && ascii(head, 1, 3) === 'PNG') return png(head);
  if (ascii(head, 0, 4) === 'GIF8') return gif(head);
  if (head[0] === 0xff && head[1] === 0xd8) return jpeg(head);
  if (ascii(head, 0, 4) === 'RIFF') return webp(head);
  return undefined;
}

/** Whether a renderer may be handed this image to decode. */
export function displayable(info: ImageInfo): boolean {
  return (
    info.width > 0 &&
    info.height > 0 &&
    info.width <= MAX_IMAGE_SIDE &&
    info.height <= MAX_IMAGE_SIDE &&
    info.width * info.height <= MAX_IMAGE_PIXELS
  );
}
