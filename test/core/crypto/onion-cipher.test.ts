import { beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { x25519KeyPair } from '../../../electron/core/crypto/ed25519';
import { backend, ready } from '../../../electron/core/crypto/sodium';
import {
  OnionError,
  decryptWithKey,
  encryptWithKey,
  onionCipherOverhead,
  onionSharedKey,
  openOnionLayer,
  openOnionLayerWithKey,
  parseOnionCipher,
  sealOnionLayer,
  type OnionCipher,
} from '../../../electron/core/crypto/onion-cipher';
import { parseFrame } from '../../../electron/core/protocol/onion-frame';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

beforeAll(async () => {
  await ready();
});

function expectOnionError(fn: () => unknown, code?: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OnionError);
    if (code) expect((e as OnionError).code).toBe(code);
    return;
  }
  throw new Error('expected an OnionError');
}

describe('hop decryption vectors (libsession tests/test_onionreq.cpp "Onion request encryption")', () => {
  const A = fromHex('bbdfc83022d0aff084a6f0c529a93d1c4d728bf7e41199afed0e01ae70d20540');
  const b = fromHex('8fcd8ad3a15c76f76f1c56dff0c529999f8c59b4acda79e05666e54d5727dca1');
  const encGcm = fromHex('1eb6ae1cd72f60999486365749bd5dc15cc0b6a2a44d7d063daa5e93722f0c025fd00306403b61');
  const encGcmBroken1 = fromHex(
    '1eb6ae1cd72f60999486365759bd5dc15cc0b6a2a44d7d063daa5e93722f0c025fd00306403b61',
  );
  const encGcmBroken2 = fromHex(
    '1eb6ae1cd72f60999486365749bd5dc15cc0b6a2a44d7d063daa5e93722f0c025fd00306403b69',
  );
  const encX = fromHex(
    '9e1a3abe60eff3ea5c23556cc7e225b6f94355315f7281f66ecf4dbb06e7899a52b863e03cde3b287d1638d765db75de02b032',
  );
  const encXBroken1 = fromHex(
    '9e1a3abe60eff3ea5c23556cc7e225b6f94355315f7281f66ecf4dbb06e7899a52b863e03cde3b287d1638d765db75de02b033',
  );
  const encXBroken2 = fromHex(
    '9e1a3abe60eff3ea5c23556ccfe225b6f94355315f7281f66ecf4dbb06e7899a52b863e03cde3b287d1638d765db75de02b032',
  );

  it('decrypts the AES-GCM and XChaCha20 vectors to "Hello world"', () => {
    expect(text(openOnionLayer('aes-gcm', b, A, encGcm))).toBe('Hello world');
    expect(text(openOnionLayer('xchacha20', b, A, encX))).toBe('Hello world');
  });

  it('rejects the broken variants and cross-cipher use with a typed error', () => {
    // Upstream throws for these four (GCM and XChaCha20 decryption of both broken XChaCha20 blobs).
    for (const ct of [encXBroken1, encXBroken2]) {
      expectOnionError(() => openOnionLayer('aes-gcm', b, A, ct), 'decrypt');
      expectOnionError(() => openOnionLayer('xchacha20', b, A, ct), 'decrypt');
    }
    // The broken GCM blobs (one flipped bit in the body, one in the tag) must fail too.
    expectOnionError(() => openOnionLayer('aes-gcm', b, A, encGcmBroken1), 'decrypt');
    expectOnionError(() => openOnionLayer('aes-gcm', b, A, encGcmBroken2), 'decrypt');
    expectOnionError(() => openOnionLayer('xchacha20', b, A, encGcm), 'decrypt');
    expectOnionError(() => openOnionLayer('aes-gcm', b, A, encX), 'decrypt');
  });
});

