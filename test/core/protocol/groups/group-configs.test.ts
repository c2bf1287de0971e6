import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import type { IncomingConfigMessage } from '../../../../electron/core/protocol/config/config-state';
import { GroupInfo } from '../../../../electron/core/protocol/config/group-info';
import {
  GroupMembers,
  withInviteSent,
  withName,
} from '../../../../electron/core/protocol/config/group-members';
import {
  GroupKeys,
  groupConfigOptions,
  groupCryptoReady,
  groupKeyPairFromSeed,
  rekeyWithConfigs,
  type GroupKeyPair,
} from '../../../../electron/core/protocol/groups/index';
import { ADMIN1_SEED, ADMIN2_SEED, GROUP_SEED, MEMBER_SEEDS } from './upstream-seeds';

/**
 * GroupKeys driving the config engine's group Info and Members: the config half of
 * libsession-util `tests/test_group_keys.cpp` "Group Keys - C++ API" and "Group Keys promotion"
 * (session-foundation/libsession-util, GPL-3.0) — same seeds, same steps, same expected merges,
 * member counts, names and read-only states.
 */
const T0 = 1_700_000_000_000;
const clock = () => T0;

interface Client {
  readonly id: Identity;
  keys: GroupKeys;
  info: GroupInfo;
  members: GroupMembers;
}

let group: GroupKeyPair;

function documents(keys: GroupKeys, dumps?: { info: Uint8Array; members: Uint8Array }) {
  return {
    info: new GroupInfo(groupConfigOptions(keys, { clock, ...(dumps ? { dump: dumps.info } : {}) })),
    members: new GroupMembers(groupConfigOptions(keys, { clock, ...(dumps ? { dump: dumps.members } : {}) })),
  };
}

/** As upstream `pseudo_client`: admins begin with a rekey (of the still empty Members). */
function client(
  seed: string,
  admin: boolean,
  dumps?: { info: Uint8Array; members: Uint8Array; keys: Uint8Array },
): Client {
  const id = identityFromSeed(seed);
  const keys = GroupKeys.create({
    userEd25519SecretKey: id.ed25519.secretKey,
    group: group.groupId,
    ...(admin ? { groupSecretKey: group.secretKey } : {}),
    ...(dumps ? { dump: dumps.keys } : {}),
  });
  const c = { id, keys, ...documents(keys, dumps) };
  if (admin && !dumps) rekeyWithConfigs(keys, c.info, c.members);
  return c;
}

function setMember(admin: Client, who: Client, name: string, isAdmin = false): void {
  admin.members.set({ ...withName(admin.members.getOrConstruct(who.id.sessionId), name), admin: isAdmin });
}

type Pushed = { info: IncomingConfigMessage[]; members: IncomingConfigMessage[] };

/** Pushes both documents and confirms them as stored under `tag`. */
function push(admin: Client, tag: string): Pushed {
  const out: Pushed = { info: [], members: [] };
  for (const which of ['info', 'members'] as const) {
    const p = admin[which].push();
    expect(p.messages).toHaveLength(1);
    admin[which].confirmPushed(p.seqno, [`${which}${tag}`]);
    out[which].push({ hash: `${which}${tag}`, data: p.messages[0]! });
  }
  return out;
}

beforeAll(async () => {
  await groupCryptoReady();
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
});

