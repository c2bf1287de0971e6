import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { btKeyFromBytes } from '../../../../electron/core/protocol/bencode';
import {
  ConfigState,
  type IncomingConfigMessage,
} from '../../../../electron/core/protocol/config/config-state';
import { ConfigFields } from '../../../../electron/core/protocol/config/fields';
import { zstdReady } from '../../../../electron/core/protocol/config/zstd';
import {
  GROUP_INFO_DOMAIN,
  GROUP_MEMBERS_DOMAIN,
  GroupKeys,
  groupConfigOptions,
  groupKeyPairFromSeed,
  rekeyWithConfigs,
  type GroupKeyPair,
} from '../../../../electron/core/protocol/groups/index';
import { ADMIN1_SEED, ADMIN2_SEED, GROUP_SEED, MEMBER_SEEDS } from './upstream-seeds';

/**
 * GroupKeys driving the config engine's group documents: the Info/Members half of libsession-util
 * `tests/test_group_keys.cpp` "Group Keys - C++ API" and "Group Keys promotion"
 * (session-foundation/libsession-util, GPL-3.0). The typed Info and Members configs are not in the
 * engine yet, so the documents are raw ConfigStates with the fields libsession writes (Info `n`
 * name, `o` description; Members `m` → Session ID (33 bytes) → `n` name, `A` admin).
 */
const T0 = 1_700_000_000_000;
const clock = () => T0;

interface Client {
  readonly id: Identity;
  keys: GroupKeys;
  info: ConfigState;
  members: ConfigState;
}

let group: GroupKeyPair;

function docs(keys: GroupKeys, dumps?: { info: Uint8Array; members: Uint8Array }) {
  return {
    info: new ConfigState({ ...groupConfigOptions(keys, GROUP_INFO_DOMAIN), clock }, dumps?.info),
    members: new ConfigState({ ...groupConfigOptions(keys, GROUP_MEMBERS_DOMAIN), clock }, dumps?.members),
  };
}

function client(seed: string, admin: boolean): Client {
  const id = identityFromSeed(seed);
  const keys = GroupKeys.create({
    userEd25519SecretKey: id.ed25519.secretKey,
    group: group.groupId,
    ...(admin ? { groupSecretKey: group.secretKey } : {}),
  });
  const c = { id, keys, ...docs(keys) };
  if (admin) rekeyWithConfigs(keys, [], [c.info, c.members]);
  return c;
}

const memberPath = (c: Client) => ['m', btKeyFromBytes(fromHex(c.id.sessionId))];

function addMember(admin: Client, who: Client, name: string, isAdmin = false): void {
  const f = new ConfigFields(admin.members);
  f.assign([...memberPath(who), 'n'], utf8(name));
  if (isAdmin) f.assign([...memberPath(who), 'A'], 1n);
}

const memberCount = (c: Client) => new ConfigFields(c.members).dict(['m'])?.size ?? 0;
const infoName = (c: Client) => new ConfigFields(c.info).text(['n']);

/** Pushes both documents as the admin would and confirms them under `tag`. */
function push(
  admin: Client,
  tag: string,
): { info: IncomingConfigMessage[]; members: IncomingConfigMessage[] } {
  const out = { info: [] as IncomingConfigMessage[], members: [] as IncomingConfigMessage[] };
  for (const which of ['info', 'members'] as const) {
    const p = admin[which].push();
    expect(p.messages).toHaveLength(1);
    admin[which].confirmPushed(p.seqno, [`${which}-${tag}`]);
    out[which].push({ hash: `${which}-${tag}`, data: p.messages[0]! });
  }
  return out;
}

beforeAll(async () => {
  await Promise.all([ready(), zstdReady()]);
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
});

