import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { configDecrypt, stripPrefix } from '../../../../electron/core/protocol/config/encrypt';
import { unwrapLegacyConfig, wrapLegacyConfig } from '../../../../electron/core/protocol/config/legacy-wrap';
import { classify } from '../../../../electron/core/protocol/config/incoming';
import { UserProfile } from '../../../../electron/core/protocol/config/user-profile';
import { b, hex, NOW, readyAll, USER_SEED } from './helpers';

/**
 * libsession-util (GPL-3.0) `tests/test_config_userprofile.cpp`, newest stored revision
 * (09d2a372, with the `t` profile-updated stamp set by the test to 123/124) and the PR #11 head
 * (exp_push1_encrypted, a push without `t`).
 */

const SEED = USER_SEED;
const clock = (): number => NOW;
let me: Identity;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(SEED);
});

function profile(dump?: Uint8Array): UserProfile {
  return new UserProfile(me, { clock, ...(dump ? { dump } : {}) });
}

/** The config inside a pushed message (unwrapped, decrypted, unpadded, inflated). */
function plaintextOf(message: Uint8Array): Uint8Array {
  const decoded = classify(configDecrypt(unwrapLegacyConfig(me, message, 2), SEED, 'UserProfile'));
  if (decoded.kind !== 'config') throw new Error('not a whole config');
  return decoded.config;
}

const hash0 = hex('ea173b57beca8af18c3519a7bbf69c3e7a05d1c049fa9558341d8ebb48b0c965');
const push1 = b(
  'd1:#i1e1:&d1:+i9e1:n6:Kallie1:p34:http://example.org/omg-pic-123.bmp1:q32:secret78901234567890123456789012',
  '1:ti123ee1:<lli0e32:',
  hash0,
  'deee1:=d1:+0:1:n0:1:p0:1:q0:1:t0:ee',
);
const push1Encrypted = hex(
  '9693a69686da3055f1ecdfb239c3bf8e746951a36d888c2fb7c02e856a5c2091b24e39a7e1af828f' +
    '1fa09fe8bf7d274afde0a0847ba143c43ffb8722301b5ae32e2f078b9a5e19097403336e50b18c84' +
    'aade446cd2823b011f97d6ad2116a53feb814efecc086bc172d31f4214b4d7c630b63bbe575b0868' +
    '2d146da44915063a07a78556ab5eff4f67f6aa26211e8d330b53d28567a931028c393709a325425d' +
    'e7486ccde24416a7fd4a8ba5fa73899c65f4276dfaddd5b2100adcf0f793104fb235b31ce32ec656' +
    '056009a9ebf58d45d7d696b74e0c7ff0499c4d23204976f19561dc0dba6dc53a2497d28ce03498ea' +
    '49bf122762d7bc1d6d9c02f6d54f8384',
);