describe('onion request parser vectors (libsession tests/test_onionreq.cpp "Onion request parser")', () => {
  const A = fromHex('8167e97672005c669a48858c69895f395ca235219ac3f7a4210022b1f910e652');
  const a = fromHex('d2ee09e1a557a077d385fcb69a11ffb6909ecdcc8348def3e0e4172c8a1431c1');
  const B = fromHex('8388de69bc0d4b6196133233ad9a46ba0473474bc67718aad96a3a33c257f726');
  const b = fromHex('2f4d1c0d28e137777ec0a316e9f4f763e3e66662a6c51994c6315c9ef34b6deb');
  const encGcm = fromHex(
    '270000009525d587d188c92a966eef0e7162bef99a6171a124575b998072a8ee7eb265e0b6f0930ed96504' +
      '7b22656e635f74797065223a20226165732d67636d222c2022657068656d6572616c5f6b6579223a202238' +
      '31363765393736373230303563363639613438383538633639383935663339356361323335323139616333' +
      '6637613432313030323262316639313065363532227d',
  );
  const encX = fromHex(
    '33000000e440bc244ddcafd947b86fc5a964aa58de54a6d75cc0f0f3840db14b6c1176a8e2e0a04d5fbdf9' +
      '8f23adee1edc8362ab99b10b7b22656e635f74797065223a2022786368616368613230222c202265706865' +
      '6d6572616c5f6b6579223a2022383136376539373637323030356336363961343838353863363938393566' +
      '33393563613233353231396163336637613432313030323262316639313065363532227d',
  );

  it('sanity: the key pairs in the vector belong together', () => {
    expect(toHex(backend().scalarmultBase(a))).toBe(toHex(A));
    expect(toHex(backend().scalarmultBase(b))).toBe(toHex(B));
  });

  for (const [cipherName, frameBytes, replySize] of [
    ['aes-gcm', encGcm, 12 + 13 + 16],
    ['xchacha20', encX, 16 + 13 + 24],
  ] as const) {
    it(`${cipherName}: frame → routing JSON → payload → reply the client can read`, () => {
      const { blob, json } = parseFrame(frameBytes);
      const cipher = parseOnionCipher(json.enc_type as string);
      expect(cipher).toBe(cipherName);
      expect(json.ephemeral_key).toBe(toHex(A));
      const { plaintext, key } = openOnionLayerWithKey(
        cipher,
        b,
        fromHex(json.ephemeral_key as string),
        blob,
      );
      expect(text(plaintext)).toBe('Hello world');

      const reply = encryptWithKey(cipher, key, utf8('Goodbye world'));
      expect(reply.length).toBe(replySize);
      const clientKey = onionSharedKey(cipher, a, B, 'client');
      expect(toHex(clientKey)).toBe(toHex(key));
      expect(text(decryptWithKey(cipher, clientKey, reply))).toBe('Goodbye world');
    });
  }

  it('XChaCha20 keys are directional: the wrong role derives a different key', () => {
    const server = onionSharedKey('xchacha20', b, A, 'server');
    const wrong = onionSharedKey('xchacha20', b, A, 'client');
    expect(toHex(server)).not.toBe(toHex(wrong));
    // AES-GCM's key is just HMAC("LOKI", shared) so both roles agree.
    expect(toHex(onionSharedKey('aes-gcm', b, A, 'server'))).toBe(
      toHex(onionSharedKey('aes-gcm', b, A, 'client')),
    );
  });
});

describe('storage-server channel encryption (session-storage-server unit_test/encrypt.cpp)', () => {
  const alice = fromHex('7d446468c186d6fb3c83365ab77a37b1f9fa3e59eb9788a40ae2e9560f196f30');
  const bob = fromHex('f512f68e81a932aa2ff6d8723baa260a43a6f789d61c91b71f73e4f284e3600a');
  const alicePub = () => backend().scalarmultBase(alice);
  const plaintext = utf8('Grumpy cat says no!');
  const known = fromHex(
    '000102030405060708090a0b254141d0fb10f0f25e1e316f3f47bf675d49eb6c238bd3c18b86df3fc8d5687cc64c7a',
  );

  it('decrypts the AES-GCM known answer; bit flips and truncation fail', () => {
    expect(text(openOnionLayer('aes-gcm', bob, alicePub(), known))).toBe('Grumpy cat says no!');
    for (const i of [0, 12, known.length - 1]) {
      const damaged = known.slice();
      damaged[i]! ^= 0x01;
      expectOnionError(() => openOnionLayer('aes-gcm', bob, alicePub(), damaged), 'decrypt');
    }
    expectOnionError(() => openOnionLayer('aes-gcm', bob, alicePub(), known.subarray(0, 27)), 'decrypt');
  });

  it('overheads are 28 (GCM) and 40 (XChaCha20)', () => {
    const bobPub = backend().scalarmultBase(bob);
    for (const [cipher, overhead] of [
      ['aes-gcm', 28],
      ['xchacha20', 40],
    ] as const) {
      const sealed = sealOnionLayer(cipher, bobPub, plaintext);
      expect(sealed.ciphertext.length).toBe(plaintext.length + overhead);
      expect(onionCipherOverhead(cipher)).toBe(overhead);
      expect(text(openOnionLayer(cipher, bob, sealed.ephemeralPublicKey, sealed.ciphertext))).toBe(
        'Grumpy cat says no!',
      );
    }
  });
});

