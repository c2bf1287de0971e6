import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatBytes, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import {
  AttachmentError,
  MAX_ATTACHMENT_BYTES,
  decryptAttachment,
  encryptAttachment,
  paddedAttachmentSize,
} from '../../../electron/core/crypto/attachment-cipher';

function attachmentCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AttachmentError);
    return (e as AttachmentError).code;
  }
  throw new Error('expected an AttachmentError');
}

/** Builds a blob the way desktop does, with WebCrypto (independent of the code under test). */
async function webCryptoBlob(plain: Uint8Array, keys: Uint8Array, iv: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const aes = await subtle.importKey('raw', keys.slice(0, 32), { name: 'AES-CBC' }, false, ['encrypt']);
  const ct = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv: iv.slice() }, aes, plain.slice()));
  const hmacKey = await subtle.importKey('raw', keys.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await subtle.sign('HMAC', hmacKey, concatBytes(iv, ct)));
  return concatBytes(iv, ct, mac);
}

const sha256 = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());

describe('attachment padding (session-desktop ts/test/session/unit/padding/Padding_test.ts)', () => {
  it('pads small attachments to 541', () => {
    expect(paddedAttachmentSize(10)).toBe(541);
    expect(paddedAttachmentSize(0)).toBe(541);
    expect(paddedAttachmentSize(541)).toBe(541);
  });

  it('caps at exactly 10,000,000 when the data fits, not beyond', () => {
    expect(paddedAttachmentSize(MAX_ATTACHMENT_BYTES)).toBe(MAX_ATTACHMENT_BYTES);
    expect(paddedAttachmentSize(MAX_ATTACHMENT_BYTES - 1)).toBe(MAX_ATTACHMENT_BYTES);
    const over = MAX_ATTACHMENT_BYTES + 1;
    expect(paddedAttachmentSize(over)).toBe(Math.floor(1.05 ** Math.ceil(Math.log(over) / Math.log(1.05))));
  });

  it('grows by steps of 5% and never shrinks data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000_000 }), (n) => {
        const p = paddedAttachmentSize(n);
        expect(p).toBeGreaterThanOrEqual(n);
        if (n > 541 && n <= MAX_ATTACHMENT_BYTES) expect(p).toBeLessThanOrEqual(Math.ceil(n * 1.05) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('legacy attachment encryption', () => {
  it('decrypts a blob built with WebCrypto like desktop (fixed key and iv)', async () => {
    const keys = new Uint8Array(64).map((_, i) => i);
    const iv = new Uint8Array(16).map((_, i) => 0xf0 + i);
    const plain = utf8('a tiny attachment');
    const padded = new Uint8Array(paddedAttachmentSize(plain.length));
    padded.set(plain);
    const blob = await webCryptoBlob(padded, keys, iv);
    expect(blob.length).toBe(16 + 544 + 32);
    const out = decryptAttachment(blob, keys, sha256(blob), plain.length);
    expect(new TextDecoder().decode(out)).toBe('a tiny attachment');
  });

  it('round-trips padded and unpadded, with the documented layout', () => {
    const plain = randomBytes(1000);
    const padded = encryptAttachment(plain);
    expect(padded.size).toBe(1000);
    expect(padded.key.length).toBe(64);
    expect(padded.digest.length).toBe(32);
    const paddedLen = paddedAttachmentSize(1000);
    expect(padded.blob.length).toBe(16 + (Math.floor(paddedLen / 16) + 1) * 16 + 32);
    expect(toHex(padded.digest)).toBe(toHex(sha256(padded.blob)));
    const mac = createHmac('sha256', padded.key.subarray(32)).update(padded.blob.subarray(0, -32)).digest();
    expect(toHex(padded.blob.subarray(-32))).toBe(mac.toString('hex'));
    expect(toHex(decryptAttachment(padded.blob, padded.key, padded.digest, padded.size))).toBe(toHex(plain));

    const raw = encryptAttachment(plain, { pad: false });
    expect(raw.blob.length).toBe(16 + 1008 + 32);
    expect(toHex(decryptAttachment(raw.blob, raw.key, raw.digest, raw.size))).toBe(toHex(plain));
  });

  it('fails with typed codes, checking MAC and digest before decrypting', () => {
    const e = encryptAttachment(utf8('hello attachment'));
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key.subarray(0, 32), e.digest, e.size))).toBe(
      'key',
    );
    expect(attachmentCode(() => decryptAttachment(e.blob.subarray(0, 47), e.key, e.digest, e.size))).toBe(
      'too-short',
    );
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, undefined, e.size))).toBe('digest-missing');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, new Uint8Array(0), e.size))).toBe(
      'digest-missing',
    );
    const badDigest = e.digest.slice();
    badDigest[0]! ^= 1;
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, badDigest, e.size))).toBe('digest');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, e.digest.subarray(0, 31), e.size))).toBe(
      'digest',
    );
    const tampered = e.blob.slice();
    tampered[20]! ^= 1;
    expect(attachmentCode(() => decryptAttachment(tampered, e.key, sha256(tampered), e.size))).toBe('mac');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, e.digest, 100_000))).toBe('size');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, e.digest, -1))).toBe('size');
  });

  it('reports "decrypt" when an authentic blob has broken CBC padding', () => {
    const keys = randomBytes(64);
    const iv = randomBytes(16);
    // A ciphertext not produced by AES-CBC/PKCS#7, but correctly MACed: only the decrypt step can fail.
    for (const ct of [randomBytes(32), randomBytes(15), new Uint8Array(0)]) {
      const mac = createHmac('sha256', keys.subarray(32)).update(iv).update(ct).digest();
      const blob = concatBytes(iv, ct, mac);
      const c = attachmentCode(() => decryptAttachment(blob, keys, sha256(blob), 1));
      expect(['decrypt']).toContain(c);
    }
  });

  // session-desktop's attachment decryption: "expected size is 0" is refused outright, and the MAC
  // is verified before the digest's presence is ("Bad MAC" wins over "ask sender to update").
  it('refuses a declared size of 0 and checks the MAC before a missing digest, as desktop', () => {
    const e = encryptAttachment(utf8('hello attachment'));
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, e.digest, 0))).toBe('size');
    const badMac = e.blob.slice();
    badMac[20]! ^= 1;
    expect(attachmentCode(() => decryptAttachment(badMac, e.key, undefined, e.size))).toBe('mac');
    expect(attachmentCode(() => decryptAttachment(badMac, e.key, null, e.size))).toBe('mac');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, undefined, e.size))).toBe('digest-missing');
  });

  it('refuses non-byte inputs with AttachmentError', () => {
    const e = encryptAttachment(utf8('x'));
    expect(attachmentCode(() => encryptAttachment('text' as unknown as Uint8Array))).toBe('input');
    const hexDigest = toHex(e.digest) as unknown as Uint8Array;
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, hexDigest, e.size))).toBe('digest');
    expect(attachmentCode(() => decryptAttachment(e.blob, e.key, e.digest, 1n as unknown as number))).toBe(
      'size',
    );
  });

  it('refuses oversized blobs and plaintexts', () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 100);
    expect(attachmentCode(() => decryptAttachment(big, new Uint8Array(64), new Uint8Array(32), 0))).toBe(
      'size',
    );
    expect(attachmentCode(() => encryptAttachment(new Uint8Array(MAX_ATTACHMENT_BYTES + 1)))).toBe('size');
  });

  it('fuzz: random and mutated blobs only throw AttachmentError', () => {
    const e = encryptAttachment(utf8('fuzzing target contents'));
    const blobs = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([pos, v]) => {
        const m = e.blob.slice();
        m[pos % m.length]! ^= v;
        return m;
      }),
      fc.nat({ max: e.blob.length - 1 }).map((n) => e.blob.subarray(0, n)),
    );
    fc.assert(
      fc.property(
        blobs,
        fc.oneof(fc.constant(e.key), fc.uint8Array({ minLength: 0, maxLength: 70 })),
        fc.oneof(fc.constant(e.digest), fc.uint8Array({ maxLength: 40 }), fc.constant(undefined)),
        fc.oneof(fc.constant(e.size), fc.integer({ min: -5, max: 1000 })),
        (blob, key, digest, size) => {
          expect(attachmentCode(() => decryptAttachment(blob, key, digest, size))).toBeTypeOf('string');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
