import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { b, NOW, readyAll, USER_SEED } from './helpers';

/** libsession-util (GPL-3.0) `tests/test_config_contacts.cpp` (PR #11 head): the behaviour cases. */

const SEED = USER_SEED;
const CREATED = 1680064059;
let me: Identity;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(SEED);
});

function contacts(dump?: Uint8Array): Contacts {
  return new Contacts(me, { clock: () => NOW, ...(dump ? { dump } : {}) });
}

const ID0 = '050000000000000000000000000000000000000000000000000000000000000000';
const ID1 = '051111111111111111111111111111111111111111111111111111111111111111';
const ID2 = '052222222222222222222222222222222222222222222222222222222222222222';

describe('Contacts (test_config_contacts.cpp)', () => {
  it('sets, pushes, dumps, merges and resolves a conflict', () => {
    const c = contacts();
    expect(c.get(ID0)).toBeUndefined();
    expect(c.size).toBe(0);
    expect(c.state.needsPush).toBe(false);
    expect(c.state.push().seqno).toBe(0n);
    const mute = NOW / 1000 + 1800;
    c.set(ID0, {
      name: 'Joe',
      nickname: 'Joey',
      approved: true,
      approvedMe: true,
      createdSeconds: CREATED,
      notify: 'all',
      muteUntilSeconds: mute,
    });
    const joe = c.get(ID0)!;
    expect([joe.name, joe.nickname, joe.approved, joe.approvedMe, joe.blocked]).toEqual([
      'Joe',
      'Joey',
      true,
      true,
      false,
    ]);
    expect(joe.profilePicture).toBeUndefined();
    expect(joe.sessionId).toBe(ID0);
    expect(c.state.needsPush && c.state.needsDump).toBe(true);
    const first = c.state.push();
    expect(first.seqno).toBe(1n);
    c.state.confirmPushed(first.seqno, ['fakehash1']);
    expect([c.state.needsDump, c.state.needsPush]).toEqual([true, false]);

    const c2 = contacts(c.state.dump());
    expect([c2.state.needsPush, c2.state.needsDump, c.state.needsDump]).toEqual([false, false, false]);
    expect(c2.state.push().seqno).toBe(1n);
    const x = c2.get(ID0)!;
    expect([x.name, x.nickname, x.createdSeconds, x.notify, x.muteUntilSeconds]).toEqual([
      'Joe',
      'Joey',
      CREATED,
      'all',
      mute,
    ]);

    c2.set(ID1);
    expect(c2.state.needsPush).toBe(true);
    const second = c2.state.push();
    expect([second.seqno, second.messages.length]).toEqual([2n, 1]);
    c.state.merge([{ hash: 'fakehash2', data: second.messages[0]! }]);
    c2.state.confirmPushed(second.seqno, ['fakehash2']);
    expect(c.state.needsPush).toBe(false);
    expect(c.state.push().seqno).toBe(2n);
    expect(c.all().map((k) => [k.sessionId, k.nickname || '(N/A)'])).toEqual([
      [ID0, 'Joey'],
      [ID1, '(N/A)'],
    ]);

    c.erase(ID0);
    c2.set(ID2, {
      nickname: 'Nickname 3',
      approved: true,
      blocked: true,
      profilePicture: { url: 'http://example.com/huge.bmp', key: b('qwerty78901234567890123456789012') },
    });
    const a = c.state.push();
    const bb = c2.state.push();
    expect(a.seqno).toBe(bb.seqno);
    expect(toHex(a.messages[0]!)).not.toBe(toHex(bb.messages[0]!));
    expect(a.obsoleteHashes).toEqual(['fakehash2']);
    expect(bb.obsoleteHashes).toEqual(['fakehash2']);
    c.state.confirmPushed(a.seqno, ['fakehash3a']);
    c2.state.confirmPushed(bb.seqno, ['fakehash3b']);
    c.state.merge([{ hash: 'fakehash3b', data: bb.messages[0]! }]);
    expect(c.state.needsPush).toBe(true);
    c2.state.merge([{ hash: 'fakehash3a', data: a.messages[0]! }]);
    expect(c2.state.needsPush).toBe(true);
    const m1 = c.state.push();
    const m2 = c2.state.push();
    expect(m1.seqno).toBe(bb.seqno + 1n);
    expect(m2.seqno).toBe(m1.seqno);
    // libsession cannot check this (its seal was random); ours is deterministic end to end.
    expect(toHex(m1.messages[0]!)).toBe(toHex(m2.messages[0]!));
    expect(m1.obsoleteHashes).toEqual(['fakehash3a', 'fakehash3b']);
    expect(m2.obsoleteHashes).toEqual(['fakehash3a', 'fakehash3b']);
    c.state.confirmPushed(m1.seqno, ['fakehash4']);
    c2.state.confirmPushed(m2.seqno, ['fakehash4']);
    expect([c.state.needsPush, c2.state.needsPush]).toEqual([false, false]);
    expect(c.all().map((k) => [k.sessionId, k.nickname || '(N/A)'])).toEqual([
      [ID1, '(N/A)'],
      [ID2, 'Nickname 3'],
    ]);
    const third = c.get(ID2)!;
    expect([third.approved, third.blocked, third.profilePicture?.url]).toEqual([
      true,
      true,
      'http://example.com/huge.bmp',
    ]);
  });

  it('limits nicknames and truncates names', () => {
    const c = contacts();
    const digits = '1234567890'.repeat(10);
    expect(() => c.set(ID0, { nickname: `${digits}A` })).toThrow(expect.objectContaining({ code: 'input' }));
    c.set(ID0, { name: `${digits.slice(0, 95)}🎂🎂` });
    expect(c.get(ID0)!.name).toBe(`${digits.slice(0, 95)}🎂`);
    expect(() => c.set('05123456', {})).toThrow(expect.objectContaining({ code: 'input' }));
  });

  it('needs a dump after every change (the needs_dump bug)', () => {
    const c = contacts();
    expect(c.state.needsDump).toBe(false);
    c.set(ID0, { approved: true });
    expect(c.state.needsDump).toBe(true);
    c.set(ID0, { approvedMe: true });
    expect(c.state.needsDump).toBe(true);
    c.state.dump();
    expect(c.state.needsDump).toBe(false);
    c.set(ID0, { approved: false });
    expect(c.state.needsDump).toBe(true);
    c.state.dump();
    c.set(ID0, { approvedMe: false });
    expect(c.state.needsDump).toBe(true);
  });
});
