/**
 * The icon containers (.ico, .icns) and the committed icons in build/icons, which `npm run icons`
 * renders from build/icons/shallot.svg.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ICNS_TYPES,
  IconError,
  pngSize,
  readIcns,
  readIco,
  writeIcns,
  writeIco,
} from '../../scripts/icons/containers';
import { APP_SIZES, ICO_SIZES, TRAY_VARIANTS } from '../../scripts/icons/sizes';

const ICONS = join(import.meta.dirname, '..', '..', 'build', 'icons');

/** The smallest PNG header pngSize reads: signature, IHDR length and type, width, height. */
function fakePng(side: number, height = side, tag = 0): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(side, 16);
  b.writeUInt32BE(height, 20);
  b.writeUInt8(tag, 32);
  return b;
}

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof IconError ? e.code : 'other';
  }
  return undefined;
}

describe('ICO', () => {
  it('writes a directory of PNG entries, 256 px written as 0, that reads back byte for byte', () => {
    const pngs = [16, 48, 256].map((s) => fakePng(s, s, s % 251));
    const ico = writeIco(pngs);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(3);
    expect(ico.readUInt8(6 + 16 * 2)).toBe(0); // 256 px
    expect(ico.readUInt16LE(6 + 6)).toBe(32); // bits per pixel
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 16 * 3); // first image right after the directory
    const back = readIco(ico);
    expect(back.map((e) => e.side)).toEqual([16, 48, 256]);
    back.forEach((e, i) => expect(e.png.equals(pngs[i]!)).toBe(true));
  });

  it('refuses what it cannot hold', () => {
    expect(errorCode(() => writeIco([fakePng(512)]))).toBe('bad-size');
    expect(errorCode(() => writeIco([fakePng(32, 16)]))).toBe('bad-size');
    expect(errorCode(() => writeIco([fakePng(32), fakePng(32)]))).toBe('duplicate-size');
    expect(errorCode(() => writeIco([Buffer.from('GIF89a not a png at all')]))).toBe('not-png');
  });
});

describe('ICNS', () => {
  const all = new Map(ICNS_TYPES.map(({ side }) => [side, fakePng(side, side, side % 251)]));

  it('writes one record per type, big-endian lengths that add up to the file', () => {
    const icns = writeIcns(all);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const back = readIcns(icns);
    expect(back.map((r) => r.type)).toEqual(ICNS_TYPES.map((t) => t.type));
    back.forEach((r, i) => expect(pngSize(r.png).width).toBe(ICNS_TYPES[i]!.side));
  });

  it('needs every size, each of its own size, and reads only whole files', () => {
    const missing = new Map(all);
    missing.delete(1024);
    expect(errorCode(() => writeIcns(missing))).toBe('bad-size');
    expect(errorCode(() => writeIcns(new Map(all).set(64, fakePng(32))))).toBe('bad-size');
    const icns = writeIcns(all);
    expect(errorCode(() => readIcns(icns.subarray(0, icns.length - 1)))).toBe('not-png');
  });
});

describe('the committed icons', () => {
  const png = (file: string) => readFileSync(join(ICONS, file));

  it('come from one source image', () => {
    expect(readFileSync(join(ICONS, 'shallot.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  });

  it('hold every Linux size as NxN.png', () => {
    for (const side of APP_SIZES)
      expect(pngSize(png(`${side}x${side}.png`))).toEqual({ width: side, height: side });
  });

  it('pack the same PNGs into icon.ico and icon.icns', () => {
    const ico = readIco(png('icon.ico'));
    expect(ico.map((e) => e.side)).toEqual([...ICO_SIZES]);
    for (const e of ico) expect(e.png.equals(png(`${e.side}x${e.side}.png`))).toBe(true);
    const icns = readIcns(png('icon.icns'));
    expect(icns.map((r) => r.type)).toEqual(ICNS_TYPES.map((t) => t.type));
    icns.forEach((r, i) => {
      const side = ICNS_TYPES[i]!.side;
      expect(r.png.equals(png(`${side}x${side}.png`))).toBe(true);
    });
  });

  it('include the tray variants the tray loads', () => {
    for (const v of TRAY_VARIANTS) {
      expect(existsSync(join(ICONS, v.file)), v.file).toBe(true);
      expect(pngSize(png(v.file))).toEqual({ width: v.side, height: v.side });
    }
  });
});
