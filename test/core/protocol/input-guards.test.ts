import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import {
  closestSwarm,
  CryptoError,
  decryptFromSender,
  deleteAllSigMessage,
  encryptForRecipient,
  encryptForRecipientDeterministic,
  expireAllSigMessage,
  identityFromSeed,
  IdError,
  phraseFromSeed,
  ready,
  retrieveSigMessage,
  SessionBoxError,
  ShallotError,
  signStorageRequest,
  storageHash,
  StorageHashError,
  StorageSignatureError,
  storeSigMessage,
  SwarmError,
  swarmSpace,
  wrapOneToOne,
  bytesToSessionWords,
  sessionWordsToBytes,
  type Identity,
} from '../../../electron/core/protocol/index';

/**
 * Wrong argument types reach the facade from JavaScript callers and IPC; each must fail with a
 * typed error and a stable code, never a TypeError/RangeError or a silently wrong answer.
 */

let alice: Identity;
let bob: Identity;

beforeAll(async () => {
  await ready();
  alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
});

function failure(f: () => unknown): ShallotError {
  try {
    f();
  } catch (e) {
    if (e instanceof ShallotError) return e as ShallotError<string>;
    throw e;
  }
  throw new Error('expected a typed failure');
}

const asBytes = (v: unknown) => v as Uint8Array;

describe('one-to-one encryption inputs', () => {
  it('refuses a string message instead of encrypting zeros', () => {
    for (const f of [encryptForRecipient, encryptForRecipientDeterministic]) {
      const e = failure(() => f(alice, bob.sessionId, asBytes('hello')));
      expect(e).toBeInstanceOf(SessionBoxError);
      expect(e.code).toBe('input');
    }
    const e = failure(() => wrapOneToOne(alice, bob.sessionId, asBytes('0a02'), 1));
    expect(e).toBeInstanceOf(SessionBoxError);
  });

  // libsession tests/test_session_encrypt.cpp "Session protocol deterministic encryption": the
  // recipient there is the 33-byte 05-prefixed key; the bare 32 bytes are accepted too.
  it('takes the recipient as 66 hex, 33 raw bytes with 05, or 32 raw bytes, all alike', () => {
    const m = utf8('hello');
    const expected = toHex(encryptForRecipientDeterministic(alice, bob.sessionId, m));
    expect(expected.slice(0, 32)).toBe('208f96785db92319bc7a14afecc01e17');
    expect(toHex(encryptForRecipientDeterministic(alice, fromHex(bob.sessionId), m))).toBe(expected);
    expect(toHex(encryptForRecipientDeterministic(alice, bob.x25519.publicKey, m))).toBe(expected);
    const sealed = encryptForRecipient(alice, Buffer.from(bob.sessionId, 'hex'), m);
    expect(decryptFromSender(bob, sealed).senderSessionId).toBe(alice.sessionId);
  });

  it('refuses other recipients with IdError, never a TypeError', () => {
    const m = utf8('x');
    const code = (r: unknown) => {
      const e = failure(() => encryptForRecipient(alice, r as string, m));
      expect(e).toBeInstanceOf(IdError);
      return e.code;
    };
    expect(code(new Uint8Array(33))).toBe('id-prefix');
    expect(code(new Uint8Array(31))).toBe('id-length');
    expect(code(bob.sessionId.slice(2))).toBe('id-length');
    expect(code(12345)).toBe('input');
    expect(code(undefined)).toBe('input');
    expect(code(Array.from(fromHex(bob.sessionId)))).toBe('input');
  });

  it('refuses a non-Identity sender or recipient and non-byte ciphertext', () => {
    const m = utf8('x');
    expect(
      failure(() => encryptForRecipient(asBytes(alice.ed25519.secretKey) as never, bob.sessionId, m)).code,
    ).toBe('input');
    const sealed = encryptForRecipient(alice, bob.sessionId, m);
    expect(failure(() => decryptFromSender(bob, toHex(sealed) as never)).code).toBe('input');
    expect(failure(() => decryptFromSender({} as Identity, sealed)).code).toBe('input');
  });
});

describe('identity and phrase inputs', () => {
  it('throws CryptoError for bad seeds', () => {
    expect(failure(() => identityFromSeed(new Uint8Array(31)))).toBeInstanceOf(CryptoError);
    expect(failure(() => phraseFromSeed(new Uint8Array(15))).code).toBe('seed-length');
    expect(failure(() => bytesToSessionWords(new Uint8Array(15))).code).toBe('seed-length');
    expect(sessionWordsToBytes([])).toEqual(new Uint8Array(0));
  });
});

