import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { blake2b } from '../../../../electron/core/crypto/hash';
import { ready } from '../../../../electron/core/crypto/sodium';
import { encodeBt } from '../../../../electron/core/protocol/bencode';
import { mergeMessages } from '../../../../electron/core/protocol/config/merge';
import {
  type MutableConfigMessage,
  parseMessage,
  type MessageOptions,
} from '../../../../electron/core/protocol/config/message';
import { isSet, setAdd, setDelete } from '../../../../electron/core/protocol/config/values';
import { b, dict, dictAt, fresh, hex, sc } from './helpers';

/**
 * The four examples of libsession-util's `docs/config-merge-logic.md`, as pinned by
 * `tests/test_configdata.cpp` (GPL-3.0, PR #11 head 0979cde51d): ordinary and large updates, a
 * simple conflict and a complex one.
 */

const LAG5: MessageOptions = { lag: 5 };
beforeAll(ready);

// The "Ordinary update" … "Complex conflict resolution" examples of docs/config-merge-logic.md.
const data118 = dict({
  dictB: { changed: -1, foo: 123, removed: 'x', removed2: 'y' },
  dictC: { x: { y: 1 } },
  good: [99, 456, 'bar'],
  great: [-42, 'omg'],
  int0: -9999,
  int1: 100,
  string1: 'hello',
  string2: 'goodbye',
});
const h119 = hex('43094f68c1faa37eff79e1c2f3973ffd5f9d6423b00ccda306fc6e7dac5f0c44');
const h120 = hex('e3a237f91014d31e4d30569c4a8bfcd72157804f99b8732c611c48bf126432b5');
const h121 = hex('1a7f602055124deaf21175ef3f32983dee7c9de570e5d9c9a0bbc2db71dcb97f');
const h122 = hex('46560604fe352101bb869435260d7100ccfe007be5f741c7e96303f02f394e8a');
const h123 = hex('d9398c597b058ac7e28e3febb76ed68eb8c5b6c369610562ab5f2b596775d73c');
const h124 = hex('8b73f316178765b9b3b37168e865c84bb5a78610cbb59b84d0fa4d3b4b3c102b');
const h125a = hex('80f229c3667de6d0fa6f96b53118e097fbda82db3ca1aea221a3db91ea9c45fb');
const h125b = hex('ab12f0efe9a9ed00db6b17b44ae0ff36b9f49094077fb114f415522f2a0e98de');
const dataB = '5:dictBd7:changedi-1e3:fooi123e7:removed1:x8:removed21:ye5:dictCd1:xd1:yi1eee';
const goodGreat = '4:goodli99ei456e3:bare5:greatli-42e3:omge';
const m123 = b(
  'd1:#i123e1:&d',
  dataB,
  goodGreat,
  '4:int1i1e4:int2i2e7:string15:hello7:string27:goodbyee1:<l',
  'li119e32:',
  h119,
  'dee',
  'li120e32:',
  h120,
  'dee',
  'li121e32:',
  h121,
  'dee',
  'li122e32:',
  h122,
  'dee',
  'e1:=d4:int01:-4:int10:4:int20:ee',
);
const diff124 =
  'd5:dictAd7:goodbyelli123ei456eelee5:hello0:e5:dictBd5:added0:7:changed0:6:nestedd1:a0:e7:removed1:-' +
  '8:removed21:-e5:dictCd1:xd1:y1:-ee4:goodlli123e3:Fooeli456eee5:greatlleli-42e3:omgee4:int10:' +
  '7:string11:-7:string20:7:string30:e';

function updates124(m: MutableConfigMessage): void {
  m.data.set('dictA', dict({ hello: 123, goodbye: [123, 456] }));
  const dictB = dictAt(m.data.get('dictB'));
  dictB.set('changed', 1n);
  dictB.set('added', 9999n);
  dictB.set('nested', dict({ a: 1 }));
  dictB.delete('removed');
  dictB.delete('removed2');
  m.data.delete('dictC');
  const good = m.data.get('good') as ReturnType<typeof sc>[];
  setAdd(good, sc('Foo'));
  setDelete(good, sc(456));
  setAdd(good, sc(123));
  m.data.set('int1', 42n);
  m.data.delete('string1');
  m.data.set('string2', sc('hello'));
  m.data.set('string3', sc('omg'));
  m.data.delete('great');
}