describe('GroupKeys → group Info/Members (test_group_keys.cpp "Group Keys - C++ API")', () => {
  it('admins and members read what they hold keys for, and nothing else', () => {
    const admins = [client(ADMIN1_SEED, true), client(ADMIN2_SEED, true)];
    const members = MEMBER_SEEDS.slice(0, 4).map((s) => client(s, false));
    const admin1 = admins[0]!;
    for (const c of [...admins, ...members]) expect(c.members.size).toBe(0);

    // Admin 2 sees everything once it loads the Keys message, as it decrypts the admin copy.
    setMember(admin1, admin1, 'Admin1', true);
    expect(admin1.members.needsPush).toBe(true);
    const keys1 = admin1.keys.pendingConfig()!;
    const p1 = push(admin1, '1');
    for (const a of admins) {
      a.keys.loadKeyMessage('keyhash1', keys1, T0);
      expect(a.info.merge(p1.info)).toEqual(['info1']);
      expect(a.members.merge(p1.members)).toEqual(['members1']);
      expect(a.members.size).toBe(1);
    }
    for (const m of members) {
      m.keys.loadKeyMessage('keyhash1', keys1, T0);
      expect(() => m.info.merge(p1.info)).toThrow(expect.objectContaining({ code: 'no-key' }) as Error);
      expect(() => m.members.merge(p1.members)).toThrow(expect.objectContaining({ code: 'no-key' }) as Error);
      expect(m.members.size).toBe(0);
    }

    members.forEach((m, i) => setMember(admin1, m, `Member${i}`));
    const keys2 = rekeyWithConfigs(admin1.keys, admin1.info, admin1.members);
    const p2 = push(admin1, '2');
    for (const c of [...admins, ...members]) {
      c.keys.loadKeyMessage('keyhash2', keys2, T0);
      expect(c.info.merge(p2.info)).toEqual(['info2']);
      expect(c.members.merge(p2.members)).toEqual(['members2']);
      expect(c.members.size).toBe(5);
    }

    admin1.info.setName('tomatosauce');
    admin1.info.setDescription('this is where you go to play in the tomato sauce, I guess');
    expect(admin1.info.needsPush).toBe(true);
    const keys3 = rekeyWithConfigs(admin1.keys, admin1.info, admin1.members);
    const p3 = push(admin1, '3');
    for (const c of [...admins, ...members]) {
      c.keys.loadKeyMessage('keyhash3', keys3, T0);
      expect(c.info.merge(p3.info)).toEqual(['info3']);
      expect(c.members.merge(p3.members)).toEqual(['members3']);
      expect(c.info.name).toBe('tomatosauce');
      expect(c.info.description).toBe('this is where you go to play in the tomato sauce, I guess');
    }

    // Remove members 3 and 2 and rekey: they can no longer open the documents.
    expect(admin1.members.erase(members[3]!.id.sessionId)).toBe(true);
    expect(admin1.members.erase(members[2]!.id.sessionId)).toBe(true);
    expect(admin1.members.size).toBe(3);
    const keys4 = rekeyWithConfigs(admin1.keys, admin1.info, admin1.members);
    const p4 = push(admin1, '4');
    for (const a of admins) {
      expect(a.keys.loadKeyMessage('keyhash4', keys4, T0)).toBe(true);
      expect(a.info.merge(p4.info)).toEqual(['info4']);
      expect(a.members.merge(p4.members)).toEqual(['members4']);
      expect(a.members.size).toBe(3);
    }
    members.forEach((m, i) => {
      expect(m.keys.loadKeyMessage('keyhash4', keys4, T0)).toBe(i < 2);
      expect(m.info.merge(p4.info)).toEqual(i < 2 ? ['info4'] : []);
      expect(m.members.merge(p4.members)).toEqual(i < 2 ? ['members4'] : []);
      expect(m.members.size).toBe(i < 2 ? 3 : 5);
    });
    members.splice(2, 2);

    // Two new members ("fred", "JOHN") get supplemental keys, member 1 too.
    const added = [client(MEMBER_SEEDS[4], false), client(MEMBER_SEEDS[5], false)];
    added.forEach((m, i) => {
      const memb = withInviteSent(
        withName(admin1.members.getOrConstruct(m.id.sessionId), i === 0 ? 'fred' : 'JOHN'),
      );
      admin1.members.set({ ...memb, supplement: true });
    });
    members.push(...added);
    const supp = admin1.keys.keySupplement(members.slice(1).map((m) => m.id.sessionId));
    expect(admin1.members.needsPush).toBe(true);
    expect(admin1.info.needsPush).toBe(false);
    const mpush5 = admin1.members.push();
    admin1.members.confirmPushed(mpush5.seqno, ['members5']);
    for (const m of members) {
      m.keys.loadKeyMessage('keyhash5', supp, T0);
      expect(m.info.merge(p4.info)).toEqual(['info4']);
      expect(m.members.merge([{ hash: 'members5', data: mpush5.messages[0]! }])).toEqual(['members5']);
      expect(m.info.name).toBe('tomatosauce');
      expect(m.members.size).toBe(5);
    }

    // A copy of member 1 from its three dumps.
    const m1 = members[1]!;
    const m1b = client(MEMBER_SEEDS[1], false, {
      info: m1.info.dump(),
      members: m1.members.dump(),
      keys: m1.keys.dump(),
    });
    expect(m1b.keys.size()).toBe(4);
    expect(m1b.members.size).toBe(5);
    const fred = m1b.members.get(added[0]!.id.sessionId)!;
    expect(m1b.members.status(fred)).toBe('invite-sent');
    expect(fred.name).toBe('fred');

    // A restored admin's documents take the keys of its restored GroupKeys.
    const admin1b = client(ADMIN1_SEED, true, {
      info: admin1.info.dump(),
      members: admin1.members.dump(),
      keys: admin1.keys.dump(),
    });
    admin1b.info.setName('Test New Name');
    admin1b.info.setDescription('Test New Desc');
    expect(() =>
      admin1b.info.setName('Test New Name Really long ' + 'abcdefghijklmnopqrstuvwxyz'.repeat(3)),
    ).toThrow();
    expect(() => admin1b.info.setDescription('z'.repeat(2050))).toThrow();
    const p6 = admin1b.info.push();
    expect(m1b.info.merge([{ hash: 'info6', data: p6.messages[0]! }])).toEqual(['info6']);
    expect(m1b.info.name).toBe('Test New Name');
    expect(m1b.info.description).toBe('Test New Desc');
  });
});

