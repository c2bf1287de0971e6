import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { blake2b } from '../../../../electron/core/crypto/hash';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import {
  unwrapLegacyConfig,
  wrapLegacyConfig,
  type UserConfigNamespace,
} from '../../../../electron/core/protocol/config/legacy-wrap';
import { b, hex } from './helpers';

/**
 * The legacy protobuf transport against libsession-util (GPL-3.0): `tests/test_proto.cpp`
 * (wrap/unwrap, inserted bytes, an old client's UserProfile message) and the wrapper digests of
 * `tests/test_config_determinism.cpp` (newest stored revision, search index id 59766253093).
 */

let me: Identity;
const payload = b('Hello from the other side');
const NAMESPACES: UserConfigNamespace[] = [2, 3, 4, 5];

beforeAll(async () => {
  await ready();
  me = identityFromSeed(hex('0123456789abcdef0123456789abcdef00000000000000000000000000000000'));
});

describe('legacy config wrap (test_proto.cpp, test_config_determinism.cpp)', () => {
  it('wraps deterministically to the digests libsession pins', () => {
    const expected: Record<UserConfigNamespace, string> = {
      2: 'e5bcbe0595e82d55e80079dc9cf8c8b6952c099ee8306c413833e0eecd45ce03',
      3: '1573a2e233008a47f445a8f1b328fe37bcd49450c94b743202b68902a1a94a89',
      4: '121dabefb251fa586c14f7e9c82590361c2db4efcb9817771bb4d9b0aaba9362',
      5: 'b78bd9b62719db76ff7a9ec59eef3de0b4aaee4e4d55b515f70b04d674f8b8a9',
    };
    for (const ns of NAMESPACES) {
      const wrapped = wrapLegacyConfig(me, payload, 1n, ns);
      expect(toHex(blake2b(32, wrapped))).toBe(expected[ns]);
      expect(unwrapLegacyConfig(me, wrapped, ns)).toEqual(payload);
    }
  });

  it('requires the matching kind, our own key and intact bytes', () => {
    const wrapped = wrapLegacyConfig(me, payload, 1n, 2);
    expect(() => unwrapLegacyConfig(me, wrapped, 3)).toThrow(expect.objectContaining({ code: 'unwrap' }));
    const other = identityFromSeed(hex('00112233445566778899aabbccddeeff'));
    expect(() => unwrapLegacyConfig(other, wrapped, 2)).toThrow(expect.objectContaining({ code: 'unwrap' }));
    const fromOther = wrapLegacyConfig(other, payload, 1n, 2);
    expect(() => unwrapLegacyConfig(me, fromOther, 2)).toThrow(expect.objectContaining({ code: 'unwrap' }));
    const addendum = b('jfeejj0ifdoesam');
    for (const at of [0, wrapped.length - 4, wrapped.length]) {
      const broken = b(wrapped.subarray(0, at), addendum, wrapped.subarray(at));
      expect(() => unwrapLegacyConfig(me, broken, 2)).toThrow(expect.objectContaining({ code: 'unwrap' }));
    }
  });

  it('unwraps a message from an old client', () => {
    const seed = hex('f887566576de6c16d9ec251d55e24c1400000000000000000000000000000000');
    const old = hex(
      '080112c2060a03505554120f2f6170692f76312f6d6573736167651a9f060806120028e1c5a0beaf313801' +
        '428f065228bb32b820169e0acb266f02efa007276be0668013a278fc9bfc111a40136f63de4206943c0509' +
        '6155fa480cd0a7f5d27d6297166f5ed5c2a323ecdf7a754308dd385cdce81e7ed3a0a305577838105a0798' +
        'dd92540f4b8eaa74f8c5720e0a394ce005444322354d6dfe1cb527520145f3794718e42730e15c97f7e45f' +
        'b53f9f7d3918ee57e5c8462f80ae0d64792c261feb4b9ce06b18a10b3d8f7af8f791b1368bd4ae9bbe0036' +
        'dc77f547c001e26c9c986269281bc3e8ef38c42ad2a02a9be517fc85c0c8fa4732f79138910f85bba0f898' +
        'f278d8c2ed3e7d00cc5b4f1eb32ffc9572ec98fac529bec7ad8560dc06fc986516c00232e9618c372c0f57' +
        'c19283e0424ec91864aad7277e22c085443cc0bfd39c0a83f0a1a8f856850ede7a751bd6206cb6683e462a' +
        '033ad282e4947adbbe4973e823676ae0a72aa5f0f607f306fe82b91da9b7fe79d4fb4e8a45cb9ad5f20c15' +
        '1a84073cc62d7ac794fdd2fe57bf49f1089f8644ad9f73d154d14c63d5ca7a07d1b6ab6b5846b2f4785fbf' +
        '738de23c250a711f54c941fd6f5aac4417125bb2d0321cd9f1b97a31f310d4ea8149732276b8df9869fbc5' +
        '412c9b7772961fab800a356155549ef54cefb9407d7f10b4323824aa8ea13facc79003b84dae3e5ef0db27' +
        '5b056f4fbdf54f5f22e62291af8427fc17c3c1b3985f6ee149729d8a5b794b7e374f408eb8f36a76a89680' +
        'e3c6106a9d5a82f6f04f5d8b603a97140b6469daac0ef32f84cc4ffc05f43c084591b10834b1d16d65ce14' +
        '15dec77cb5851c338ccbb0d5ae2d2c1e5bc8ba0f59dfbc4575fd446c8486a1ac5370d5da8eb041f2ed560a' +
        'bc1a6ad6ce6e00369ec5fd5eb0a35411ed24b36ecbf80f1dc6c18452c4b4bfc59131e04400df8986cac95c' +
        '51bbd320ba901ff6110dad0c70442286cf6220a53c6f9693636a42d5523eeb1e5fb3453169581384fb8a8f' +
        '3914fb6c01900a4f872f55742b117ddd7bd40c4c5911bb214e28eb9450dbdd0d831a93054c63f9a04bf50c' +
        'db9aac0032c484062d7ba7bbe64e07bcd633eec8378d5d914732693c5e298f015ebde2ae45769ed319e267' +
        'f0528f5cc6da268343b6647b20bae6e9ee8d92cca702',
    );
    const data = unwrapLegacyConfig(identityFromSeed(seed), old, 2);
    expect(data.length).toBeGreaterThan(40);
  });
});
