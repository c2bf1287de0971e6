import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodecError,
  decodeWire,
  encodeWire,
  MAX_FRAME_BYTES,
  toWireValue,
  utf8Length,
} from '../../electron/bridge/codec';

/** JSON-like values with byte arrays anywhere, as results and events may carry them. */
const wireValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    // JSON has no -0; every other finite number survives.
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    fc.string(),
    fc.uint8Array({ maxLength: 64 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.string().filter((k) => k !== '$bytes'),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

describe('bridge codec', () => {
  it('carries bytes as {"$bytes": base64}', () => {
    expect(encodeWire({ key: new Uint8Array([0, 1, 254, 255]) })).toBe('{"key":{"$bytes":"AAH+/w=="}}');
    expect(decodeWire('{"key":{"$bytes":"AAH+/w=="}}')).toEqual({
      ok: true,
      value: { key: new Uint8Array([0, 1, 254, 255]) },
    });
  });

  it('round-trips any wire value, bytes included, to an equal value', () => {
    fc.assert(
      fc.property(wireValue, (v) => {
        const back = decodeWire(encodeWire(v));
        expect(back.ok).toBe(true);
        expect(back.ok && back.value).toEqual(v);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('never throws on arbitrary input, and reports what is wrong', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        const d = decodeWire(input);
        if (!d.ok) expect(['not-text', 'too-large', 'not-json', 'bad-value']).toContain(d.problem);
      }),
      { seed: 4, numRuns: 2000 },
    );
    expect(decodeWire(42)).toEqual({ ok: false, problem: 'not-text' });
    expect(decodeWire('{')).toEqual({ ok: false, problem: 'not-json' });
    expect(decodeWire('{"id":3,"p":{"$bytes":7}}')).toEqual({ ok: false, problem: 'bad-value', id: 3 });
  });

  it('refuses deep nesting instead of recursing without end', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(decodeWire(deep)).toEqual({ ok: false, problem: 'bad-value' });
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = [nested];
    expect(() => encodeWire(nested)).toThrow(CodecError);
  });

  it('keeps a "__proto__" key a plain key', () => {
    const d = decodeWire('{"__proto__":{"admin":true}}');
    expect(d.ok).toBe(true);
    const v = (d.ok ? d.value : {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect((v as { admin?: unknown }).admin).toBeUndefined();
    expect(Object.keys(v)).toEqual(['__proto__']);
  });

  it('caps frames at MAX_FRAME_BYTES in UTF-8, and reads the call id of a refused one', () => {
    const fits = 'é'.repeat(MAX_FRAME_BYTES / 2 - 1);
    expect(utf8Length(JSON.stringify(fits))).toBe(MAX_FRAME_BYTES);
    expect(encodeWire(fits)).toHaveLength(fits.length + 2);
    expect(() => encodeWire(`${fits}e`)).toThrow(expect.objectContaining({ problem: 'too-large' }));
    const big = `{"type":"call","id":77,"method":"x","params":"${'a'.repeat(MAX_FRAME_BYTES)}"}`;
    expect(decodeWire(big)).toEqual({ ok: false, problem: 'too-large', id: 77 });
    expect(decodeWire(`{"params":"${'a'.repeat(MAX_FRAME_BYTES)}","id":77}`)).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('refuses values with no wire form', () => {
    for (const v of [Number.NaN, Infinity, 10n, new Map(), new Date(0), () => 1, { $bytes: 'AA==' }]) {
      expect(() => toWireValue(v)).toThrow(CodecError);
    }
    expect(toWireValue({ a: undefined, b: [undefined] })).toEqual({ b: [null] });
  });

  it('counts UTF-8 bytes as TextEncoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { seed: 5 },
    );
  });
});
