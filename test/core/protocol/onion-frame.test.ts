import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { OnionError } from '../../../electron/core/crypto/onion-cipher';
import { encodeFrame, parseFrame } from '../../../electron/core/protocol/onion-frame';

function frameError(bytes: Uint8Array): void {
  expect(() => parseFrame(bytes)).toThrow(OnionError);
  try {
    parseFrame(bytes);
  } catch (e) {
    expect((e as OnionError).code).toBe('frame');
  }
}

describe('onion frame', () => {
  it('encodes uint32 LE length ‖ blob ‖ JSON', () => {
    const out = encodeFrame(utf8('ciphertext'), { headers: {} });
    expect(toHex(out.subarray(0, 4))).toBe('0a000000');
    expect(new TextDecoder().decode(out.subarray(4))).toBe('ciphertext{"headers":{}}');
  });

  it('parses the storage-server test prefix "\\x0a\\0\\0\\0ciphertext{…}" (unit_test/onion_requests.cpp)', () => {
    const bytes = new Uint8Array([
      ...utf8('\x0a\0\0\0ciphertext'),
      ...utf8('{\n  "headers": "something"\n}'),
    ]);
    const { blob, json } = parseFrame(bytes);
    expect(new TextDecoder().decode(blob)).toBe('ciphertext');
    expect(json).toEqual({ headers: 'something' });
  });

  it('round-trips binary blobs', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (blob, json) => {
          const parsed = parseFrame(encodeFrame(blob, json));
          expect(toHex(parsed.blob)).toBe(toHex(blob));
          expect(parsed.json).toEqual(JSON.parse(JSON.stringify(json)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects malformed frames with code "frame"', () => {
    frameError(new Uint8Array(0));
    frameError(fromHex('0a0000'));
    frameError(fromHex('05000000616263')); // length beyond the data
    frameError(fromHex('ffffffff7b7d'));
    frameError(new Uint8Array([0, 0, 0, 0, ...utf8('[1,2]')])); // JSON but not an object
    frameError(new Uint8Array([0, 0, 0, 0, ...utf8('null')]));
    frameError(new Uint8Array([0, 0, 0, 0, ...utf8('"x"')]));
    frameError(new Uint8Array([0, 0, 0, 0])); // no JSON at all
    frameError(new Uint8Array([0, 0, 0, 0, 0x7b, 0xff, 0x7d])); // invalid UTF-8
  });

  it('fuzz: random and mutated inputs only ever throw OnionError("frame")', () => {
    const valid = encodeFrame(utf8('some blob bytes'), { destination: 'ab', ephemeral_key: 'cd' });
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([pos, v]) => {
        const m = valid.slice();
        m[pos % m.length] = v;
        return m;
      }),
      fc.nat({ max: valid.length }).map((n) => valid.subarray(0, n)),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        try {
          const r = parseFrame(bytes);
          expect(typeof r.json).toBe('object');
        } catch (e) {
          expect(e).toBeInstanceOf(OnionError);
          expect((e as OnionError).code).toBe('frame');
        }
      }),
      { numRuns: 5000 },
    );
  });
});
