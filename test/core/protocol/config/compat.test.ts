import { beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { btKeyFromBytes, encodeBt, type BtValue } from '../../../../electron/core/protocol/bencode';
import { configDecrypt, configEncrypt, padPrefix } from '../../../../electron/core/protocol/config/encrypt';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { classify } from '../../../../electron/core/protocol/config/incoming';
import { unwrapLegacyConfig } from '../../../../electron/core/protocol/config/legacy-wrap';
import { mergeMessages } from '../../../../electron/core/protocol/config/merge';
import { parseMessage } from '../../../../electron/core/protocol/config/message';
import { UserGroups } from '../../../../electron/core/protocol/config/user-groups';
import { UserProfile } from '../../../../electron/core/protocol/config/user-profile';
import { b, hex, NOW, readyAll, USER_SEED } from './helpers';

/**
 * Forward compatibility (protocol reference §10): an older client must never erase what a newer
 * one wrote — unknown top-level keys, unknown keys inside typed entries and unknown kinds of
 * values survive a merge, a local edit and the push that follows.
 */

let me: Identity;
beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(USER_SEED);
});

const ID = `05${'ab'.repeat(32)}`;
const idKey = btKeyFromBytes(hex(ID));

/** A seqno-1 Contacts message as a newer client might write it, encrypted for this account. */
function fromTheFuture(): Uint8Array {
  const contact = new Map<string, BtValue>([
    ['n', b('Future')],
    ['Z', b('a field we do not know')],
    ['z', new Map<string, BtValue>([['deep', [1n, 2n, b('x')]]])],
  ]);
  const message = new Map<string, BtValue>([
    ['#', 1n],
    ['$', b('unknown before the data')],
    [
      '&',
      new Map<string, BtValue>([
        ['c', new Map([[idKey, contact]])],
        ['Q', b('new top-level data')],
      ]),
    ],
    ['<', []],
    ['=', new Map<string, BtValue>([['c', new Map([[idKey, new Map([['n', b('')]])]])]])],
    ['>', new Map<string, BtValue>([['meta', 42n]])],
  ]);
  return configEncrypt(padPrefix(encodeBt(message)), USER_SEED, 'Contacts');
}

/** The config inside a pushed Contacts message. */
function configOf(push: Uint8Array): Uint8Array {
  const d = classify(configDecrypt(unwrapLegacyConfig(me, push, 3), USER_SEED, 'Contacts'));
  if (d.kind !== 'config') throw new Error('multipart');
  return d.config;
}

describe('config forward compatibility', () => {
  it('keeps unknown keys through merge, edit and push', () => {
    const c = new Contacts(me, { clock: () => NOW });
    expect(c.merge([{ hash: 'h1', data: fromTheFuture() }])).toEqual(['h1']);
    expect(c.get(ID)?.name).toBe('Future');
    c.set(ID, { nickname: 'Now' });
    const push = c.push();
    const sent = parseMessage(configOf(push.messages[0]!), { lag: 5 });
    expect(sent.unknown.get('$')).toEqual(b('unknown before the data'));
    expect(sent.unknown.get('>')).toEqual(new Map([['meta', 42n]]));
    expect(sent.data.get('Q')).toEqual(b('new top-level data'));
    const entry = (sent.data.get('c') as Map<string, BtValue>).get(idKey) as Map<string, BtValue>;
    expect(entry.get('Z')).toEqual(b('a field we do not know'));
    expect(entry.get('z')).toEqual(new Map([['deep', [1n, 2n, b('x')]]]));
    expect(entry.get('N')).toEqual(b('Now'));
  });

  it('refuses a message of a future format and merges past it', () => {
    const future = b('d1:!i1e1:#i1e1:&de1:<le1:=dee');
    expect(() => parseMessage(future, { lag: 5 })).toThrow(
      expect.objectContaining({ code: 'future-version' }),
    );
    const p = new UserProfile(me, { clock: () => NOW });
    expect(
      p.merge([{ hash: 'f', data: configEncrypt(padPrefix(future), USER_SEED, 'UserProfile') }]),
    ).toEqual([]);
    expect(p.seqno).toBe(0n);
    const ok = b('d1:#i1e1:&d1:n3:Bobe1:<le1:=d1:n0:ee');
    expect(mergeMessages([future, ok], { lag: 5 }).unmergedIndex).toBe(1);
  });

  it('changes nothing when a setter refuses its input', () => {
    const c = new Contacts(me, { clock: () => NOW });
    const bad = [
      () => c.set(ID, { name: 'ok', nickname: 'x'.repeat(101) }),
      () => c.set(ID, { name: 'ok', priority: 1.5 }),
      () => c.set(ID, { name: 'ok', profilePicture: { url: 'u'.repeat(224), key: new Uint8Array(32) } }),
      () => c.set('05abc', { name: 'ok' }),
    ];
    for (const attempt of bad) {
      expect(attempt).toThrow(expect.objectContaining({ code: 'input' }));
      expect([c.seqno, c.needsPush, c.size]).toEqual([0n, false, 0]);
    }
    const groups = new UserGroups(me, { clock: () => NOW });
    expect(() => groups.setCommunity('https://example.org', 'bad room!', new Uint8Array(32))).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
    expect([groups.seqno, groups.needsPush]).toEqual([0n, false]);
  });
});
