import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed, ed25519Sign, ed25519Verify } from '../../../../electron/core/crypto/ed25519';
import { ready } from '../../../../electron/core/crypto/sodium';
import { encodeBt } from '../../../../electron/core/protocol/bencode';
import { ConfigError } from '../../../../electron/core/protocol/config/config-error';
import { mergeMessages } from '../../../../electron/core/protocol/config/merge';
import { type MutableConfigMessage, parseMessage } from '../../../../electron/core/protocol/config/message';
import { setAdd, setDelete, type ConfigValue } from '../../../../electron/core/protocol/config/values';
import { b, dict, dictAt, fresh, hex, sc } from './helpers';

/**
 * Vectors from libsession-util `tests/test_configdata.cpp` (GPL-3.0, session-foundation/libsession-util,
 * PR #11 head 0979cde51d): message serialization, hashes, signatures and the four examples of
 * `docs/config-merge-logic.md`.
 */

beforeAll(ready);

describe('config data encoding (test_configdata.cpp)', () => {
  it('encodes scalars, sets and dicts sorted', () => {
    const set = [sc('foo'), sc(23), sc('Foo'), sc('~'), sc('!'), sc(-123)];
    const sorted: ReturnType<typeof sc>[] = [];
    for (const v of set) setAdd(sorted, v);
    setAdd(sorted, sc('foo'));
    expect(new TextDecoder().decode(encodeBt(sorted))).toBe('li-123ei23e1:!3:Foo3:foo1:~e');
    const data = dict({ a: 23, B: 'x', c: ['2', '1', 4, -3], D: { x: 1, y: 2 }, d: { e: { f: { g: '' } } } });
    expect(new TextDecoder().decode(encodeBt(data))).toBe(
      'd1:B1:x1:Dd1:xi1e1:yi2ee1:ai23e1:cli-3ei4e1:11:2e1:dd1:ed1:fd1:g0:eeee',
    );
  });

  it('prunes empty sets and dicts', () => {
    const m = fresh();
    m.data = dict({ a: 123 });
    m.data.set('b', new Map());
    m.data.set('e', []);
    m.data.set(
      'f',
      new Map<string, ConfigValue>([
        ['a', 1n],
        ['b', []],
      ]),
    );
    m.data.set('g', new Map([['a', new Map([['a', new Map([['a', new Map()]])]])]]));
    expect(m.data.size).toBe(5);
    expect(m.prune()).toBe(true);
    expect(encodeBt(m.data)).toEqual(encodeBt(dict({ a: 123, f: { a: 1 } })));
  });
});