describe('seal / open round trips', () => {
  const node = () => x25519KeyPair();

  it.each(['aes-gcm', 'xchacha20'] as const)('%s: fresh ephemeral per call, shared reply key', (cipher) => {
    const kp = node();
    const msg = utf8('{"method":"info"}');
    const s1 = sealOnionLayer(cipher, kp.publicKey, msg);
    const s2 = sealOnionLayer(cipher, kp.publicKey, msg);
    expect(toHex(s1.ephemeralPublicKey)).not.toBe(toHex(s2.ephemeralPublicKey));
    const opened = openOnionLayerWithKey(cipher, kp.secretKey, s1.ephemeralPublicKey, s1.ciphertext);
    expect(text(opened.plaintext)).toBe('{"method":"info"}');
    expect(toHex(opened.key)).toBe(toHex(s1.key));
    const reply = encryptWithKey(cipher, opened.key, utf8('ok'));
    expect(text(decryptWithKey(cipher, s1.key, reply))).toBe('ok');
  });

  it('a layer sealed with one cipher does not open with the other', () => {
    const kp = node();
    const s = sealOnionLayer('xchacha20', kp.publicKey, utf8('hello there, layer'));
    expectOnionError(
      () => openOnionLayer('aes-gcm', kp.secretKey, s.ephemeralPublicKey, s.ciphertext),
      'decrypt',
    );
  });

  it('rejects wrong key sizes and low-order points with code "key"', () => {
    const kp = node();
    expectOnionError(() => sealOnionLayer('aes-gcm', new Uint8Array(31), utf8('x')), 'key');
    expectOnionError(() => sealOnionLayer('aes-gcm', new Uint8Array(32), utf8('x')), 'key');
    expectOnionError(
      () => openOnionLayer('aes-gcm', kp.secretKey, new Uint8Array(32), new Uint8Array(40)),
      'key',
    );
    expectOnionError(() => encryptWithKey('aes-gcm', new Uint8Array(16), utf8('x')), 'key');
  });
});

describe('parseOnionCipher', () => {
  it('maps the documented names and rejects others', () => {
    expect(parseOnionCipher(undefined)).toBe('aes-gcm');
    expect(parseOnionCipher('aes-gcm')).toBe('aes-gcm');
    expect(parseOnionCipher('gcm')).toBe('aes-gcm');
    expect(parseOnionCipher('xchacha20')).toBe('xchacha20');
    expect(parseOnionCipher('xchacha20-poly1305')).toBe('xchacha20');
    expectOnionError(() => parseOnionCipher('aes-cbc'), 'enc-type');
    expectOnionError(() => parseOnionCipher(''), 'enc-type');
  });

  // Vectors: libsession tests/test_onionreq.cpp "Onion request encryption" (same keys as above).
  it('every exported function parses its cipher: aliases work, unknown names throw enc-type', () => {
    const A = fromHex('bbdfc83022d0aff084a6f0c529a93d1c4d728bf7e41199afed0e01ae70d20540');
    const b = fromHex('8fcd8ad3a15c76f76f1c56dff0c529999f8c59b4acda79e05666e54d5727dca1');
    const encGcm = fromHex('1eb6ae1cd72f60999486365749bd5dc15cc0b6a2a44d7d063daa5e93722f0c025fd00306403b61');
    const encX = fromHex(
      '9e1a3abe60eff3ea5c23556cc7e225b6f94355315f7281f66ecf4dbb06e7899a52b863e03cde3b287d1638d765db75de02b032',
    );
    expect(text(openOnionLayer('gcm', b, A, encGcm))).toBe('Hello world');
    expect(text(openOnionLayer('xchacha20-poly1305', b, A, encX))).toBe('Hello world');
    expect(onionCipherOverhead('gcm')).toBe(28);
    expect(onionCipherOverhead('xchacha20-poly1305')).toBe(40);

    const key = new Uint8Array(32).fill(7);
    const bogus = 'cbc' as unknown as OnionCipher;
    expectOnionError(() => onionCipherOverhead(bogus), 'enc-type');
    expectOnionError(() => onionSharedKey(bogus, b, A, 'server'), 'enc-type');
    expectOnionError(() => encryptWithKey(bogus, key, utf8('x')), 'enc-type');
    expectOnionError(() => decryptWithKey(bogus, key, encX), 'enc-type');
    expectOnionError(() => sealOnionLayer(bogus, A, utf8('x')), 'enc-type');
    expectOnionError(() => openOnionLayer(bogus, b, A, encX), 'enc-type');
    expectOnionError(() => openOnionLayerWithKey(bogus, b, A, encX), 'enc-type');
    // A string plaintext would be encrypted as its UTF-8 by node:crypto: refused instead.
    expectOnionError(() => encryptWithKey('aes-gcm', key, 'x' as unknown as Uint8Array), 'input');
    expectOnionError(() => sealOnionLayer('xchacha20', A, 'x' as unknown as Uint8Array), 'input');
  });
});

