import { beforeAll, describe, expect, it } from 'vitest';
import { xchachaEncrypt } from '../../../../electron/core/crypto/aead';
import { concatBytes, fromHex, toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { ed25519Sign } from '../../../../electron/core/crypto/ed25519';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { encodeBt, type BtValue } from '../../../../electron/core/protocol/bencode';
import { zstdCompress, zstdReady } from '../../../../electron/core/protocol/config/zstd';
import { decodeContent, encodeContent } from '../../../../electron/core/protocol/content-codec';
import { decodeEnvelope } from '../../../../electron/core/protocol/envelope';
import {
  decryptGroupMessage,
  encryptGroupMessage,
  GROUP_MESSAGE_MAX_PLAINTEXT,
  groupKeyPairFromSeed,
  unwrapGroupMessage,
  wrapGroupMessage,
  type GroupKeyPair,
  type GroupMessageErrorCode,
} from '../../../../electron/core/protocol/groups/index';
import { ADMIN1_SEED, GROUP_SEED, MEMBER_SEEDS } from './upstream-seeds';

/**
 * Group messages (namespace 11) against the rules of libsession-util's newest
 * `decrypt_group_message` (`src/session_encrypt.cpp`, session-foundation/libsession-util, GPL-3.0):
 * the signature covers `data ‖ group_ed_pk32`, and every field rule is checked on hand-made dicts.
 */
const KEY = fromHex('a1'.repeat(32));
const OLD_KEY = fromHex('b2'.repeat(32));
const NONCE = fromHex('00112233445566778899aabbccddeeff0011223344556677');

let group: GroupKeyPair;
let other: GroupKeyPair;
let alice: Identity;

beforeAll(async () => {
  await Promise.all([ready(), zstdReady()]);
  group = groupKeyPairFromSeed(fromHex(GROUP_SEED));
  other = groupKeyPairFromSeed(fromHex(MEMBER_SEEDS[0]));
  alice = identityFromSeed(ADMIN1_SEED);
});

/** Encrypts hand-made dict fields as a sender would, padded to 256. */
function seal(fields: Map<string, BtValue> | Uint8Array, key = KEY): Uint8Array {
  const encoded = fields instanceof Uint8Array ? fields : encodeBt(fields);
  const padded = new Uint8Array(Math.ceil((encoded.length + 40) / 256) * 256 - 40);
  padded.set(encoded);
  return concatBytes(NONCE, xchachaEncrypt(key, NONCE, padded));
}

function dict(data: Uint8Array, overrides: Record<string, BtValue | undefined> = {}): Map<string, BtValue> {
  const base: Record<string, BtValue | undefined> = {
    '': 1n,
    a: alice.ed25519.publicKey,
    d: data,
    s: ed25519Sign(alice.ed25519.secretKey, concatBytes(data, group.publicKey)),
    ...overrides,
  };
  return new Map(Object.entries(base).filter((e): e is [string, BtValue] => e[1] !== undefined));
}

/** A group message from Alice to `group`. */
function fromAlice(plaintext: Uint8Array, key = KEY): Uint8Array {
  return encryptGroupMessage({ sender: alice.ed25519.secretKey, group: group.publicKey, key, plaintext });
}

function failsWith(code: GroupMessageErrorCode, ciphertext: Uint8Array, keys = [KEY]): void {
  expect(() => decryptGroupMessage(keys, group.publicKey, ciphertext)).toThrow(
    expect.objectContaining({ code }) as Error,
  );
}

describe('encryptGroupMessage / decryptGroupMessage', () => {
  it('round-trips compressed and plain data, padded to 256, with the sender recovered', () => {
    const text = utf8('hello to all my friends sitting in the tomato sauce'.repeat(32));
    for (const compress of [true, false]) {
      const ct = encryptGroupMessage({
        sender: alice.ed25519.secretKey,
        group: group.groupId,
        key: KEY,
        plaintext: text,
        compress,
      });
      expect(ct.length % 256).toBe(0);
      const out = decryptGroupMessage([KEY], group.groupId, ct);
      expect(out.senderSessionId).toBe(alice.sessionId);
      expect(toHex(out.senderEd25519PublicKey)).toBe(toHex(alice.ed25519.publicKey));
      expect(toHex(out.plaintext)).toBe(toHex(text));
    }
  });

  it('is deterministic for a fixed nonce and seed, and keeps incompressible data as "d"', () => {
    const input = {
      sender: fromHex(ADMIN1_SEED),
      group: group.publicKey,
      key: KEY,
      plaintext: utf8('abc'),
      nonce: NONCE,
    };
    expect(toHex(encryptGroupMessage(input))).toBe(toHex(encryptGroupMessage(input)));
    const ct = encryptGroupMessage(input);
    expect(ct.length).toBe(256);
    expect(toHex(ct.subarray(0, 24))).toBe(toHex(NONCE));
    // The plaintext is exactly libsession's dict, zero-padded.
    expect(toHex(seal(dict(utf8('abc'))))).toBe(toHex(ct));
  });

  it('pads to other multiples or not at all', () => {
    const base = {
      sender: alice.ed25519.secretKey,
      group: group.publicKey,
      key: KEY,
      plaintext: utf8('x'),
      compress: false,
    };
    const plain = encryptGroupMessage({ ...base, padding: 0 });
    expect(plain.length).toBe(40 + encodeBt(dict(utf8('x'))).length);
    expect(encryptGroupMessage({ ...base, padding: 100 }).length % 100).toBe(0);
  });

  it('tries every key and reports which one opened the message', () => {
    const ct = fromAlice(utf8('old'), OLD_KEY);
    expect(decryptGroupMessage([KEY, OLD_KEY], group.publicKey, ct).keyIndex).toBe(1);
    failsWith('decrypt', ct);
  });

  it('rejects the old signature form (data only) and a message re-posted to another group', () => {
    const data = utf8('signed without the group key');
    failsWith('signature', seal(dict(data, { s: ed25519Sign(alice.ed25519.secretKey, data) })));
    const ct = fromAlice(data);
    expect(() => decryptGroupMessage([KEY], other.publicKey, ct)).toThrow(
      expect.objectContaining({ code: 'signature' }) as Error,
    );
  });

  it('applies every decoder rule', () => {
    const data = utf8('payload');
    failsWith('too-short', new Uint8Array(39));
    failsWith('not-dict', seal(utf8('l1:ae')));
    failsWith('not-dict', seal(utf8('d1:ai1ee trailing e')));
    failsWith('version', seal(dict(data, { '': 2n })));
    failsWith('version', seal(dict(data, { '': undefined })));
    failsWith('author', seal(dict(data, { a: undefined })));
    failsWith('author', seal(dict(data, { a: alice.ed25519.publicKey.subarray(1) })));
    failsWith('author', seal(dict(data, { a: fromHex('ff'.repeat(32)) })));
    failsWith('data', seal(dict(data, { d: new Uint8Array(0) })));
    failsWith('data', seal(dict(data, { d: undefined })));
    failsWith('data', seal(dict(data, { z: zstdCompress(data, 1) })));
    failsWith('data', seal(dict(data, { d: undefined, z: new Uint8Array(0) })));
    failsWith('signature', seal(dict(data, { s: undefined })));
    failsWith('signature', seal(dict(data, { s: new Uint8Array(63) })));
    failsWith('signature', seal(dict(data, { d: utf8('payloaD') })));
  });

  it('caps decompression at 1 MB and refuses corrupt zstd', () => {
    const big = new Uint8Array(GROUP_MESSAGE_MAX_PLAINTEXT + 1);
    const bomb = zstdCompress(big, 1);
    const sign = (z: Uint8Array) => ed25519Sign(alice.ed25519.secretKey, concatBytes(z, group.publicKey));
    failsWith('too-large', seal(dict(bomb, { d: undefined, z: bomb, s: sign(bomb) })));
    const junk = utf8('not zstd at all');
    failsWith('decompress', seal(dict(junk, { d: undefined, z: junk, s: sign(junk) })));
    expect(() => fromAlice(big)).toThrow(expect.objectContaining({ code: 'too-large' }) as Error);
  });

  it('refuses bad arguments with typed input errors', () => {
    const good = { sender: alice.ed25519.secretKey, group: group.publicKey, key: KEY, plaintext: utf8('x') };
    for (const bad of [
      { key: KEY.subarray(1) },
      { sender: new Uint8Array(5) },
      { nonce: new Uint8Array(3) },
    ]) {
      expect(() => encryptGroupMessage({ ...good, ...bad })).toThrow(
        expect.objectContaining({ code: 'input' }) as Error,
      );
    }
    expect(() => decryptGroupMessage([KEY.subarray(2)], group.publicKey, new Uint8Array(64))).toThrow(
      expect.objectContaining({ code: 'input' }) as Error,
    );
  });
});

describe('wrapGroupMessage / unwrapGroupMessage (namespace 11 Envelope)', () => {
  it('wraps Content in a CLOSED_GROUP_MESSAGE envelope with a decoy proSig, and unwraps it', () => {
    const content = encodeContent({ dataMessage: { body: 'hi group' }, sigTimestamp: 1_700_000_000_123 });
    const data = wrapGroupMessage({
      sender: alice.ed25519.secretKey,
      group: group.groupId,
      key: KEY,
      content,
      timestampMs: 1_700_000_000_123,
    });
    const opened = decryptGroupMessage([KEY], group.groupId, new Uint8Array(Buffer.from(data, 'base64')));
    const envelope = decodeEnvelope(opened.plaintext);
    expect(envelope.type).toBe(7);
    expect(envelope.sourceDevice).toBe(1);
    expect(envelope.proSig).toHaveLength(64);
    const out = unwrapGroupMessage([OLD_KEY, KEY], group.groupId, data);
    expect(out.senderSessionId).toBe(alice.sessionId);
    expect(out.timestampMs).toBe(1_700_000_000_123);
    expect(out.keyIndex).toBe(1);
    expect(decodeContent(out.content).dataMessage?.body).toBe('hi group');
  });

  it('refuses a group-encrypted payload that is not a group Envelope', () => {
    const ct = fromAlice(utf8('no envelope'));
    expect(() => unwrapGroupMessage([KEY], group.publicKey, ct)).toThrow(
      expect.objectContaining({ code: 'protobuf' }) as Error,
    );
    expect(() => unwrapGroupMessage([KEY], group.publicKey, '%%%')).toThrow(
      expect.objectContaining({ code: 'base64' }) as Error,
    );
  });
});