describe('storageHash data', () => {
  const pk = `05${'11'.repeat(32)}`;

  it('hashes base64 text as the bytes it encodes (documented), refuses other types', () => {
    const bytes = fromHex('00');
    expect(storageHash(pk, 0, 'AA==')).toBe(storageHash(pk, 0, bytes));
    expect(storageHash(pk, 0, 'AA==')).toBe('1aOJwWw4C2H4MeTsb7NF85RCd4Tag/0WHmpJN8FSlWU');
    const data = wrapOneToOne(alice, bob.sessionId, utf8('x'), 1, { deterministic: true, proSig: 'omit' });
    expect(storageHash(pk, 5, data)).toBe(storageHash(pk, 5, new Uint8Array(Buffer.from(data, 'base64'))));
    for (const bad of ['not base64!', 42, [0], null]) {
      const e = failure(() => storageHash(pk, 0, bad as string));
      expect(e).toBeInstanceOf(StorageHashError);
      expect(e.code).toBe('data');
    }
  });
});

describe('closestSwarm inputs', () => {
  const ids = [100n, 200n, 300n, 399n, 498n, 596n, 694n];

  it('accepts safe-integer numbers as bigints', () => {
    expect(closestSwarm(0x96, ids)).toBe(100n);
    expect(closestSwarm(0x97n, [100, 200, 300])).toBe(200n);
  });

  it('refuses a space outside [0, 2^64) instead of wrapping it', () => {
    for (const space of [1n << 64n, -1n, -1, 2 ** 53, 1.5, NaN, '150']) {
      const e = failure(() => closestSwarm(space as bigint, ids));
      expect(e).toBeInstanceOf(SwarmError);
      expect(e.code, String(space)).toBe('space');
    }
    expect(closestSwarm((1n << 64n) - 1n, [5n, (1n << 64n) - 2n])).toBe((1n << 64n) - 2n);
  });

  it('refuses swarm ids that are not unsigned 64-bit integers', () => {
    for (const bad of [[1n << 64n], [-1n], ['100'], [1.5]]) {
      const e = failure(() => closestSwarm(5n, bad as bigint[]));
      expect(e.code, String(bad[0])).toBe('swarm-id');
    }
    expect(failure(() => closestSwarm(5n, 'x' as never)).code).toBe('swarm-id');
    expect(failure(() => swarmSpace(fromHex('05') as never)).code).toBe('pubkey');
  });
});

describe('storage signature inputs', () => {
  it('allows "all" only where the server does', () => {
    expect(new TextDecoder().decode(deleteAllSigMessage('all', 1234))).toBe('delete_allall1234');
    expect(new TextDecoder().decode(expireAllSigMessage('all', 1234))).toBe('expire_allall1234');
    for (const f of [retrieveSigMessage, storeSigMessage]) {
      const e = failure(() => f('all' as unknown as number, 1234));
      expect(e).toBeInstanceOf(StorageSignatureError);
      expect(e.code).toBe('namespace');
    }
  });

  it('signs only bytes', () => {
    expect(failure(() => signStorageRequest(alice.ed25519.secretKey, asBytes('retrieve1234'))).code).toBe(
      'input',
    );
    expect(
      failure(() => signStorageRequest(asBytes(toBase64(alice.ed25519.secretKey)), utf8('x'))).code,
    ).toBe('key');
  });
});

describe('fuzz: arbitrary argument values only throw ShallotError', () => {
  const anything = fc.anything({ withBigInt: true, withTypedArray: true, withNullPrototype: true });

  it('for the facade entry points that take caller values', () => {
    const calls: ((a: unknown, b: unknown) => unknown)[] = [
      (a) => identityFromSeed(a as Uint8Array),
      (a) => phraseFromSeed(a as Uint8Array),
      (a, b) => bytesToSessionWords(a as Uint8Array, b as boolean),
      (a) => sessionWordsToBytes(a as string[]),
      (a, b) => encryptForRecipient(alice, a as string, b as Uint8Array),
      (a, b) => encryptForRecipientDeterministic(a as Identity, bob.sessionId, b as Uint8Array),
      (a, b) => wrapOneToOne(alice, bob.sessionId, a as Uint8Array, b as number),
      (a) => decryptFromSender(bob, a as Uint8Array),
      (a, b) => storageHash(`05${'11'.repeat(32)}`, a as number, b as Uint8Array),
      (a, b) => closestSwarm(a as bigint, b as bigint[]),
      (a, b) => retrieveSigMessage(a as number, b as number),
      (a, b) => deleteAllSigMessage(a as number, b as number),
      (a, b) => signStorageRequest(a as Uint8Array, b as Uint8Array),
    ];
    fc.assert(
      fc.property(fc.nat(calls.length - 1), anything, anything, (i, a, b) => {
        try {
          calls[i]!(a, b);
        } catch (e) {
          expect(e).toBeInstanceOf(ShallotError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
