import { beforeAll, describe, expect, it } from 'vitest';
import { ed25519KeyPairFromSeed } from '../../../../electron/core/crypto/ed25519';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import {
  configForNamespace,
  configReady,
  GroupInfo,
  openUserConfigs,
  USER_CONFIG_NAMESPACES,
} from '../../../../electron/core/protocol/config/index';
import { KeyRing, hex, NOW, USER_SEED } from './helpers';

let me: Identity;
beforeAll(async () => {
  await configReady();
  me = identityFromSeed(USER_SEED);
});

describe('config facade', () => {
  it('opens the four user configs, each resuming from its dump', () => {
    const first = openUserConfigs(me, { clock: () => NOW });
    first.profile.setName('Alice');
    first.contacts.set(`05${'aa'.repeat(32)}`, { name: 'Bob' });
    const dumps = Object.fromEntries(
      USER_CONFIG_NAMESPACES.map((ns) => [ns, configForNamespace(first, ns).dump()]),
    );
    const again = openUserConfigs(me, { clock: () => NOW, dumps });
    expect(again.profile.name).toBe('Alice');
    expect(again.contacts.get(`05${'aa'.repeat(32)}`)?.name).toBe('Bob');
    expect([2, 3, 4, 5].map((ns) => configForNamespace(again, ns as 2))).toEqual([
      again.profile,
      again.contacts,
      again.convos,
      again.groups,
    ]);
    // A dirty dump reloads one seqno further on, so a half-done push is never reused.
    expect(again.profile.seqno).toBe(2n);
    expect(again.convos.seqno).toBe(0n);
  });

  it('re-pushes a group config after a key change', () => {
    const group = ed25519KeyPairFromSeed(
      hex('0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210'),
    );
    const keys = new KeyRing(hex('aa'.repeat(32)));
    const info = new GroupInfo({
      groupPublicKey: group.publicKey,
      secretKey: group.secretKey,
      keys,
      clock: () => NOW,
    });
    info.setName('Group');
    const p1 = info.push();
    info.confirmPushed(p1.seqno, ['h1']);
    keys.add(hex('bb'.repeat(32)));
    info.state.touch();
    expect(info.needsPush).toBe(true);
    const p2 = info.push();
    expect(p2.seqno).toBe(2n);
    expect(p2.obsoleteHashes).toEqual(['h1']);
    const reader = new GroupInfo({
      groupPublicKey: group.publicKey,
      keys: new KeyRing(hex('aa'.repeat(32))),
      clock: () => NOW,
    });
    expect(reader.merge([{ hash: 'h2', data: p2.messages[0]! }])).toEqual([]);
  });
});
