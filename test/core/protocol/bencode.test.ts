import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHex, utf8 } from '../../../electron/core/crypto/bytes';
import {
  BencodeError,
  MAX_BT_DEPTH,
  btKeyFromBytes,
  btKeyToBytes,
  decodeBt,
  decodeBtPrefix,
  encodeBt,
  type BtInput,
  type BtValue,
} from '../../../electron/core/protocol/bencode';

const ascii = (s: string) => utf8(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BencodeError);
    return (e as BencodeError).code;
  }
  throw new Error('expected a BencodeError');
}

describe('bencode encoder', () => {
  it('encodes the basic types', () => {
    expect(str(encodeBt(0))).toBe('i0e');
    expect(str(encodeBt(-42n))).toBe('i-42e');
    expect(str(encodeBt(18446744073709551615n))).toBe('i18446744073709551615e');
    expect(str(encodeBt(-9223372036854775808n))).toBe('i-9223372036854775808e');
    expect(str(encodeBt('spam'))).toBe('4:spam');
    expect(str(encodeBt(new Uint8Array(0)))).toBe('0:');
    expect(str(encodeBt(['a', 1, []]))).toBe('l1:ai1elee');
  });

  it('sorts dict keys by bytes', () => {
    const m = new Map<string, BtInput>([
      ['b', 1],
      ['a', 'x'],
      ['B', 2],
      ['aa', new Map()],
    ]);
    expect(str(encodeBt(m))).toBe('d1:Bi2e1:a1:x2:aade1:bi1ee');
  });

  it('matches libsession config-style bytes with binary keys', () => {
    const key = btKeyFromBytes(new Uint8Array([0x05, 0xff, 0x00]));
    const out = encodeBt(new Map<string, BtInput>([[key, 'v']]));
    expect(toHex(out)).toBe(toHex(new Uint8Array([...ascii('d3:'), 0x05, 0xff, 0x00, ...ascii('1:ve')])));
    expect(toHex(btKeyToBytes(key))).toBe('05ff00');
  });

  it('refuses what it cannot encode', () => {
    expect(code(() => encodeBt(1.5))).toBe('unencodable');
    expect(code(() => encodeBt(2 ** 64))).toBe('unencodable');
    expect(code(() => encodeBt(1n << 64n))).toBe('int-range');
    expect(code(() => encodeBt(new Map([['\u0100', 1]])))).toBe('unencodable');
    let deep: BtInput = 1;
    for (let i = 0; i < MAX_BT_DEPTH; i++) deep = [deep];
    expect(code(() => encodeBt(deep))).toBe('depth');
  });
});

describe('bencode decoder', () => {
  it('decodes canonical data', () => {
    expect(decodeBt(ascii('i-7e'))).toBe(-7n);
    expect(decodeBt(ascii('i0e'))).toBe(0n);
    const v = decodeBt(ascii('d1:al1:xi3ee1:bd1:ci18446744073709551615eee'));
    expect(v).toBeInstanceOf(Map);
    const m = v as Map<string, BtValue>;
    const list = m.get('a') as BtValue[];
    expect(str(list[0] as Uint8Array)).toBe('x');
    expect(list[1]).toBe(3n);
    expect((m.get('b') as Map<string, BtValue>).get('c')).toBe(18446744073709551615n);
  });

  it('rejects non-canonical and malformed input with specific codes', () => {
    expect(code(() => decodeBt(ascii('i03e')))).toBe('non-canonical');
    expect(code(() => decodeBt(ascii('i-0e')))).toBe('non-canonical');
    expect(code(() => decodeBt(ascii('01:a')))).toBe('non-canonical');
    expect(code(() => decodeBt(ascii('ie')))).toBe('syntax');
    expect(code(() => decodeBt(ascii('i-e')))).toBe('syntax');
    expect(code(() => decodeBt(ascii('i1')))).toBe('truncated');
    expect(code(() => decodeBt(ascii('5:abc')))).toBe('truncated');
    expect(code(() => decodeBt(ascii('99999999999999999999:a')))).toBe('truncated');
    expect(code(() => decodeBt(ascii('999999999999999999999:a')))).toBe('int-range');
    expect(code(() => decodeBt(ascii('i18446744073709551616e')))).toBe('int-range');
    expect(code(() => decodeBt(ascii('i-9223372036854775809e')))).toBe('int-range');
    expect(code(() => decodeBt(ascii('d1:bi1e1:ai2ee')))).toBe('dict-order');
    expect(code(() => decodeBt(ascii('d1:ai1e1:ai2ee')))).toBe('dict-order');
    expect(code(() => decodeBt(ascii('di1ei2ee')))).toBe('syntax');
    expect(code(() => decodeBt(ascii('l')))).toBe('truncated');
    expect(code(() => decodeBt(ascii('i1ei2e')))).toBe('trailing');
    expect(code(() => decodeBt(ascii('x')))).toBe('syntax');
    expect(code(() => decodeBt(new Uint8Array(0)))).toBe('truncated');
    expect(code(() => decodeBt(ascii('1:')))).toBe('truncated');
  });

  it('limits nesting to 64', () => {
    const ok = 'l'.repeat(MAX_BT_DEPTH) + 'e'.repeat(MAX_BT_DEPTH);
    expect(Array.isArray(decodeBt(ascii(ok)))).toBe(true);
    const tooDeep = 'l'.repeat(MAX_BT_DEPTH + 1) + 'e'.repeat(MAX_BT_DEPTH + 1);
    expect(code(() => decodeBt(ascii(tooDeep)))).toBe('depth');
    expect(code(() => decodeBt(ascii('l'.repeat(100000))))).toBe('depth');
  });

  it('decodeBtPrefix reports where the value ends', () => {
    const bytes = ascii('xxi12e4:tail');
    const r = decodeBtPrefix(bytes, 2);
    expect(r.value).toBe(12n);
    expect(r.end).toBe(6);
  });
});

const btArb: fc.Arbitrary<BtInput> = fc.letrec<{ v: BtInput }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }),
    fc.uint8Array({ maxLength: 20 }),
    fc.array(tie('v'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.uint8Array({ maxLength: 6 }).map(btKeyFromBytes), tie('v')), { maxLength: 4 })
      .map((entries) => new Map(entries)),
  ),
})).v;

describe('bencode properties', () => {
  it('decode(encode(x)) re-encodes to the same bytes', () => {
    fc.assert(
      fc.property(btArb, (v) => {
        const bytes = encodeBt(v);
        expect(toHex(encodeBt(decodeBt(bytes)))).toBe(toHex(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('fuzz: random and mutated inputs only ever throw BencodeError', () => {
    const seeds = [
      encodeBt(
        new Map<string, BtInput>([
          ['a', [1, 'xy', new Map([['k', -5]])]],
          ['z', 'end'],
        ]),
      ),
    ];
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc
        .array(fc.constantFrom(...ascii('ilde0123456789:-')), { maxLength: 80 })
        .map((a) => new Uint8Array(a)),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([pos, v]) => {
        const m = seeds[0]!.slice();
        m[pos % m.length] = v;
        return m;
      }),
      btArb.map((v) => encodeBt(v)).chain((b) => fc.nat({ max: b.length }).map((n) => b.subarray(0, n))),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        try {
          const v = decodeBt(bytes);
          // Anything accepted is canonical: it re-encodes to exactly the input.
          expect(toHex(encodeBt(v))).toBe(toHex(bytes));
        } catch (e) {
          expect(e).toBeInstanceOf(BencodeError);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
