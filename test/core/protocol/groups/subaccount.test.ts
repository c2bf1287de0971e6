import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64, toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed, ed25519Verify } from '../../../../electron/core/crypto/ed25519';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import {
  groupKeyPairFromSeed,
  SubaccountError,
  swarmMakeSubaccount,
  swarmSubaccountSign,
  swarmSubaccountToken,
  swarmVerifySubaccount,
  type GroupKeyPair,
} from '../../../../electron/core/protocol/groups/index';
import { ADMIN1_SEED, ADMIN2_SEED, GROUP_SEED } from './upstream-seeds';

/**
 * Vectors from libsession-util `tests/test_group_keys.cpp`, TEST_CASE "Group Keys - swarm
 * authentication" (session-foundation/libsession-util, GPL-3.0). `tests/swarm-auth-test.cpp` builds
 * the same retrieve request with the current time, so it has no fixed bytes of its own; its flow
 * (admin makes auth data, member signs "retrieve999<now>") is the second test below.
 */
// The swarm-auth case names admin 2's seed the member's.
const MEMBER_SEED = ADMIN2_SEED;
const ADMIN_SEED = ADMIN1_SEED;

let group: GroupKeyPair;
let member: ReturnType<typeof identityFromSeed>;

beforeAll(async () => {
  await ready();
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
  member = identityFromSeed(MEMBER_SEED);
});

describe('subaccounts (test_group_keys.cpp "swarm authentication")', () => {
  it('has the upstream group and member identities', () => {
    expect(toHex(group.publicKey)).toBe('c50cb3ae956947a8de19135b5be2685ff348afc63fc34a837aca12bc5c1f5625');
    expect(group.groupId).toBe('03c50cb3ae956947a8de19135b5be2685ff348afc63fc34a837aca12bc5c1f5625');
    expect(identityFromSeed(ADMIN_SEED).sessionId).toBe(
      '05f1e8b64bbf761edf8f7b47e3a1f369985644cce0a62adb8e21604474bdd49627',
    );
    expect(member.sessionId).toBe('05c5ba413c336f2fe1fb9a2c525f8a86a412a1db128a7841b4e0e217fa9eb7fd5e');
  });

  it('signs "retrieve9991693340111000" exactly as libsession', () => {
    const authData = swarmMakeSubaccount(group.secretKey, member.sessionId);
    expect(authData.length).toBe(100);
    const message = utf8('retrieve9991693340111000');
    const sig = swarmSubaccountSign(authData, fromHex(MEMBER_SEED), message);
    expect(toBase64(sig.subaccount)).toBe('AwMAAIWvMR2nJXCFnK5+hNahNecWqMC39/TVVLjaR3imNug5');
    expect(toBase64(sig.subaccountSig)).toBe(
      '6brvv/2jfciBAJeRKMGSepNJLullyrVVHijyVDE+8GC5Oc89UNxjNrq1kVV1P+pkUIRDOew24gSLFgLZfdl+BQ==',
    );
    expect(toBase64(sig.signature)).toBe(
      'c3PJ4g29v5RivKm8Tdg49vGU2/6kVd0yONnpz5U5zePMYptqW3iYQ0TYf2rEzv3qqkPhS5p67M5GAccHoBHGDQ==',
    );
    // A plain Ed25519 signature under kT, which is what the storage server checks.
    expect(ed25519Verify(sig.signature, message, sig.subaccount.subarray(4))).toBe(true);
    // The 64-byte secret key gives the same signature as the seed.
    expect(toHex(swarmSubaccountSign(authData, member.ed25519.secretKey, message).signature)).toBe(
      toHex(sig.signature),
    );
  });

  it('the admin token equals the token the member derives', () => {
    const authData = swarmMakeSubaccount(group.secretKey, member.sessionId);
    const { subaccount } = swarmSubaccountSign(authData, member.ed25519.secretKey, utf8('x'));
    expect(toHex(swarmSubaccountToken(group.secretKey, member.sessionId))).toBe(toHex(subaccount));
    const readOnly = swarmSubaccountToken(group.secretKey, member.sessionId, { write: false, delete: true });
    expect(readOnly[1]).toBe(0b0101);
    expect(toHex(readOnly.subarray(4))).toBe(toHex(subaccount.subarray(4)));
  });

  it('verifies the grant and rejects every single-bit change (except the ignored sign bit of k)', () => {
    const authData = swarmMakeSubaccount(group.secretKey, member.sessionId);
    expect(swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, authData)).toBe(true);
    expect(swarmVerifySubaccount(group.publicKey, fromHex(MEMBER_SEED), authData, { write: true })).toBe(
      true,
    );
    expect(swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, authData, { delete: true })).toBe(
      false,
    );
    for (let i = 0; i < authData.length; i++) {
      for (let b = 0; b < 8; b++) {
        if (i === 35 && b === 7) continue;
        const changed = authData.slice();
        changed[i]! ^= 1 << b;
        expect(swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, changed)).toBe(false);
      }
    }
  });

  it('another member cannot use the grant; bad inputs are typed', () => {
    const authData = swarmMakeSubaccount(group.secretKey, member.sessionId);
    const other = ed25519KeyPairFromSeed(fromHex(ADMIN_SEED));
    expect(swarmVerifySubaccount(group.groupId, other.secretKey, authData)).toBe(false);
    expect(swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, authData.subarray(1))).toBe(false);
    expect(() => swarmMakeSubaccount(group.secretKey, 'not an id')).toThrow(SubaccountError);
    expect(() => swarmMakeSubaccount(group.publicKey, member.sessionId)).toThrow(SubaccountError);
    expect(() => swarmSubaccountSign(authData.subarray(2), member.ed25519.secretKey, utf8('x'))).toThrow(
      SubaccountError,
    );
  });
});
