import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64, toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { DecodeError } from '../../../../electron/core/protocol/decode-error';
import { zstdReady } from '../../../../electron/core/protocol/config/zstd';
import type { BtValue } from '../../../../electron/core/protocol/bencode';
import {
  decodeKickedMessage,
  decryptGroupMessage,
  encodeKickedMessage,
  GroupKeys,
  GroupKeysError,
  GroupMessageError,
  groupKeyPairFromSeed,
  MultiEncryptError,
  signKeysMessage,
  SubaccountError,
  subaccountSigner,
  swarmMakeSubaccount,
  swarmVerifySubaccount,
  unwrapGroupMessage,
  wrapGroupMessage,
  type GroupKeyPair,
} from '../../../../electron/core/protocol/groups/index';
import { mutate, mutation } from '../mutations';
import { ADMIN1_SEED, GROUP_SEED, MEMBER_SEEDS } from './upstream-seeds';

/**
 * Every group decoder of outside bytes (Keys messages, group messages, auth data, kicked notices,
 * dumps) fails only with its typed error, terminates, and — for GroupKeys — leaves its state as it
 * was when it rejects a message.
 */
let group: GroupKeyPair;
let admin: Identity;
let member: Identity;
let validKeys: Uint8Array;
let validSupplement: Uint8Array;
let validMessage: Uint8Array;
let validKicked: Uint8Array;
let authData: Uint8Array;

function typedOnly(f: () => unknown, ...types: (abstract new (...a: never[]) => Error)[]): void {
  try {
    f();
  } catch (e) {
    if (!types.some((t) => e instanceof t)) throw e;
  }
}

const anyBytes = fc.uint8Array({ maxLength: 400 });

function memberKeys(): GroupKeys {
  return GroupKeys.create({ userEd25519SecretKey: member.ed25519.secretKey, group: group.groupId });
}

/** The observable state, to show a rejected message changed nothing. */
function snapshot(keys: GroupKeys): string {
  return [
    toHex(keys.dump()),
    keys.decryptionKeys().map(toHex).join(','),
    [...keys.activeHashes()].sort().join(','),
  ].join('|');
}

beforeAll(async () => {
  await Promise.all([ready(), zstdReady()]);
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
  admin = identityFromSeed(ADMIN1_SEED);
  member = identityFromSeed(MEMBER_SEEDS[0]);
  const keys = GroupKeys.create({
    userEd25519SecretKey: admin.ed25519.secretKey,
    group: group.groupId,
    groupSecretKey: group.secretKey,
  });
  validKeys = keys.rekey([admin.sessionId, member.sessionId]);
  keys.loadKeyMessage('h', validKeys, 1);
  validSupplement = keys.keySupplement([member.sessionId]);
  validMessage = keys.encryptMessage(utf8('fuzz the group'));
  validKicked = encodeKickedMessage({
    groupSecretKey: group.secretKey,
    removed: [member.sessionId],
    generation: 0,
  });
  authData = swarmMakeSubaccount(group.secretKey, member.sessionId);
});

