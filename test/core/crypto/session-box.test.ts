import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../electron/core/crypto/identity';
import {
  decryptFromSender,
  encryptForRecipient,
  encryptForRecipientDeterministic,
  MIN_SESSION_BOX_BYTES,
  SessionBoxError,
} from '../../../electron/core/crypto/session-box';
import { backend, ready } from '../../../electron/core/crypto/sodium';

// libsession tests/test_session_encrypt.cpp, "Session protocol deterministic encryption".
const DETERMINISTIC_HELLO =
  '208f96785db92319bc7a14afecc01e17bde912d17bbb32834c03ea63b1862c2a1b730e0725ef75b2f1a276db' +
  '584c59a0ed9b5497bcb9f4effa893b5cb8b04dbe7a6ab457ebf972f03b006dd4572980a725399616d40184b8' +
  '6aa3b7b218bdc6dd7c1adccda8ef4897f0f458492240b39079c27a6c791067ab26a03067a7602b50f0434639' +
  '906f93e548f909d5286edde365ebddc146';

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut ' +
  'labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco ' +
  'laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in ' +
  'voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat ' +
  'cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';

let alice: Identity;
let bob: Identity;

beforeAll(async () => {
  await ready();
  alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
});

function boxError(f: () => unknown): SessionBoxError {
  try {
    f();
  } catch (e) {
    if (e instanceof SessionBoxError) return e;
    throw e;
  }
  throw new Error('expected a SessionBoxError');
}

describe('signed sealed box', () => {
  it('reproduces libsession’s deterministic vector and decrypts it', () => {
    const ct = encryptForRecipientDeterministic(alice, bob.sessionId, utf8('hello'));
    expect(toHex(ct)).toBe(DETERMINISTIC_HELLO);
    const opened = decryptFromSender(bob, fromHex(DETERMINISTIC_HELLO));
    expect(new TextDecoder().decode(opened.plaintext)).toBe('hello');
    expect(toHex(opened.senderEd25519PublicKey)).toBe(
      '4cb76fdc6d32278e3f83dbf608360ecc6b65727934b85d2fb86862ff98c46ab7',
    );
    expect(opened.senderSessionId).toBe(alice.sessionId);
  });

  it('random seals differ, have the deterministic size and open with sender recovery', () => {
    const a = encryptForRecipient(alice, bob.sessionId, utf8('hello'));
    const b = encryptForRecipient(alice, bob.sessionId, utf8('hello'));
    expect(toHex(a)).not.toBe(toHex(b));
    expect(a.length).toBe(DETERMINISTIC_HELLO.length / 2);
    expect(new TextDecoder().decode(decryptFromSender(bob, a).plaintext)).toBe('hello');

    const lorem = encryptForRecipient(alice, bob.sessionId, utf8(LOREM));
    expect(Buffer.from(lorem).includes(Buffer.from('dolore magna'))).toBe(false);
    const opened = decryptFromSender(bob, lorem);
    expect(new TextDecoder().decode(opened.plaintext)).toBe(LOREM);
    expect(opened.senderSessionId).toBe(alice.sessionId);
  });

  it('cannot be opened by anyone else, including the sender', () => {
    const ct = encryptForRecipient(alice, bob.sessionId, utf8('hello'));
    expect(boxError(() => decryptFromSender(alice, ct)).code).toBe('decrypt');
  });

  it('fails on any flipped bit (libsession flips bytes 2 and 14)', () => {
    const ct = fromHex(DETERMINISTIC_HELLO);
    for (const [i, bit] of [
      [2, 0x02],
      [14, 0x80],
      [ct.length - 1, 0x01],
    ] as const) {
      const broken = ct.slice();
      broken[i] = broken[i]! ^ bit;
      expect(boxError(() => decryptFromSender(bob, broken)).code).toBe('decrypt');
    }
  });

  it('rejects a valid box whose signature does not cover this recipient', () => {
    // Sign for Alice's key but seal to Bob: the box opens, the signature must not verify.
    const s = backend();
    const m = utf8('hello');
    const signed = new Uint8Array(m.length + 96);
    signed.set(m);
    signed.set(alice.ed25519.publicKey, m.length);
    const toSign = new Uint8Array([...m, ...alice.ed25519.publicKey, ...alice.x25519.publicKey]);
    signed.set(s.signDetached(toSign, alice.ed25519.secretKey), m.length + 32);
    const ct = s.boxSeal(signed, bob.x25519.publicKey);
    expect(boxError(() => decryptFromSender(bob, ct)).code).toBe('signature');
  });

  it('rejects ciphertexts too short to hold a signed message', () => {
    expect(boxError(() => decryptFromSender(bob, new Uint8Array(MIN_SESSION_BOX_BYTES - 1))).code).toBe(
      'too-short',
    );
  });

  it('round-trips arbitrary messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (m, det) => {
        const ct = det
          ? encryptForRecipientDeterministic(alice, bob.sessionId, m)
          : encryptForRecipient(alice, bob.sessionId, m);
        const opened = decryptFromSender(bob, ct);
        expect(opened.plaintext).toEqual(m);
        expect(opened.senderSessionId).toBe(alice.sessionId);
      }),
      { numRuns: 300 },
    );
  });

  it('opening random or mutated bytes throws only SessionBoxError', () => {
    const valid = encryptForRecipient(alice, bob.sessionId, utf8('a message worth mutating'));
    const check = (bytes: Uint8Array) => {
      try {
        decryptFromSender(bob, bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(SessionBoxError);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.nat(valid.length), (i, x, cut) => {
        const b = valid.slice(0, Math.max(cut, MIN_SESSION_BOX_BYTES));
        b[i % b.length] = b[i % b.length]! ^ x;
        check(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a malformed recipient Session ID (caller input, typed IdError)', () => {
    expect(() => encryptForRecipient(alice, 'nope', utf8('x'))).toThrow(/Session ID/);
  });
});