function mutable(bytes: Uint8Array): MutableConfigMessage {
  return mergeMessages([bytes], LAG5, true) as MutableConfigMessage;
}

describe('merge examples (docs/config-merge-logic.md via test_configdata.cpp)', () => {
  it('example 1: ordinary update', () => {
    const m = fresh(118n);
    m.data = data118;
    const expected118 = b(
      'd1:#i118e1:&d',
      dataB,
      goodGreat,
      '4:int0i-9999e4:int1i100e7:string15:hello7:string27:goodbyee1:<le',
      '1:=d5:dictBd7:changed0:3:foo0:7:removed0:8:removed20:e5:dictCd1:xd1:y0:ee',
      '4:goodlli99ei456e3:barelee5:greatlli-42e3:omgelee4:int00:4:int10:7:string10:7:string20:ee',
    );
    expect(m.serialize()).toEqual(expected118);
    expect(m.computeHash()).toEqual(blake2b(32, expected118));
    let n = m.increment();
    for (const h of [h119, h120, h121, h122]) {
      expect(toHex(n.computeHash())).toBe(toHex(h));
      n = n.increment();
    }
    n.data.set('int1', 1n);
    n.data.set('int2', 2n);
    n.data.delete('int0');
    n.data.set('string1', sc('hello'));
    expect(n.serialize()).toEqual(m123);
  });

  it('deserializes, and a mutable load increments', () => {
    const m = parseMessage(m123, LAG5);
    expect(m.seqno).toBe(123n);
    expect(toHex(m.hash)).toBe(toHex(h123));
    expect(encodeBt(m.diff)).toEqual(b('d4:int01:-4:int10:4:int20:e'));
    const mut = mutable(m123);
    expect(mut.seqno).toBe(124n);
    expect(mut.merged).toBe(false);
    expect(toHex(mut.computeHash())).toBe('3ea36410cf7086ce816eb193b0c94e88632abfb75771d82f8ddb3a909124c580');
    expect(mut.diff.size).toBe(0);
  });

  it('rejects unpruned empty sets and dicts', () => {
    for (const inner of ['0:le', '0:de']) {
      expect(() => mutable(b('d1:#i0e1:&d', inner, 'e1:<le1:=dee'))).toThrow(
        expect.objectContaining({ code: 'no-valid-config' }),
      );
      expect(() => parseMessage(b('d1:#i0e1:&d', inner, 'e1:<le1:=dee'), LAG5)).toThrow(
        expect.objectContaining({ code: 'parse' }),
      );
    }
  });

  it('example 2: large update', () => {
    const m = mutable(m123);
    updates124(m);
    expect(m.serialize()).toEqual(
      b(
        'd1:#i124e1:&d5:dictAd7:goodbyeli123ei456ee5:helloi123ee5:dictBd5:addedi9999e7:changedi1e',
        '3:fooi123e6:nestedd1:ai1eee4:goodli99ei123e3:Foo3:bare4:int1i42e4:int2i2e7:string25:hello',
        '7:string33:omge1:<l',
        'li120e32:',
        h120,
        'dee',
        'li121e32:',
        h121,
        'dee',
        'li122e32:',
        h122,
        'dee',
        'li123e32:',
        blake2b(32, m123),
        'd4:int01:-4:int10:4:int20:ee',
        'e1:=',
        diff124,
        'e',
      ),
    );
    expect(toHex(m.computeHash())).toBe(toHex(h124));
  });

  it('example 3: simple conflict, in any order, ignoring included and too-old messages', () => {
    const m124 = mutable(m123);
    updates124(m124);
    expect(toHex(m124.computeHash())).toBe(toHex(h124));
    const a = m124.increment();
    dictAt(a.data.get('dictB')).delete('foo');
    const c = m124.increment();
    c.data.set('int1', 5n);
    expect(toHex(a.computeHash())).toBe(toHex(h125a));
    expect(toHex(c.computeHash())).toBe(toHex(h125b));

    const expected126 = b(
      'd1:#i126e1:&d5:dictAd7:goodbyeli123ei456ee5:helloi123ee5:dictBd5:addedi9999e7:changedi1e',
      '6:nestedd1:ai1eee4:goodli99ei123e3:Foo3:bare4:int1i5e4:int2i2e7:string25:hello7:string33:omge',
      '1:<l',
      'li122e32:',
      h122,
      'dee',
      'li123e32:',
      h123,
      'd4:int01:-4:int10:4:int20:ee',
      'li124e32:',
      h124,
      diff124,
      'e',
      'li125e32:',
      h125a,
      'd5:dictBd3:foo1:-eee',
      'li125e32:',
      h125b,
      'd4:int10:ee',
      'e1:=dee',
    );
    const merged = mergeMessages([a.serialize(), c.serialize()], LAG5);
    expect(merged.merged).toBe(true);
    expect(merged.seqno).toBe(126n);
    expect(merged.serialize()).toEqual(expected126);
    expect(mergeMessages([c.serialize(), a.serialize()], LAG5).serialize()).toEqual(expected126);
    expect(mergeMessages([m124.serialize(), c.serialize(), a.serialize()], LAG5).serialize()).toEqual(
      expected126,
    );
    expect(mergeMessages([c.serialize(), a.serialize(), m124.serialize()], LAG5).serialize()).toEqual(
      expected126,
    );
    const m120b = fresh(118n).increment().increment();
    m120b.data.set('too old', sc("won't see"));
    expect(mergeMessages([c.serialize(), m120b.serialize(), a.serialize()], LAG5).serialize()).toEqual(
      expected126,
    );
  });

  it('example 4: complex conflict resolution', () => {
    const m123msg = parseMessage(m123, LAG5);
    const m124a = m123msg.increment();
    dictAt(m124a.data.get('dictB')).set('foo', 66n);
    dictAt(m124a.data.get('dictB')).set('answer', 42n);
    const m124b = m123msg.increment();
    updates124(m124b);
    expect(toHex(m124b.computeHash())).toBe(toHex(h124));
    const m125a = m124b.increment();
    dictAt(m125a.data.get('dictB')).delete('foo');
    const m125b = m124b.increment();
    m125b.data.set('int1', 5n);
    const m126a = mergeMessages([m125a.serialize(), m125b.serialize()], LAG5);
    const m120b = fresh(118n).increment().increment();
    m120b.data.set('too old', sc("won't see"));
    const m126b = mergeMessages(
      [m125b.serialize(), m124a.serialize(), m125a.serialize(), m123msg.serialize(), m120b.serialize()],
      LAG5,
    );
    expect(Buffer.compare(m126a.hash, m126b.hash)).toBeLessThan(0);

    const m127 = mergeMessages([m126a.serialize(), m126b.serialize()], LAG5, true) as MutableConfigMessage;
    const goodbye = dictAt(m127.data.get('dictA')).get('goodbye');
    if (!isSet(goodbye)) throw new Error('not a set');
    setAdd(goodbye, sc(789));
    expect(m127.seqno).toBe(127n);
    expect(m127.serialize()).toEqual(
      b(
        'd1:#i127e1:&d5:dictAd7:goodbyeli123ei456ei789ee5:helloi123ee5:dictBd5:addedi9999e6:answeri42e',
        '7:changedi1e6:nestedd1:ai1eee4:goodli99ei123e3:Foo3:bare4:int1i5e4:int2i2e7:string25:hello',
        '7:string33:omge1:<l',
        'li123e32:',
        h123,
        'd4:int01:-4:int10:4:int20:ee',
        'li124e32:',
        m124a.computeHash(),
        'd5:dictBd6:answer0:3:foo0:eee',
        'li124e32:',
        h124,
        diff124,
        'e',
        'li125e32:',
        h125a,
        'd5:dictBd3:foo1:-eee',
        'li125e32:',
        h125b,
        'd4:int10:ee',
        'li126e32:',
        m126a.hash,
        'dee',
        'li126e32:',
        m126b.hash,
        'dee',
        'e1:=d5:dictAd7:goodbyelli789eeleeeee',
      ),
    );
    const alt = mergeMessages([m127.serialize(), m125a.serialize(), m126b.serialize()], LAG5);
    expect(alt.seqno).toBe(127n);
    expect(alt.hash).toEqual(m127.computeHash());
  });
});
