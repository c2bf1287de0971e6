import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import {
  ed25519KeyPairFromSeed,
  ed25519Sign,
  type Ed25519KeyPair,
} from '../../../../electron/core/crypto/ed25519';
import type {
  ConfigKeys,
  IncomingConfigMessage,
} from '../../../../electron/core/protocol/config/config-state';
import { GroupInfo } from '../../../../electron/core/protocol/config/group-info';
import { hex, KeyRing, NOW, readyAll } from './helpers';

/** libsession-util (GPL-3.0) `tests/test_group_info.cpp` (PR #13 merge): what needs no Keys object. */

let group: Ed25519KeyPair;
const key = (c: string): Uint8Array => hex(c.repeat(64));

beforeAll(async () => {
  await readyAll();
  group = ed25519KeyPairFromSeed(hex('0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210'));
});

function info(keys: ConfigKeys, admin = true, dump?: Uint8Array): GroupInfo {
  return new GroupInfo({
    groupPublicKey: group.publicKey,
    keys,
    ...(admin ? { secretKey: group.secretKey } : {}),
    clock: () => NOW,
    ...(dump ? { dump } : {}),
  });
}

const msg = (hash: string, data: Uint8Array): IncomingConfigMessage => ({ hash, data });

describe('group Info (test_group_info.cpp)', () => {
  it('pushes, merges across key rotations and resolves conflicts', () => {
    expect(toHex(group.publicKey)).toBe('cbd569f56fb13ea95a3f0c05c331cc24139c0090feb412069dc49fab34406ece');
    const keys1 = new KeyRing(key('a'));
    const keys2 = new KeyRing(key('b'), key('a'), key('c'), key('d'));
    const g1 = info(keys1);
    const g2 = info(keys2);
    g1.setName('GROUP Name');
    expect([g1.state.isDirty, g1.needsPush, g1.needsDump]).toEqual([true, true, true]);
    const p1 = g1.push();
    expect([p1.seqno, p1.messages[0]!.length, p1.obsoleteHashes]).toEqual([1n, 256, []]);
    g1.confirmPushed(p1.seqno, ['fakehash1']);
    expect([g1.needsDump, g1.needsPush]).toEqual([true, false]);
    expect(g2.merge([msg('fakehash1', p1.messages[0]!)])).toEqual(['fakehash1']);
    expect(g2.needsPush).toBe(false);
    expect(g2.name).toBe('GROUP Name');

    g2.setProfilePicture({ url: 'http://example.com/12345', key: key('abcd').subarray(0, 32) });
    g2.setExpiryTimerSeconds(3600);
    const created = 1682529839;
    g2.setCreatedSeconds(created);
    g2.setDeleteBeforeSeconds((created + 50 * 86400) * 1_000_000);
    g2.setDeleteAttachmentsBeforeSeconds((created + 70 * 86400) * 1000);
    g2.destroy();
    const p2 = g2.push();
    expect([p2.seqno, p2.messages[0]!.length, p2.obsoleteHashes]).toEqual([2n, 512, ['fakehash1']]);
    g2.confirmPushed(p2.seqno, ['fakehash2']);

    g1.setName('Better name!');
    expect(g1.merge([msg('fakehash2', p2.messages[0]!)])).toEqual([]); // no "bbb…" key yet
    keys1.add(key('b'));
    keys1.add(key('c'), false);
    expect(g1.merge([msg('fakehash2', p2.messages[0]!)])).toEqual(['fakehash2']);
    expect(g1.needsPush).toBe(true);
    const p3 = g1.push();
    for (const g of [g1]) {
      expect([g.name, g.profilePicture?.url, g.expiryTimerSeconds, g.createdSeconds]).toEqual([
        'Better name!',
        'http://example.com/12345',
        3600,
        created,
      ]);
      expect([g.deleteBeforeSeconds, g.deleteAttachmentsBeforeSeconds, g.destroyed]).toEqual([
        created + 50 * 86400,
        created + 70 * 86400,
        true,
      ]);
    }
    g1.confirmPushed(p3.seqno, ['fakehash3']);
    expect(g2.merge([msg('fakehash3', p3.messages[0]!)])).toEqual(['fakehash3']);
    expect([g2.name, g2.destroyed, g2.deleteBeforeSeconds]).toEqual([
      'Better name!',
      true,
      created + 50 * 86400,
    ]);

    expect(() => g1.setName(`${'1234567890'.repeat(10)}A`)).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
    g1.setNameTruncated(`${'1234567890'.repeat(10)}A`);
    expect(g1.name).toBe('1234567890'.repeat(10));
  });

  it('verifies signatures and keeps a reader without the key read-only', () => {
    const keys = new KeyRing(key('a'));
    const reader = info(keys, false);
    expect(() => reader.setName('Super Group!')).toThrow(expect.objectContaining({ code: 'readonly' }));
    expect(reader.state.isDirty).toBe(false);

    const rw = info(keys);
    rw.setName('Super Group!!');
    const first = rw.push();
    rw.confirmPushed(first.seqno, ['fakehash1']);
    const m1 = [msg('fakehash1', first.messages[0]!)];
    expect(reader.merge(m1)).toEqual(['fakehash1']);
    const rw2 = info(keys);
    expect(rw2.merge(m1)).toEqual(['fakehash1']);
    expect(reader.name).toBe('Super Group!!');
    expect(() => reader.setName('Super Group11')).toThrow(expect.objectContaining({ code: 'readonly' }));
    reader.setName('Super Group!!'); // unchanged: no write, no error

    const forger = ed25519KeyPairFromSeed(
      hex('0023456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210'),
    );
    const bad = new GroupInfo({
      groupPublicKey: group.publicKey,
      keys,
      signer: { publicKey: group.publicKey, sign: (d) => ed25519Sign(forger.secretKey, d) },
      clock: () => NOW,
    });
    bad.merge(m1);
    bad.setName('Bad name, BAD!');
    expect(reader.merge([msg('badhash1', bad.push().messages[0]!)])).toEqual([]);
    expect(reader.needsPush).toBe(false);

    rw2.setName('Super Group 2');
    rw2.setCreatedSeconds(12345);
    rw.setName('Super Group 3');
    rw.setExpiryTimerSeconds(365 * 86400);
    const p2 = rw2.push();
    const p3 = rw.push();
    expect([p2.seqno, p3.seqno]).toEqual([2n, 2n]);
    const both = [msg('fakehash2', p2.messages[0]!), msg('fakehash3', p3.messages[0]!)];
    expect(reader.merge(both).sort()).toEqual(['fakehash2', 'fakehash3']);
    expect([reader.state.state, reader.needsPush]).toEqual(['clean', false]);
    expect(rw.merge(both).sort()).toEqual(['fakehash2', 'fakehash3']);
    expect(rw2.merge(both).sort()).toEqual(['fakehash2', 'fakehash3']);
    const m23 = rw.push();
    const m32 = rw2.push();
    expect(m23).toEqual(m32);
    rw.confirmPushed(m23.seqno, ['fakehash23']);
    rw2.confirmPushed(m32.seqno, ['fakehash23']);
    const merged = [msg('fakehash23', m23.messages[0]!)];
    for (const g of [reader, rw, rw2]) {
      expect(g.merge(merged)).toEqual(['fakehash23']);
      expect(g.needsPush).toBe(false);
      expect([g.name, g.createdSeconds, g.expiryTimerSeconds]).toEqual(['Super Group 2', 12345, 365 * 86400]);
    }

    expect(reader.needsDump).toBe(true);
    const reloaded = info(keys, false, reader.dump());
    expect([reader.needsDump, reloaded.needsDump]).toEqual([false, false]);
    const again = reloaded.push();
    expect(again.seqno).toBe(m23.seqno);
    expect(again.messages).toEqual(m23.messages); // the kept signature reproduces the admin's bytes
    expect(again.obsoleteHashes).toEqual([]);

    const rw3 = info(new KeyRing(key('b'), key('a')));
    expect(rw3.merge(merged)).toEqual(['fakehash23']);
    const s6 = rw3.push();
    expect(s6.seqno).toBe(m23.seqno);
    expect(s6.messages[0]!.length).toBe(m23.messages[0]!.length);
    expect(toHex(s6.messages[0]!)).not.toBe(toHex(m23.messages[0]!));
    rw3.setProfilePicture({ url: 'http://example.com/12345', key: key('abcd').subarray(0, 32) });
    const s7 = rw3.push();
    expect(s7.seqno).toBe(s6.seqno + 1n);
    expect(s7.obsoleteHashes).toEqual(['fakehash23']);
    const seven = [msg('fakehash7', s7.messages[0]!)];
    expect(reader.merge(seven)).toEqual([]);
    keys.add(key('b'));
    expect(reader.merge(seven)).toEqual(['fakehash7']);
    expect(reader.profilePicture?.url).toBe('http://example.com/12345');
  });
});
