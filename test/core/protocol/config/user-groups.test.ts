import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed } from '../../../../electron/core/crypto/ed25519';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { btKeyFromBytes } from '../../../../electron/core/protocol/bencode';
import { canonicalBaseUrl, canonicalRoom } from '../../../../electron/core/protocol/config/community';
import {
  REMOVED_DESTROYED,
  REMOVED_KICKED,
  UserGroups,
} from '../../../../electron/core/protocol/config/user-groups';
import { dict, hex, NOW, readyAll, USER_SEED } from './helpers';

/** libsession-util (GPL-3.0) `tests/test_config_user_groups.cpp` (PR #13 merge), with a fixed clock. */

const SEED = USER_SEED;
let me: Identity;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(SEED);
});

const groups = (dump?: Uint8Array): UserGroups =>
  new UserGroups(me, { clock: () => NOW, ...(dump ? { dump } : {}) });

describe('UserGroups (test_config_user_groups.cpp)', () => {
  it('canonicalises community URLs and rooms', () => {
    for (const [url, base] of [
      ['https://example.com/', 'https://example.com'],
      ['HTTPS://EXAMPLE.COM', 'https://example.com'],
      ['HTTPS://EXAMPLE.com:443', 'https://example.com'],
      ['HTTP://EXAMPLE.com:80/', 'http://example.com'],
      ['http://Example.ORG:5678', 'http://example.org:5678'],
    ]) {
      expect(canonicalBaseUrl(url!)).toBe(base);
    }
    for (const room of ['SomeRoom', 'sOMErOOM', 'someroom']) expect(canonicalRoom(room)).toBe('someroom');
    for (const bad of ['example.com', 'https://x.y/path', 'https://localhost', 'https://a.b.:1']) {
      expect(() => canonicalBaseUrl(bad)).toThrow(expect.objectContaining({ code: 'input' }));
    }
  });

  it('keeps groups v2 with admin seeds, auth data and status', () => {
    const g = groups();
    const realId = '035000000000000000000000000000000000000000000000000000000000000000';
    const admin = ed25519KeyPairFromSeed(SEED);
    const adminId = `03${toHex(admin.publicKey)}`;
    const auth = hex(`0102030405${'00'.repeat(95)}`);
    expect(g.group(realId)).toBeUndefined();
    expect(g.groups().length).toBe(0);
    // The wrong group's secret key is ignored, so the auth data is kept instead.
    g.setGroup(realId, { secretKey: admin.secretKey, authData: auth });
    expect(g.needsPush && g.needsDump).toBe(true);
    const p1 = g.push();
    g.confirmPushed(p1.seqno, ['fakehash1']);

    const g2 = groups(g.dump());
    const c2 = g2.group(realId)!;
    expect([c2.priority, c2.joinedAtSeconds, c2.notify, c2.muteUntilSeconds, c2.invited, c2.name]).toEqual([
      0,
      0,
      'default',
      0,
      false,
      '',
    ]);
    g2.setGroup(realId, {
      priority: 123,
      joinedAtSeconds: 1_234_567_890 * 1000,
      notify: 'mentions',
      muteUntilSeconds: 456_789_012 * 1_000_000,
      invited: true,
      name: 'Magic Special Room',
    });
    g2.setGroup(adminId, { secretKey: admin.secretKey, authData: auth });
    const p2 = g2.push();
    g2.confirmPushed(p2.seqno, ['fakehash2']);
    g.merge([{ hash: 'fakehash2', data: p2.messages[0]! }]);

    const c3 = g.group(realId)!;
    expect(c3.secretKey).toBeUndefined();
    expect(toHex(c3.authData!)).toBe(toHex(auth));
    expect([c3.priority, c3.joinedAtSeconds, c3.notify, c3.muteUntilSeconds, c3.invited, c3.name]).toEqual([
      123,
      1234567890,
      'mentions',
      456789012,
      true,
      'Magic Special Room',
    ]);
    expect(g.eraseGroup(realId)).toBe(true);
    const c3b = g.group(adminId)!;
    expect(c3b.authData).toBeUndefined();
    expect(toHex(c3b.secretKey!)).toBe(toHex(admin.secretKey));

    g.markKicked(adminId);
    expect(g.group(adminId)).toMatchObject({
      removedStatus: REMOVED_KICKED,
      secretKey: undefined,
      authData: undefined,
    });
    g.markInvited(adminId);
    expect(g.group(adminId)!.removedStatus).toBe(0);
    g.markKicked(adminId);
    g.markDestroyed(adminId);
    expect(g.group(adminId)!.removedStatus).toBe(REMOVED_DESTROYED);
    g.markKicked(adminId); // destroyed stays destroyed
    expect(g.group(adminId)!.removedStatus).toBe(REMOVED_DESTROYED);

    const other = `03${'03'.repeat(32)}`;
    g.setGroup(other);
    expect(g.eraseGroup(other)).toBe(true);
    expect(g.eraseGroup(other)).toBe(false);
  });

  it('keeps communities with the room as written', () => {
    const g = groups();
    const pk = hex('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
    g.setCommunity('http://Example.ORG:5678', 'SudokuRoom', pk, {
      priority: 3,
      joinedAtSeconds: 1_680_000_000,
    });
    expect(g.communities()).toEqual([
      {
        baseUrl: 'http://example.org:5678',
        room: 'SudokuRoom',
        pubkey: pk,
        priority: 3,
        joinedAtSeconds: 1_680_000_000,
        notify: 'default',
        muteUntilSeconds: 0,
        invited: false,
      },
    ]);
    expect(g.eraseCommunity('http://example.org:5678', 'sudokuroom')).toBe(true);
    expect(g.communities()).toEqual([]);
    g.push(); // empty dicts are pruned when the message is serialized
    expect(g.fields.exists(['o'])).toBe(false);
  });

  it('reads legacy groups and keeps them intact', () => {
    const g = groups();
    const id = `05${'cd'.repeat(32)}`;
    const key = btKeyFromBytes(hex(id));
    const member = (c: string): Uint8Array => hex(`05${c.repeat(32)}`);
    g.fields.assign(['C', key], dict({ n: 'Old group', E: 3600, '+': 2 }));
    g.fields.assign(['C', key, 'm'], [member('11'), member('22')]);
    g.fields.assign(['C', key, 'a'], [member('33')]);
    const [legacy] = g.legacyGroups();
    expect(legacy).toMatchObject({ groupId: id, name: 'Old group', disappearingSeconds: 3600, priority: 2 });
    expect(legacy!.members).toEqual([
      { sessionId: `05${'11'.repeat(32)}`, admin: false },
      { sessionId: `05${'22'.repeat(32)}`, admin: false },
      { sessionId: `05${'33'.repeat(32)}`, admin: true },
    ]);
    expect(g.eraseLegacyGroup(id)).toBe(true);
    expect(g.legacyGroups()).toEqual([]);
  });
});
