import { beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { btKeyFromBytes } from '../../../../electron/core/protocol/bencode';
import {
  ConvoInfoVolatile,
  type ConvoEntry,
} from '../../../../electron/core/protocol/config/convo-info-volatile';
import { hex, NOW, readyAll, USER_SEED } from './helpers';

/** libsession-util (GPL-3.0) `tests/test_config_convo_info_volatile.cpp` (PR #13 merge), with a fixed clock. */

const SEED = USER_SEED;
const DAY = 24 * 3600 * 1000;
let me: Identity;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(SEED);
});

const convos = (dump?: Uint8Array): ConvoInfoVolatile =>
  new ConvoInfoVolatile(me, { clock: () => NOW, ...(dump ? { dump } : {}) });

function describeEntry(e: ConvoEntry): string {
  if (e.kind === 'one-to-one') return `1-to-1: ${e.sessionId}`;
  if (e.kind === 'group') return `gr: ${e.groupId}`;
  if (e.kind === 'community') return `comm: ${e.baseUrl}/r/${e.room}`;
  return `lgr: ${e.groupId}`;
}

describe('ConvoInfoVolatile (test_config_convo_info_volatile.cpp)', () => {
  const realId = '055000000000000000000000000000000000000000000000000000000000000000';
  const group = '030111101001001000101010011011010010101010111010000110100001210000';
  const ogKey = hex('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');

  it('stores read state for every conversation kind and merges it', () => {
    const c = convos();
    expect(c.oneToOne(realId)).toBeUndefined();
    expect(c.size).toBe(0);
    expect(c.needsPush).toBe(false);
    expect(c.push().seqno).toBe(0n);
    c.setOneToOne(realId, { lastReadMs: NOW });
    expect(c.legacyGroup(realId)).toBeUndefined();
    expect(c.oneToOne(realId)?.lastReadMs).toBe(NOW);
    expect(c.needsPush && c.needsDump).toBe(true);
    c.setCommunity('http://Example.ORG:5678', 'SudokuRoom', ogKey, { unread: true });
    expect(c.group(group)).toBeUndefined();
    c.setGroup(group, { lastReadMs: NOW, unread: true });
    const first = c.push();
    expect(first.seqno).toBe(1n);
    c.confirmPushed(first.seqno, ['hash1']);
    expect([c.needsDump, c.needsPush]).toEqual([true, false]);

    const c2 = convos(c.dump());
    expect([c.needsPush, c.needsDump]).toEqual([false, false]);
    expect(c2.oneToOne(realId)).toEqual({ lastReadMs: NOW, unread: false });
    expect(c2.community('http://EXAMPLE.org:5678', 'sudokuRoom')).toEqual({ lastReadMs: 0, unread: true });
    expect(c2.group(group)).toEqual({ lastReadMs: NOW, unread: true });
    const another = '051111111111111111111111111111111111111111111111111111111111111111';
    const legacy = `05${'c'.repeat(64)}`;
    c2.setOneToOne(another, { unread: true });
    c2.setLegacyGroup(legacy, { lastReadMs: NOW - 50 });
    const second = c2.push();
    expect(second.seqno).toBe(2n);
    c.merge([{ hash: 'hash2', data: second.messages[0]! }]);
    c2.confirmPushed(second.seqno, ['hash2']);
    expect(c.needsPush).toBe(false);
    expect(c.push().seqno).toBe(2n);
    for (const conv of [c, c2]) {
      expect(conv.all().map(describeEntry)).toEqual([
        `1-to-1: ${another}`,
        `1-to-1: ${realId}`,
        `gr: ${group}`,
        'comm: http://example.org:5678/r/sudokuroom',
        `lgr: ${legacy}`,
      ]);
    }
    c.eraseOneToOne('052000000000000000000000000000000000000000000000000000000000000000');
    expect(c.needsPush).toBe(false);
    c.eraseOneToOne(realId);
    expect(c.needsPush).toBe(true);
    expect(c.size).toBe(4);
    expect(() => c.setCommunity('ftp://example.org', 'x', ogKey, {})).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
    expect(() => c.setCommunity('http://example.org', 'bad room', ogKey, {})).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
  });

  it('ignores stale read times and prunes old entries before pushing', () => {
    const c = convos();
    const pk = (x: number): Uint8Array => {
      const k = new Uint8Array(32);
      k[31] = x;
      return k;
    };
    const sid = (x: number): string => `05${Buffer.from(pk(x)).toString('hex')}`;
    const ago = (days: number): number => NOW - 1 - days * DAY;
    for (let i = 0; i <= 65; i++) {
      const update = { lastReadMs: ago(i), ...(i % 5 === 0 ? { unread: true } : {}) };
      if (i % 3 === 0) c.setOneToOne(sid(i), update);
      else if (i % 3 === 1) c.setLegacyGroup(sid(i), update);
      else c.setCommunity('https://example.org', `room${i}`, pk(i), update);
    }
    const count = (kind: ConvoEntry['kind']): number => c.all().filter((e) => e.kind === kind).length;
    expect(count('one-to-one')).toBe(13);
    expect(count('legacy-group')).toBe(12);
    expect(count('community')).toBe(13);
    expect(c.size).toBe(38);
    const raw = (x: number, days: number): void =>
      c.fields.assign(['1', btKeyFromBytes(hex(sid(x))), 'r'], BigInt(ago(days)));
    [33, 40, 44, 45, 46, 1000].forEach((days, i) => raw(80 + i, days));
    expect(count('one-to-one')).toBe(19);
    expect(c.size).toBe(44);
    c.push();
    expect(c.size).toBe(41);
  });
});