describe('fuzz: openOnionLayer only throws OnionError', () => {
  it('random ciphertexts and keys', () => {
    const kp = x25519KeyPair();
    fc.assert(
      fc.property(
        fc.constantFrom<OnionCipher>('aes-gcm', 'xchacha20'),
        fc.uint8Array({ minLength: 0, maxLength: 34 }),
        fc.uint8Array({ minLength: 0, maxLength: 200 }),
        (cipher, eph, ct) => {
          expectOnionError(() =>
            openOnionLayer(cipher, kp.secretKey, eph.length === 34 ? eph.subarray(0, 32) : eph, ct),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('mutated valid layers never open', () => {
    const kp = x25519KeyPair();
    const sealed = {
      'aes-gcm': sealOnionLayer('aes-gcm', kp.publicKey, utf8('payload for fuzzing')),
      xchacha20: sealOnionLayer('xchacha20', kp.publicKey, utf8('payload for fuzzing')),
    };
    fc.assert(
      fc.property(
        fc.constantFrom<OnionCipher>('aes-gcm', 'xchacha20'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (cipher, pos, flip) => {
          const s = sealed[cipher];
          const ct = s.ciphertext.slice();
          ct[pos % ct.length]! ^= flip;
          expectOnionError(() => openOnionLayer(cipher, kp.secretKey, s.ephemeralPublicKey, ct), 'decrypt');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('OpenSSL X25519 agrees with libsodium', () => {
  const hmacLoki = (shared: Uint8Array) => toHex(createHmac('sha256', 'LOKI').update(shared).digest());
  const xchachaRef = (shared: Uint8Array, clientPub: Uint8Array, serverPub: Uint8Array) =>
    toHex(backend().blake2b(32, [shared, clientPub, serverPub], undefined));

  it('node keys for any secret and any u-coordinate (high bit and non-canonical values included)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.boolean(),
        (secret, peer, realKey) => {
          const pub = realKey ? backend().scalarmultBase(peer) : peer;
          const shared = backend().scalarmult(secret, pub);
          if (!shared) {
            // libsodium refuses a low-order point: so must we.
            expectOnionError(() => onionSharedKey('aes-gcm', secret, pub, 'server'), 'key');
            return;
          }
          const ownPub = backend().scalarmultBase(secret);
          expect(toHex(onionSharedKey('aes-gcm', secret, pub, 'server'))).toBe(hmacLoki(shared));
          expect(toHex(onionSharedKey('xchacha20', secret, pub, 'server'))).toBe(
            xchachaRef(shared, pub, ownPub),
          );
          expect(toHex(onionSharedKey('xchacha20', secret, pub, 'client'))).toBe(
            xchachaRef(shared, ownPub, pub),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a sealed layer derives the key libsodium derives on the recipient side', () => {
    const kp = x25519KeyPair();
    for (const cipher of ['aes-gcm', 'xchacha20'] as const) {
      for (let i = 0; i < 20; i++) {
        const s = sealOnionLayer(cipher, kp.publicKey, utf8('x'));
        const shared = backend().scalarmult(kp.secretKey, s.ephemeralPublicKey)!;
        const expected =
          cipher === 'aes-gcm' ? hmacLoki(shared) : xchachaRef(shared, s.ephemeralPublicKey, kp.publicKey);
        expect(toHex(s.key)).toBe(expected);
      }
    }
  });

  it('a secret array reused for another secret is not served a stale cached key', () => {
    const one = x25519KeyPair();
    const two = x25519KeyPair();
    const peer = x25519KeyPair().publicKey;
    const buf = one.secretKey.slice();
    const first = onionSharedKey('xchacha20', buf, peer, 'server');
    buf.set(two.secretKey);
    const second = onionSharedKey('xchacha20', buf, peer, 'server');
    expect(toHex(first)).toBe(toHex(onionSharedKey('xchacha20', one.secretKey, peer, 'server')));
    expect(toHex(second)).toBe(toHex(onionSharedKey('xchacha20', two.secretKey, peer, 'server')));
    expect(toHex(second)).not.toBe(toHex(first));
  });
});
