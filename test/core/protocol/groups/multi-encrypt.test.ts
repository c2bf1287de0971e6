import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed } from '../../../../electron/core/crypto/ed25519';
import { ready } from '../../../../electron/core/crypto/sodium';
import { XCHACHA_TAG_BYTES } from '../../../../electron/core/crypto/aead';
import {
  decryptForMultiple,
  decryptForMultipleSimple,
  encryptForMultiple,
  encryptForMultipleSimple,
  MultiEncryptError,
  x25519PairFromEd25519,
  type X25519KeyPair,
} from '../../../../electron/core/protocol/groups/index';

/**
 * Vectors from libsession-util `tests/test_multi_encrypt.cpp` (session-foundation/libsession-util,
 * GPL-3.0): fixed Ed25519 seeds, a fixed nonce, the domain "test suite".
 */
const SEEDS = [
  '0123456789abcdef0123456789abcdef00000000000000000000000000000000',
  '0123456789abcdef000000000000000000000000000000000000000000000000',
  '0123456789abcdef111111111111111100000000000000000000000000000000',
  '0123456789abcdef222222222222222200000000000000000000000000000000',
  '0123456789abcdef333333333333333300000000000000000000000000000000',
];
const X_PUBLIC = [
  'd2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72',
  'd673a8fb4800d2a252d2fc4e3342a88cdfa9412853934e8993d12d593be13371',
  'afd9716ea69ab8c7f475e1b250c86a6539e260804faecf2a803e9281a4160738',
  '03be14feabd59122349614b88bdc90db1d1af4c230e9a73c898beec833d51f11',
  '27b5c1ea87cef76284c752fa6ee1b9186b1a95e74e8f5b88f8b47e5191ce6f08',
];
const NONCE = fromHex('32ab4bb45d6df5cc14e1c330fb1a8b68ea3826a8c2213a49');
const SAME = [
  'e64937e5ea201b84f4e88a976dad900d91caaf6a17',
  'b7a15bcd9f7b09445defcae2f1dc5085dd75cb085b',
  '01c4fc2156327735f3fb5063b11ea95f6ebcc5b6cc',
];
const EACH = [
  'e64937e5ea201b84f4e88a976dad900d91caaf6a17',
  'bcb642c49c6da03f70cdaab2ed6666721318afd631',
  '1ecee2215d226817edfdb097f05037eb799309103a',
];
const MSGS = ['hello', 'cruel', 'world'].map(utf8);
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

let keys: X25519KeyPair[];

beforeAll(async () => {
  await ready();
  keys = SEEDS.map((s) => x25519PairFromEd25519(ed25519KeyPairFromSeed(fromHex(s)).secretKey));
});

describe('encryptForMultiple (test_multi_encrypt.cpp "Multi-recipient encryption")', () => {
  it('derives the X25519 keys of the fixed seeds', () => {
    expect(keys.map((k) => toHex(k.publicKey))).toEqual(X_PUBLIC);
  });

  it('one message for three recipients gives the upstream bytes, each opens it, others do not', () => {
    const recipients = keys.slice(1, 4).map((k) => k.publicKey);
    const copies = encryptForMultiple({
      messages: [MSGS[0]!],
      recipients,
      nonce: NONCE,
      sender: keys[0]!,
      domain: 'test suite',
    });
    expect(copies.map(toHex)).toEqual(SAME);
    for (const i of [1, 2, 3]) {
      expect(text(decryptForMultiple(copies, NONCE, keys[i]!, keys[0]!.publicKey, 'test suite'))).toBe(
        'hello',
      );
    }
    expect(decryptForMultiple(copies, NONCE, keys[3]!, keys[0]!.publicKey, 'not test suite')).toBeUndefined();
    expect(decryptForMultiple(copies, NONCE, keys[4]!, keys[0]!.publicKey, 'test suite')).toBeUndefined();
  });

  it('one message per recipient gives the upstream bytes', () => {
    const copies = encryptForMultiple({
      messages: MSGS,
      recipients: keys.slice(1, 4).map((k) => k.publicKey),
      nonce: NONCE,
      sender: keys[0]!,
      domain: 'test suite',
    });
    expect(copies.map(toHex)).toEqual(EACH);
    const opened = [1, 2, 3].map((i) =>
      text(decryptForMultiple(copies, NONCE, keys[i]!, keys[0]!.publicKey, 'test suite')),
    );
    expect(opened).toEqual(['hello', 'cruel', 'world']);
  });

  it('refuses a message count that matches neither one nor the recipients', () => {
    expect(() =>
      encryptForMultiple({
        messages: MSGS.slice(0, 2),
        recipients: keys.slice(1, 4).map((k) => k.publicKey),
        nonce: NONCE,
        sender: keys[0]!,
        domain: 'test suite',
      }),
    ).toThrow(MultiEncryptError);
  });
});

describe('encryptForMultipleSimple (test_multi_encrypt.cpp "simpler interface")', () => {
  const recipients = () => keys.slice(1, 4).map((k) => k.publicKey);

  it('has the upstream size with a random nonce, and differs each time', () => {
    const a = encryptForMultipleSimple({
      messages: [MSGS[0]!],
      recipients: recipients(),
      sender: keys[0]!,
      domain: 'test suite',
    });
    const b = encryptForMultipleSimple({
      messages: [MSGS[0]!],
      recipients: recipients(),
      sender: keys[0]!,
      domain: 'test suite',
    });
    expect(a.length).toBe(2 + 3 + 27 + 3 + 2 + 3 * (3 + 5 + XCHACHA_TAG_BYTES));
    expect(toHex(a)).not.toBe(toHex(b));
    expect(text(decryptForMultipleSimple(a, keys[2]!, keys[0]!.publicKey, 'test suite'))).toBe('hello');
    expect(decryptForMultipleSimple(a, keys[3]!, keys[0]!.publicKey, 'not test suite')).toBeUndefined();
    expect(decryptForMultipleSimple(a, keys[4]!, keys[0]!.publicKey, 'test suite')).toBeUndefined();
  });

  it('with the fixed nonce is exactly the upstream encoding', () => {
    const encoded = encryptForMultipleSimple({
      messages: MSGS,
      recipients: recipients(),
      sender: keys[0]!,
      domain: 'test suite',
      nonce: NONCE,
    });
    // "d1:#24:" nonce "1:el" then three "21:" copies, "ee" (the upstream printable() comparison).
    const expected = concatBytes(
      utf8('d1:#24:'),
      NONCE,
      utf8('1:el'),
      ...EACH.flatMap((c) => [utf8('21:'), fromHex(c)]),
      utf8('ee'),
    );
    expect(toHex(encoded)).toBe(toHex(expected));
    const opened = [1, 2, 3].map((i) =>
      text(decryptForMultipleSimple(encoded, keys[i]!, keys[0]!.publicKey, 'test suite')),
    );
    expect(opened).toEqual(['hello', 'cruel', 'world']);
  });

  it('pads with junk copies the size of the first copy', () => {
    const encoded = encryptForMultipleSimple({
      messages: [MSGS[0]!],
      recipients: recipients(),
      sender: keys[0]!,
      domain: 'test suite',
      pad: 5,
    });
    expect(encoded.length).toBe(2 + 3 + 27 + 3 + 2 + 5 * (3 + 5 + XCHACHA_TAG_BYTES));
    expect(text(decryptForMultipleSimple(encoded, keys[3]!, keys[0]!.publicKey, 'test suite'))).toBe('hello');
  });
});
