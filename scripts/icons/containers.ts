/**
 * The two icon containers the installers need, written from PNG images: Windows `.ico` and macOS
 * `.icns`. Both may hold PNG data as is (ICO since Windows Vista, ICNS since OS X 10.7), so no image
 * encoder is needed beyond the PNGs Chromium renders. Layouts: Microsoft's ICONDIR/ICONDIRENTRY
 * (little-endian) and Apple's icns resource format (big-endian OSType + length records).
 */

export class IconError extends Error {
  constructor(
    readonly code: 'not-png' | 'bad-size' | 'duplicate-size',
    message: string,
  ) {
    super(message);
    this.name = 'IconError';
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (
    buf.length < 24 ||
    !buf.subarray(0, 8).equals(PNG_SIGNATURE) ||
    buf.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    throw new IconError('not-png', 'Not a PNG image');
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function squareSide(png: Uint8Array): number {
  const { width, height } = pngSize(png);
  if (width !== height) throw new IconError('bad-size', `Icons are square; got ${width}×${height}`);
  return width;
}

/** Sizes an ICO entry can name: its width byte holds 1–255, and 0 means 256. */
const ICO_MAX = 256;

export function writeIco(pngs: readonly Uint8Array[]): Buffer {
  const sides = pngs.map(squareSide);
  if (new Set(sides).size !== sides.length) throw new IconError('duplicate-size', 'Two images of one size');
  for (const side of sides) {
    if (side < 1 || side > ICO_MAX) throw new IconError('bad-size', `An ICO image is 1–256 px; got ${side}`);
  }
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    const side = sides[i] ?? 0;
    header.writeUInt8(side === ICO_MAX ? 0 : side, entry); // width
    header.writeUInt8(side === ICO_MAX ? 0 : side, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.byteLength, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.byteLength;
  });
  return Buffer.concat([header, ...pngs]);
}

/**
 * The icns element type for each pixel size (Apple's icns types that hold PNG data). The Retina
 * types (ic11–ic14) repeat a size at twice the density; 1024 exists only as 512@2x.
 */
export const ICNS_TYPES: readonly { type: string; side: number }[] = [
  { type: 'icp4', side: 16 },
  { type: 'ic11', side: 32 },
  { type: 'icp5', side: 32 },
  { type: 'ic12', side: 64 },
  { type: 'ic07', side: 128 },
  { type: 'ic13', side: 256 },
  { type: 'ic08', side: 256 },
  { type: 'ic14', side: 512 },
  { type: 'ic09', side: 512 },
  { type: 'ic10', side: 1024 },
];

/** `pngs` by pixel size; every size ICNS_TYPES names must be there. */
export function writeIcns(pngs: ReadonlyMap<number, Uint8Array>): Buffer {
  const records = ICNS_TYPES.map(({ type, side }) => {
    const png = pngs.get(side);
    if (!png) throw new IconError('bad-size', `No ${side} px image for ${type}`);
    if (squareSide(png) !== side) throw new IconError('bad-size', `The ${side} px image is not ${side} px`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.byteLength, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + records.reduce((n, r) => n + r.length, 0), 4);
  return Buffer.concat([head, ...records]);
}

/** Reads back what writeIco wrote: each entry's size and PNG bytes (used by the tests and the checker). */
export function readIco(ico: Uint8Array): { side: number; png: Buffer }[] {
  const buf = Buffer.from(ico.buffer, ico.byteOffset, ico.byteLength);
  if (buf.length < 6 || buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) {
    throw new IconError('not-png', 'Not an ICO file');
  }
  const count = buf.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = buf.readUInt32LE(entry + 8);
    const offset = buf.readUInt32LE(entry + 12);
    return { side: buf.readUInt8(entry) || ICO_MAX, png: buf.subarray(offset, offset + size) };
  });
}

export function readIcns(icns: Uint8Array): { type: string; png: Buffer }[] {
  const buf = Buffer.from(icns.buffer, icns.byteOffset, icns.byteLength);
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'icns' || buf.readUInt32BE(4) !== buf.length) {
    throw new IconError('not-png', 'Not an ICNS file');
  }
  const out: { type: string; png: Buffer }[] = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at + 4);
    if (length < 8 || at + length > buf.length) throw new IconError('not-png', 'A truncated ICNS record');
    out.push({ type: buf.toString('latin1', at, at + 4), png: buf.subarray(at + 8, at + length) });
    at += length;
  }
  return out;
}