describe('group decoders only throw typed errors', () => {
  it('Keys messages: random, mutated, and well-signed dicts of random fields; state unchanged on rejection', () => {
    const keys = memberKeys();
    keys.loadKeyMessage('first', validKeys, 1);
    const check = (data: Uint8Array) => {
      const before = snapshot(keys);
      try {
        keys.loadKeyMessage('x', data, 2);
      } catch (e) {
        if (!(e instanceof GroupKeysError)) throw e;
        expect(snapshot(keys)).toBe(before);
      }
    };
    fc.assert(fc.property(anyBytes, check), { numRuns: 1500 });
    fc.assert(
      fc.property(mutation, (m) => check(mutate(validKeys, m))),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(mutation, (m) => check(mutate(validSupplement, m))),
      { numRuns: 1000 },
    );
    // Signed by the group, so decoding gets past the signature to every field rule.
    const field = fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.bigInt({ min: -5n, max: 1n << 60n }),
      fc.array(fc.uint8Array({ maxLength: 90 }), { maxLength: 50 }),
    );
    const fields = fc.record({
      '#': fc.uint8Array({ minLength: 20, maxLength: 26 }),
      G: field,
      K: field,
      k: field,
      '+': fc.option(field, { nil: undefined }),
    });
    fc.assert(
      fc.property(fields, (f) => {
        const map = new Map<string, BtValue>();
        for (const [k, v] of Object.entries(f) as [string, BtValue | undefined][])
          if (v !== undefined) map.set(k, v);
        check(signKeysMessage(map, group.secretKey));
      }),
      { numRuns: 800 },
    );
    expect(keys.size()).toBe(1);
  });

  it('Keys dumps', () => {
    const dump = memberKeys().dump();
    const load = (d: Uint8Array) =>
      typedOnly(
        () =>
          GroupKeys.create({ userEd25519SecretKey: member.ed25519.secretKey, group: group.groupId, dump: d }),
        GroupKeysError,
      );
    fc.assert(fc.property(anyBytes, load), { numRuns: 1000 });
    fc.assert(
      fc.property(mutation, (m) => load(mutate(dump, m))),
      { numRuns: 1000 },
    );
  });

  it('group messages (bytes and base64 data)', () => {
    const keys = [new Uint8Array(32).fill(7)];
    const open = (b: Uint8Array) => {
      typedOnly(() => decryptGroupMessage(keys, group.groupId, b), GroupMessageError);
      typedOnly(() => unwrapGroupMessage(keys, group.groupId, toBase64(b)), GroupMessageError, DecodeError);
    };
    fc.assert(fc.property(anyBytes, open), { numRuns: 1500 });
    fc.assert(
      fc.property(mutation, (m) => open(mutate(validMessage, m))),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) =>
        typedOnly(() => unwrapGroupMessage(keys, group.groupId, s), GroupMessageError, DecodeError),
      ),
      { numRuns: 500 },
    );
  });

  it('group message plaintexts behind a valid key (every dict rule, envelope decoding)', () => {
    const key = new Uint8Array(32).fill(9);
    const inner = fc.uint8Array({ maxLength: 300 });
    fc.assert(
      fc.property(inner, fc.boolean(), (content, raw) => {
        const data = raw
          ? wrapGroupMessage({
              sender: admin.ed25519.secretKey,
              group: group.groupId,
              key,
              content,
              timestampMs: 5,
            })
          : toBase64(content);
        typedOnly(() => unwrapGroupMessage([key], group.groupId, data), GroupMessageError, DecodeError);
      }),
      { numRuns: 500 },
    );
  });

  it('subaccount auth data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 100, maxLength: 100 }), (a) => {
        expect(typeof swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, a)).toBe('boolean');
        typedOnly(
          () => subaccountSigner(a, member.ed25519.secretKey).sign(utf8('retrieve11')),
          SubaccountError,
        );
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(mutation, (m) => {
        const a = mutate(authData, m);
        expect(typeof swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, a)).toBe('boolean');
        typedOnly(() => subaccountSigner(a, member.ed25519.secretKey), SubaccountError);
      }),
      { numRuns: 500 },
    );
  });

  it('kicked notices', () => {
    const open = (b: Uint8Array) =>
      typedOnly(() => decodeKickedMessage(b, member.ed25519.secretKey, group.groupId), MultiEncryptError);
    fc.assert(fc.property(anyBytes, open), { numRuns: 1500 });
    fc.assert(
      fc.property(mutation, (m) => open(mutate(validKicked, m))),
      { numRuns: 1500 },
    );
  });

  it('the unmutated inputs still decode', () => {
    const keys = memberKeys();
    expect(keys.loadKeyMessage('k', validKeys, 1)).toBe(true);
    expect(new TextDecoder().decode(keys.decryptMessage(validMessage).plaintext)).toBe('fuzz the group');
    expect(decodeKickedMessage(validKicked, member.ed25519.secretKey, group.groupId)).toEqual({
      generation: 0,
    });
    expect(swarmVerifySubaccount(group.groupId, member.ed25519.secretKey, authData)).toBe(true);
  });
});