describe('config message serialization (test_configdata.cpp)', () => {
  function m10(): MutableConfigMessage {
    const m = fresh(10n);
    m.data = dict({ foo: 123, bar: { asdf: 123, xyz: 'abc', '': ['a', 'b', 42] } });
    return m;
  }

  it('serializes, hashes and increments', () => {
    const m = m10();
    expect(m.serialize()).toEqual(
      b(
        'd1:#i10e1:&d3:bard0:li42e1:a1:be4:asdfi123e3:xyz3:abce3:fooi123ee1:<le',
        '1:=d3:bard0:lli42e1:a1:belee4:asdf0:3:xyz0:e3:foo0:ee',
      ),
    );
    const hash0 = hex('d65738bba88b0f3455cef20fe09a7b4b10f25f9db82be24a6ce1bd06da197526');
    expect(toHex(m.computeHash())).toBe(toHex(hash0));

    const m1 = m.increment();
    m1.data.delete('foo');
    const hash1 = hex('5b30b4abf4cba71db25dbc0d977cc25df1d0a8a87cad7f561cdec2b8caf65f5e');
    expect(toHex(m1.computeHash())).toBe(toHex(hash1));

    const m2 = m1.increment();
    m2.data.set('foo', 123n);
    const bar = dictAt(m2.data.get('bar'));
    bar.set('xyz', 42n);
    bar.set('a', 42n);
    const set = bar.get('') as ReturnType<typeof sc>[];
    setAdd(set, sc('c'));
    setAdd(set, sc(99));
    setDelete(set, sc('b'));
    setAdd(set, sc(42));
    expect(toHex(m2.computeHash())).toBe('027552203cf669070d3ecbeecfa65c65497d59aa4da490e0f68f8131ce081320');
    expect(m2.serialize()).toEqual(
      b(
        'd1:#i12e1:&d3:bard0:li42ei99e1:a1:ce1:ai42e4:asdfi123e3:xyzi42ee3:fooi123ee1:<l',
        'li10e32:',
        hash0,
        'd3:bard0:lli42e1:a1:belee4:asdf0:3:xyz0:e3:foo0:ee',
        'li11e32:',
        hash1,
        'd3:foo1:-ee',
        'e1:=d3:bard0:lli99e1:cel1:bee1:a0:3:xyz0:e3:foo0:ee',
      ),
    );
    const m3 = m2.increment();
    expect(toHex(m3.computeHash())).toBe('b83871ea06587f9254cdf2b2af8daff19bd7fb550fb90d5f8f9f546464c08bc5');
    const m4 = m3.increment();
    expect(toHex(m4.computeHash())).toBe('c30e2cfa7ec93c64a1ab6420c9bccfb63da8e4c2940ed6509ffb64f3f0131860');
    const m5 = m4.increment();
    expect(toHex(m5.computeHash())).toBe('3234eb7da8cf4b79b9eec2a144247279d10f6f118184f82429a42c5996bea60c');
  });

  it('signs and verifies, rejecting a broken or missing signature', () => {
    const pair = ed25519KeyPairFromSeed(
      hex('79f530dbf3d81aecc04072933c1b3e3edc0b7d91f2dcc2f7756f2611886cca5f'),
    );
    const sign = (data: Uint8Array): Uint8Array => ed25519Sign(pair.secretKey, data);
    const verify = (data: Uint8Array, sig: Uint8Array): boolean => ed25519Verify(sig, data, pair.publicKey);
    const m = m10();
    m.options = { lag: 5, sign };
    const signing = b(
      'd1:#i10e1:&d3:bard0:li42e1:a1:be4:asdfi123e3:xyz3:abce3:fooi123ee1:<le',
      '1:=d3:bard0:lli42e1:a1:belee4:asdf0:3:xyz0:e3:foo0:e',
    );
    const sig = hex(
      '77267f4de7701ae348eba0ef73175281512ba3f1051cfed22dc3e31b9c6993302938863e09bc8b33638161071bd8dc397d5c1d3f674120d08fbb9c64dde2e907',
    );
    const expected = b(signing, '1:~64:', sig, 'e');
    expect(m.serialize()).toEqual(expected);

    const parsed = parseMessage(expected, { lag: 5, verify, sign });
    expect(parsed.verifiedSignature).toEqual(sig);
    expect(parsed.hash).toEqual(m.computeHash());
    expect(parsed.serialize()).toEqual(expected);

    const broken = expected.slice();
    expect(broken[broken.length - 2]).toBe(0x07);
    broken[broken.length - 2] = 0x17;
    expect(() => parseMessage(broken, { lag: 5, verify })).toThrow(
      expect.objectContaining({ code: 'signature' }),
    );
    expect(() => mergeMessages([broken, broken], { lag: 5, verify })).toThrow(
      expect.objectContaining({ code: 'no-valid-config' }),
    );
    const m2 = mergeMessages([broken, expected], { lag: 5, verify, sign });
    expect(m2.merged).toBe(false);
    expect(m2.seqno).toBe(10n);
    expect(m2.unmergedIndex).toBe(1);
    expect(() =>
      mergeMessages([broken, expected], {
        lag: 5,
        verify,
        onError: (_i, e) => {
          throw e;
        },
      }),
    ).toThrow(ConfigError);
    expect(() => parseMessage(b(signing, 'e'), { lag: 5, verify })).toThrow(
      expect.objectContaining({ code: 'missing-signature' }),
    );
  });
});