describe('UserProfile (test_config_userprofile.cpp)', () => {
  it('limits and truncates the name on a character boundary', () => {
    const p = profile();
    const digits = '1234567890'.repeat(10);
    expect(() => p.setName(`${digits}A`)).toThrow(expect.objectContaining({ code: 'input' }));
    p.setNameTruncated(`${digits}A`);
    expect(p.name).toBe(digits);
    p.setNameTruncated(`${digits.slice(0, 97)}🎂`);
    expect(p.name).toBe(digits.slice(0, 97));
    p.setNameTruncated(`${digits.slice(0, 95)}🎂🎂`);
    expect(p.name).toBe(`${digits.slice(0, 95)}🎂`);
  });

  it('pushes the empty config as the exact bytes libsession pushes', () => {
    const p = profile();
    expect(p.state.needsPush).toBe(false);
    expect(p.state.needsDump).toBe(false);
    expect(p.name).toBeUndefined();
    const { seqno, messages } = p.state.push();
    expect(seqno).toBe(0n);
    expect(messages.length).toBe(1);
    expect(messages[0]!.length).toBe(256 + 176);
    expect(toHex(messages[0]!)).toBe(
      '080112ab030a0012001aa20308062801429b0326ec9746282053eb119228e6c36012966e7d2642163169ba39' +
        '98af44ca65f967768dd78ee80fffab6f809f6cef49c73a36c82a89622ff0de2ceee06b8c638e2c876fa9047f' +
        '449dbe24b1fc89281a264fe90abdeffcdd44f797bd4572a6c5ae8d88bf372c3c717943ebd570222206fabf0e' +
        'e9f3c6756f5d71a32616b1df53d12887961f5c129207a79622ccc1a4bba976886d9a6ddf0fe5d570e5075d01' +
        'ecd627f656e95f27b4c40d5661b5664cedd3e568206effa1308b0ccd663ca61a6d39c0731891804a8cf5edcf' +
        '8b98eaa5580c3d436e22156e38455e403869700956c3c1dd0b4470b663e75c98c5b859b53ccef6559215d804' +
        '9f755be9c2d6b3f4a310f97c496fc392f65b6431dd87788ac61074fd8cd409702e1b839b3f774d38cf8b28f0' +
        '226c4efa5220ac6ae060793e36e7ef278d42d042f15b21291f3bb29e3158f09d154b93f83fd8a319811a26cb' +
        '5240d90cbb360fafec0b7eff4c676ae598540813d062dc9468365c73b4cfa2ffd02d48cdcd8f0c71324c6d0a' +
        '60346a7a0e50af3be64684b37f9e6c831115bf112ddd18acde08eaec376f0872a3952000',
    );
  });

  it('merges a message wrapped twice (an old client did that) and one not wrapped at all', () => {
    const once = wrapLegacyConfig(me, push1Encrypted, 1n, 2);
    for (const data of [wrapLegacyConfig(me, once, 1n, 2), once, push1Encrypted]) {
      const p = profile();
      expect(p.merge([{ hash: 'h', data }])).toEqual(['h']);
      expect(p.name).toBe('Kallie');
    }
  });

  it('reads the PR #11 push vector (no `t`)', () => {
    const plain = stripPrefix(configDecrypt(push1Encrypted, SEED, 'UserProfile'));
    expect(plain).toEqual(
      b(
        'd1:#i1e1:&d1:+i9e1:n6:Kallie1:p34:http://example.org/omg-pic-123.bmp1:q32:secret78901234567890123456789012',
        'e1:<lli0e32:',
        hash0,
        'deee1:=d1:+0:1:n0:1:p0:1:q0:ee',
      ),
    );
  });

  it('pushes, dumps, confirms, merges and resolves a conflict as libsession', () => {
    const conf = profile();
    conf.setName('Kallie');
    conf.setProfilePicture({
      url: 'http://example.org/omg-pic-123.bmp',
      key: b('secret78901234567890123456789012'),
    });
    conf.setNoteToSelfPriority(9);
    conf.fields.assign(['t'], 123n);
    expect(conf.name).toBe('Kallie');
    expect(conf.profilePicture?.url).toBe('http://example.org/omg-pic-123.bmp');
    expect(conf.noteToSelfPriority).toBe(9);
    expect(conf.state.needsPush && conf.state.needsDump).toBe(true);

    const first = conf.state.push();
    expect(first.seqno).toBe(1n);
    expect(plaintextOf(first.messages[0]!)).toEqual(push1);
    expect(conf.state.needsPush).toBe(true);
    expect(conf.state.dump()).toEqual(b('d1:!i2e1:$', `${push1.length}:`, push1, '1:(le1:)le1:*de1:+dee'));
    expect(conf.state.needsDump).toBe(false);
    conf.state.confirmPushed(first.seqno, ['fakehash1']);
    expect(conf.state.needsPush).toBe(false);
    expect(conf.state.needsDump).toBe(true);
    expect(conf.state.dump()).toEqual(
      b('d1:!i0e1:$', `${push1.length}:`, push1, '1:(l9:fakehash1e1:)le1:*de1:+dee'),
    );

    const conf2 = profile();
    expect(conf2.state.merge([{ hash: 'fakehash1', data: push1Encrypted }])).toEqual(['fakehash1']);
    expect(conf2.state.needsDump).toBe(true);
    conf2.state.dump();
    expect(conf2.state.needsPush).toBe(false);
    expect(conf2.name).toBe('Kallie');

    conf.setName('Nibbler');
    conf.fields.assign(['t'], 123n);
    conf2.setName('Raz');
    conf2.setProfilePicture({
      url: 'http://new.example.com/pic',
      key: b('qwert\0yuio1234567890123456789012'),
    });
    conf2.setNoteToSelfExpirySeconds(86400);
    expect(conf2.noteToSelfExpirySeconds).toBe(86400);
    expect(conf2.blindedMessageRequests).toBeUndefined();
    conf2.setBlindedMessageRequests(false);
    expect(conf2.blindedMessageRequests).toBe(false);
    conf2.setBlindedMessageRequests(undefined);
    expect(conf2.blindedMessageRequests).toBeUndefined();
    conf2.setBlindedMessageRequests(true);
    conf2.fields.assign(['t'], 124n);

    const p1 = conf.state.push();
    conf2.state.confirmPushed(p1.seqno, ['fakehash2']); // ignored: conf2 is dirty
    const p2 = conf2.state.push();
    expect([p1.seqno, p2.seqno]).toEqual([2n, 2n]);
    conf2.state.confirmPushed(p2.seqno, ['fakehash3']);
    expect(toHex(p1.messages[0]!)).not.toBe(toHex(p2.messages[0]!));

    expect(conf2.state.merge([{ hash: 'fakehash2', data: p1.messages[0]! }])).toEqual(['fakehash2']);
    expect(conf.state.merge([{ hash: 'fakehash3', data: p2.messages[0]! }])).toEqual(['fakehash3']);
    const q1 = conf.state.push();
    const q2 = conf2.state.push();
    expect([q1.seqno, q2.seqno]).toEqual([3n, 3n]);
    expect(toHex(q1.messages[0]!)).toBe(toHex(q2.messages[0]!));
    for (const c of [conf, conf2]) {
      expect(c.name).toBe('Nibbler');
      expect(c.profilePicture?.url).toBe('http://new.example.com/pic');
      expect(toHex(c.profilePicture!.key)).toBe(
        '7177657274007975696f31323334353637383930313233343536373839303132',
      );
      expect(c.noteToSelfPriority).toBe(9);
      expect(c.noteToSelfExpirySeconds).toBe(86400);
      expect(c.blindedMessageRequests).toBe(true);
    }
    conf.state.confirmPushed(q1.seqno, ['fakehash4']);
    conf2.state.confirmPushed(q2.seqno, ['fakehash4']);
    conf.state.dump();
    conf2.state.dump();
    for (const c of [conf, conf2]) expect([c.state.needsPush, c.state.needsDump]).toEqual([false, false]);

    conf.setReuploadedPicture({ url: 'testUrl', key: b('secret78901234567890123456789000') });
    expect(conf.profilePicture?.url).toBe('testUrl'); // T (now) is newer than t (123)
    conf.setProfilePicture({ url: 'testNewUrl', key: b('secret78901234567890123456789111') });
    expect(conf.profilePicture?.url).toBe('testNewUrl');
  });

  it('does not stamp the profile when nothing changes', () => {
    let now = NOW;
    const p = new UserProfile(me, { clock: () => now });
    p.setName('Nibbler');
    p.setBlindedMessageRequests(true);
    p.setProfilePicture({ url: 'http://example.com/huge.bmp', key: b('qwerty78901234567890123456789012') });
    const before = p.profileUpdatedSeconds;
    expect(before).toBe(NOW / 1000);
    now += 2000;
    p.setName('Nibbler');
    p.setBlindedMessageRequests(true);
    p.setProfilePicture({ url: 'http://example.com/huge.bmp', key: b('qwerty78901234567890123456789012') });
    expect(p.profileUpdatedSeconds).toBe(before);
    p.setName('Nibbler1');
    expect(p.profileUpdatedSeconds).toBe(before + 2);
  });
});
