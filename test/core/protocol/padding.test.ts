import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../../electron/core/protocol/decode-error';
import {
  padMessage,
  padMessageLegacy,
  unpadMessage,
  unpadMessageStrict,
} from '../../../electron/core/protocol/padding';

describe('160-byte message padding (protocol reference §3.1 step 2)', () => {
  it('pads 5 bytes to 160 (libsession) and 159 (legacy desktop)', () => {
    const m = Uint8Array.of(1, 2, 3, 4, 5);
    const p = padMessage(m);
    expect(p).toHaveLength(160);
    expect(p[5]).toBe(0x80);
    expect(p.subarray(6).every((b) => b === 0)).toBe(true);
    expect(padMessageLegacy(m)).toHaveLength(159);
    expect(unpadMessage(p)).toEqual(m);
    expect(unpadMessage(padMessageLegacy(m))).toEqual(m);
  });

  it('adds a whole block when n + 1 is already a multiple of 160', () => {
    expect(padMessage(new Uint8Array(159))).toHaveLength(320);
    expect(padMessage(new Uint8Array(158))).toHaveLength(160);
    expect(padMessage(new Uint8Array(0))).toHaveLength(160);
    expect(padMessageLegacy(new Uint8Array(158))).toHaveLength(159);
    expect(padMessageLegacy(new Uint8Array(159))).toHaveLength(319);
  });

  it('treats buffers without the marker as unpadded', () => {
    expect(unpadMessage(Uint8Array.of(1, 2, 3))).toEqual(Uint8Array.of(1, 2, 3));
    expect(unpadMessage(Uint8Array.of(1, 2, 0, 0))).toEqual(Uint8Array.of(1, 2, 0, 0));
    expect(unpadMessage(new Uint8Array(4))).toEqual(new Uint8Array(4));
    expect(unpadMessage(new Uint8Array(0))).toEqual(new Uint8Array(0));
    expect(unpadMessage(Uint8Array.of(7, 0x80))).toEqual(Uint8Array.of(7));
  });

  it('strict unpadding demands the marker', () => {
    expect(unpadMessageStrict(Uint8Array.of(9, 0x80))).toEqual(Uint8Array.of(9));
    expect(() => unpadMessageStrict(Uint8Array.of(9, 0))).toThrow(DecodeError);
    expect(() => unpadMessageStrict(new Uint8Array(0))).toThrow(DecodeError);
  });

  it('round-trips both forms and never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (m) => {
        // A message ending in 0x80 0x00… cannot be told from padding; Content never ends so
        // when it matters, and either way unpad(pad(m)) must hold.
        expect(unpadMessage(padMessage(m))).toEqual(m);
        expect(unpadMessage(padMessageLegacy(m))).toEqual(m);
        expect(padMessage(m).length % 160).toBe(0);
        const u = unpadMessage(m);
        expect(u.length).toBeLessThanOrEqual(m.length);
        expect(m.subarray(0, u.length)).toEqual(u);
      }),
      { numRuns: 2000 },
    );
  });
});
