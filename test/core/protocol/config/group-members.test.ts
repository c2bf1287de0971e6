import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed, type Ed25519KeyPair } from '../../../../electron/core/crypto/ed25519';
import {
  GroupMembers,
  withInviteAccepted,
  withInviteFailed,
  withInviteSent,
  withName,
  withPromoted,
  withPromotionAccepted,
  withPromotionFailed,
  withPromotionSent,
  withRemoved,
  type MemberStatus,
} from '../../../../electron/core/protocol/config/group-members';
import { hex, KeyRing, readyAll } from './helpers';

/** libsession-util (GPL-3.0) `tests/test_group_members.cpp` (PR #13 merge). */

let group: Ed25519KeyPair;
const key = (c: string): Uint8Array => hex(c.repeat(64));
const sids = Array.from({ length: 256 }, (_, i) => `05${i.toString(16).padStart(2, '0').repeat(32)}`);
const prime = (i: number): boolean => i > 1 && i < 100 && [2, 3, 5, 7].every((p) => i === p || i % p !== 0);
const pictureKey = hex('abcd'.repeat(16));

beforeAll(async () => {
  await readyAll();
  group = ed25519KeyPairFromSeed(hex('0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210'));
});

const members = (keys: KeyRing, dump?: Uint8Array): GroupMembers =>
  new GroupMembers({
    groupPublicKey: group.publicKey,
    secretKey: group.secretKey,
    keys,
    ...(dump ? { dump } : {}),
  });