describe('GroupKeys → Info/Members (test_group_keys.cpp, config half)', () => {
  it('admins and members read what they hold keys for, and nothing else', () => {
    const admins = [client(ADMIN1_SEED, true), client(ADMIN2_SEED, true)];
    const members = MEMBER_SEEDS.slice(0, 4).map((s) => client(s, false));
    const admin1 = admins[0]!;

    addMember(admin1, admin1, 'Admin1', true);
    const keys1 = admin1.keys.pendingConfig()!;
    const p1 = push(admin1, '1');
    for (const a of admins) {
      a.keys.loadKeyMessage('keyhash1', keys1, T0);
      expect(a.info.merge(p1.info)).toEqual(['info-1']);
      expect(a.members.merge(p1.members)).toEqual(['members-1']);
      expect(memberCount(a)).toBe(1);
    }
    for (const m of members) {
      m.keys.loadKeyMessage('keyhash1', keys1, T0);
      expect(() => m.info.merge(p1.info)).toThrow(expect.objectContaining({ code: 'no-key' }) as Error);
      expect(memberCount(m)).toBe(0);
    }

    members.forEach((m, i) => addMember(admin1, m, `Member${i}`));
    let roster = [admin1, ...members].map((c) => c.id.sessionId);
    const keys2 = rekeyWithConfigs(admin1.keys, roster, [admin1.info, admin1.members]);
    const p2 = push(admin1, '2');
    for (const c of [...admins, ...members]) {
      c.keys.loadKeyMessage('keyhash2', keys2, T0);
      expect(c.info.merge(p2.info)).toEqual(['info-2']);
      expect(c.members.merge(p2.members)).toEqual(['members-2']);
      expect(memberCount(c)).toBe(5);
    }

    new ConfigFields(admin1.info).assign(['n'], utf8('tomatosauce'));
    new ConfigFields(admin1.info).assign(
      ['o'],
      utf8('this is where you go to play in the tomato sauce, I guess'),
    );
    const keys3 = rekeyWithConfigs(admin1.keys, roster, [admin1.info, admin1.members]);
    const p3 = push(admin1, '3');
    for (const c of [...admins, ...members]) {
      c.keys.loadKeyMessage('keyhash3', keys3, T0);
      expect(c.info.merge(p3.info)).toEqual(['info-3']);
      expect(c.members.merge(p3.members)).toEqual(['members-3']);
      expect(infoName(c)).toBe('tomatosauce');
    }

    // Remove members 3 and 2: they can no longer open the new documents.
    for (const gone of [members[3]!, members[2]!]) new ConfigFields(admin1.members).erase(memberPath(gone));
    roster = [admin1, members[0]!, members[1]!].map((c) => c.id.sessionId);
    const keys4 = rekeyWithConfigs(admin1.keys, roster, [admin1.info, admin1.members]);
    const p4 = push(admin1, '4');
    for (const a of admins) {
      a.keys.loadKeyMessage('keyhash4', keys4, T0);
      expect(a.members.merge(p4.members)).toEqual(['members-4']);
      expect(memberCount(a)).toBe(3);
    }
    members.forEach((m, i) => {
      m.keys.loadKeyMessage('keyhash4', keys4, T0);
      expect(m.info.merge(p4.info)).toEqual(i < 2 ? ['info-4'] : []);
      expect(m.members.merge(p4.members)).toEqual(i < 2 ? ['members-4'] : []);
      expect(memberCount(m)).toBe(i < 2 ? 3 : 5);
    });

    // New members with supplemental keys read the current documents.
    const fred = client(MEMBER_SEEDS[4], false);
    addMember(admin1, fred, 'fred');
    const supp = admin1.keys.keySupplement([fred.id.sessionId]);
    const p5 = push(admin1, '5');
    expect(fred.keys.loadKeyMessage('keyhash5', supp, T0)).toBe(true);
    expect(fred.info.merge(p4.info)).toEqual(['info-4']);
    expect(fred.members.merge(p5.members)).toEqual(['members-5']);
    expect(infoName(fred)).toBe('tomatosauce');
    expect(memberCount(fred)).toBe(4);
    // …and so does a restored admin, whose documents pick the keys from the restored GroupKeys.
    const keys1b = GroupKeys.create({
      userEd25519SecretKey: admin1.id.ed25519.secretKey,
      group: group.groupId,
      groupSecretKey: group.secretKey,
      dump: admin1.keys.dump(),
    });
    const restored = docs(keys1b, { info: admin1.info.dump(), members: admin1.members.dump() });
    new ConfigFields(restored.info).assign(['n'], utf8('Test New Name'));
    const p6 = restored.info.push();
    expect(fred.info.merge([{ hash: 'info-6', data: p6.messages[0]! }])).toEqual(['info-6']);
    expect(infoName(fred)).toBe('Test New Name');
  });
});

describe('promotion (test_group_keys.cpp "Group Keys promotion", config half)', () => {
  it('a member is read-only until it holds the seed, then its Info edit reaches the admin', () => {
    const admin = client(ADMIN1_SEED, true);
    let member = client(MEMBER_SEEDS[0], false);
    addMember(admin, admin, 'Lrrr', true);
    addMember(admin, member, 'Nibbler');
    new ConfigFields(admin.info).assign(['n'], utf8('Omicron Persei 8'));
    const p = push(admin, '1');
    const pending = admin.keys.pendingConfig()!;
    member.keys.loadKeyMessage('keyhash1', pending, T0);
    admin.keys.loadKeyMessage('keyhash1', pending, T0);
    member.keys.loadKeyMessage('keyhash2', admin.keys.keySupplement([member.id.sessionId]), T0);
    expect(member.members.merge(p.members)).toEqual(['members-1']);
    expect(member.info.merge(p.info)).toEqual(['info-1']);
    expect(member.info.isReadonly).toBe(true);
    expect(member.members.isReadonly).toBe(true);

    member.keys.loadAdminKey(group.secretKey);
    member = {
      ...member,
      ...docs(member.keys, { info: member.info.dump(), members: member.members.dump() }),
    };
    expect(member.info.isReadonly).toBe(false);
    expect(member.members.isReadonly).toBe(false);
    new ConfigFields(member.info).assign(['n'], utf8('new name'));
    const p2 = member.info.push();
    expect(admin.info.merge([{ hash: 'ihash2', data: p2.messages[0]! }])).toEqual(['ihash2']);
    expect(infoName(admin)).toBe('new name');
  });
});