describe('promotion (test_group_keys.cpp "Group Keys promotion")', () => {
  it('a member is read-only until it holds the seed; then its Info edit reaches the admin', () => {
    const admin = client(ADMIN1_SEED, true);
    let member = client(MEMBER_SEEDS[0], false);
    setMember(admin, admin, 'Lrrr', true);
    setMember(admin, member, 'Nibbler');
    admin.info.setName('Omicron Persei 8');
    const p = push(admin, '1');
    const pending = admin.keys.pendingConfig()!;
    member.keys.loadKeyMessage('keyhash1', pending, T0);
    admin.keys.loadKeyMessage('keyhash1', pending, T0);
    member.keys.loadKeyMessage('keyhash2', admin.keys.keySupplement([member.id.sessionId]), T0);
    expect(member.members.merge(p.members)).toEqual(['members1']);
    expect(member.info.merge(p.info)).toEqual(['info1']);
    expect(admin.keys.isAdmin).toBe(true);
    expect(member.keys.isAdmin).toBe(false);
    expect(member.info.state.isReadonly).toBe(true);
    expect(member.members.state.isReadonly).toBe(true);

    member.keys.loadAdminKey(group.secretKey);
    member = {
      ...member,
      ...documents(member.keys, { info: member.info.dump(), members: member.members.dump() }),
    };
    expect(member.keys.isAdmin).toBe(true);
    expect(member.info.state.isReadonly).toBe(false);
    expect(member.members.state.isReadonly).toBe(false);
    member.info.setName('new name');
    expect(member.info.needsPush).toBe(true);
    const p2 = member.info.push();
    expect(admin.info.merge([{ hash: 'ihash2', data: p2.messages[0]! }])).toEqual(['ihash2']);
    expect(admin.info.name).toBe('new name');
  });
});