describe('group Members (test_group_members.cpp)', () => {
  it('keeps names, pictures and invite/promotion/removal statuses through merges', () => {
    const keys1 = new KeyRing(key('a'));
    const g1 = members(keys1);
    const g2 = members(new KeyRing(key('b'), key('a'), key('c'), key('d')));
    for (let i = 0; i < 10; i++) {
      const m = withPromotionAccepted(g1.getOrConstruct(sids[i]!));
      g1.set({
        ...m,
        name: `Admin ${i}`,
        profilePicture: { url: `http://example.com/${i}`, key: pictureKey },
      });
    }
    for (let i = 10; i < 20; i++) {
      const m = withName(g1.getOrConstruct(sids[i]!), `Member ${i}`);
      g1.set({ ...m, profilePicture: { url: `http://example.com/${i}`, key: pictureKey } });
    }
    for (let i = 20; i < 25; i++) g1.set(g1.getOrConstruct(sids[i]!));
    expect(() => withName(g1.get(sids[14]!)!, 'c'.repeat(200))).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
    const p1 = g1.push();
    expect(p1.messages[0]!.length).toBe(768);
    g1.confirmPushed(p1.seqno, ['fakehash1']);
    expect([g1.needsDump, g1.needsPush]).toEqual([true, false]);
    const first = { hash: 'fakehash1', data: p1.messages[0]! };
    expect(g2.merge([first])).toEqual(['fakehash1']);
    expect(g2.needsPush).toBe(false);
    g2.all().forEach((m, i) => {
      expect(m.sessionId).toBe(sids[i]);
      expect(m.supplement).toBe(false);
      if (i < 10) {
        expect([m.admin, m.name, g2.status(m)]).toEqual([true, `Admin ${i}`, 'promotion-accepted']);
      } else {
        expect(g1.status(m)).toBe('invite-sending'); // local pending-send state is not pushed
        expect([m.admin, g2.status(m)]).toEqual([false, 'invite-not-sent']);
        expect(m.name).toBe(i < 20 ? `Member ${i}` : '');
        expect(m.profilePicture === undefined).toBe(i >= 20);
      }
    });
    expect(g2.size).toBe(25);

    for (let i = 22; i < 50; i++) g2.set({ ...g2.getOrConstruct(sids[i]!), name: `Member ${i}` });
    for (let i = 50; i < 55; i++)
      g2.set({ ...withInviteSent(g2.getOrConstruct(sids[i]!)), supplement: i % 2 === 1 });
    for (let i = 55; i < 58; i++)
      g2.set({ ...withInviteFailed(g2.getOrConstruct(sids[i]!)), supplement: i % 2 === 1 });
    for (let i = 58; i < 62; i++) {
      const m = g2.getOrConstruct(sids[i]!);
      g2.set(i >= 60 ? withPromotionFailed(m) : withPromotionSent(m));
    }
    for (let i = 62; i < 66; i++) g2.set(withRemoved(g2.getOrConstruct(sids[i]!), i >= 64));
    expect(g2.get(sids[23]!)?.name).toBe('Member 23');
    const p2 = g2.push();
    g2.confirmPushed(p2.seqno, ['fakehash2']);
    const both = [first, { hash: 'fakehash2', data: p2.messages[0]! }];
    expect(g1.merge(both)).toEqual(['fakehash1']);
    keys1.add(key('b'));
    expect(g1.merge(both).sort()).toEqual(['fakehash1', 'fakehash2']);

    const expectedStatus = (i: number): MemberStatus | undefined =>
      i < 10
        ? 'promotion-accepted'
        : i < 25
          ? 'invite-sending'
          : i < 50
            ? 'invite-not-sent'
            : i < 55
              ? 'invite-sent'
              : i < 58
                ? 'invite-failed'
                : i < 60
                  ? 'promotion-sent'
                  : i < 62
                    ? 'promotion-failed'
                    : i < 64
                      ? 'removed'
                      : 'removed-including-messages';
    g1.all().forEach((m, i) => {
      expect(m.sessionId).toBe(sids[i]);
      expect(m.admin).toBe(i < 10 || (i >= 58 && i < 62));
      expect(m.name).toBe(i === 20 || i === 21 || i >= 50 ? '' : i < 10 ? `Admin ${i}` : `Member ${i}`);
      expect(m.profilePicture?.url).toBe(i < 20 ? `http://example.com/${i}` : undefined);
      expect(g1.status(m)).toBe(expectedStatus(i));
      expect(m.supplement).toBe(i % 2 === 1 && i > 50 && i < 58);
    });
    expect(g1.size).toBe(66);

    for (let i = 0; i < 100; i++) {
      if (prime(i)) g1.erase(sids[i]!);
      else if (i >= 50 && i <= 56) {
        const m = g1.get(sids[i]!)!;
        g1.set(i >= 55 ? withInviteSent(m) : withInviteAccepted(m));
      } else if (i === 58) g1.set(withPromotionAccepted(g1.get(sids[i]!)!));
      else if (i === 59) g1.set(withPromotionSent(g1.get(sids[i]!)!));
    }
    const p3 = g1.push();
    g1.confirmPushed(p3.seqno, ['fakehash3']);
    expect(g2.merge([{ hash: 'fakehash3', data: p3.messages[0]! }])).toEqual(['fakehash3']);
    const remaining = sids.slice(0, 66).filter((_, i) => !prime(i));
    expect(g2.all().map((m) => m.sessionId)).toEqual(remaining);
    for (const m of g2.all()) {
      const i = sids.indexOf(m.sessionId);
      if (i >= 50 && i < 54) expect(g2.status(m)).toBe('invite-accepted');
      if (i === 55 || i === 56) expect(g2.status(m)).toBe('invite-sent');
      if (i === 57) expect(g2.status(m)).toBe('invite-failed');
      if (i < 10 || i === 58) expect(g2.status(m)).toBe('promotion-accepted');
      if (i === 59) expect(g2.status(m)).toBe('promotion-sent');
      expect(m.supplement).toBe(i === 55 || i === 57);
    }
  });

  it('keeps pending sends in the dump', () => {
    const g1 = members(new KeyRing(key('a')));
    const [id1, id2] = [sids[0]!, `05${'11'.repeat(32)}`];
    g1.set(g1.getOrConstruct(id1));
    g1.set(withPromoted(g1.getOrConstruct(id2)));
    expect(g1.status(g1.getOrConstruct(id1))).toBe('invite-sending');
    expect(g1.status(g1.getOrConstruct(id2))).toBe('promotion-sending');
    const g2 = members(new KeyRing(key('a')), g1.dump());
    expect(g2.status(g2.getOrConstruct(id1))).toBe('invite-sending');
    expect(g2.status(g2.getOrConstruct(id2))).toBe('promotion-sending');
    g2.set(withInviteSent(g2.getOrConstruct(id1)));
    expect(g2.needsDump).toBe(true);
    expect(g2.hasPendingSend(id1)).toBe(false);
    expect(toHex(group.publicKey)).toBe('cbd569f56fb13ea95a3f0c05c331cc24139c0090feb412069dc49fab34406ece');
  });
});
