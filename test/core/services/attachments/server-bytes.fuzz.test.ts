/**
 * Every parser of bytes a file server (or a pointer naming one) hands us, fed random and mutated
 * input in random pieces: only typed errors come out (AttachmentError, NetworkError), or a value
 * within bounds — never a crash, never an unchecked result.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../electron/core/crypto/bytes';
import {
  AttachmentError,
  LegacyDecryptor,
  LegacyEncryptor,
  LegacyVerifier,
} from '../../../../electron/core/crypto/attachment-stream';
import { DeterministicDecryptor } from '../../../../electron/core/crypto/deterministic-attachment';
import { encryptWithKey } from '../../../../electron/core/crypto/onion-cipher';
import {
  decryptProfilePicture,
  encryptProfilePicture,
  newProfileKey,
} from '../../../../electron/core/crypto/profile-cipher';
import { NetworkError } from '../../../../electron/core/network';
import { uploadedFile } from '../../../../electron/core/network/file-server';
import { V4ReplyReader } from '../../../../electron/core/network/onion-stream';
import { parseFileUrl } from '../../../../electron/core/protocol';
import {
  displayable,
  imageInfo,
  MAX_IMAGE_SIDE,
} from '../../../../electron/core/services/attachments/image-info';

/** Runs `fn`; a thrown value must be one of `types`. */
function onlyTyped(fn: () => unknown, ...types: (abstract new (...a: never[]) => Error)[]): void {
  try {
    fn();
  } catch (e) {
    expect(
      types.some((t) => e instanceof t),
      String(e),
    ).toBe(true);
  }
}

/** `data` cut at the given points (sorted, deduplicated): how a stream delivers it. */
function pieces(data: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of [...at, data.length]) {
    out.push(data.subarray(from, c));
    from = c;
  }
  return out.filter((p) => p.length > 0);
}

/** The bytes, a byte changed, or a prefix: what a broken server or path can send. */
function mutations(valid: Uint8Array) {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([pos, x]) => {
      const m = valid.slice();
      m[pos]! ^= x;
      return m;
    }),
    fc.nat({ max: valid.length - 1 }).map((n) => valid.subarray(0, n)),
    fc.constant(valid),
  );
}

const cuts = fc.array(fc.nat(), { maxLength: 6 });

function legacyBlob(plain: Uint8Array) {
  const enc = new LegacyEncryptor(plain.length);
  const head = enc.start();
  const body = enc.update(plain);
  const { tail, sealed } = enc.finish();
  return { blob: new Uint8Array(Buffer.concat([head, body, tail])), sealed };
}

describe('bytes from a file server', () => {
  it('legacy verify + decrypt, streamed: mutated blobs only fail with AttachmentError', () => {
    const plain = new Uint8Array(randomBytes(1_500));
    const { blob, sealed } = legacyBlob(plain);
    fc.assert(
      fc.property(mutations(blob), cuts, (input, at) => {
        const verifier = new LegacyVerifier(sealed.key, sealed.digest, sealed.size);
        const dec = new LegacyDecryptor(sealed.key, sealed.size);
        let out: Uint8Array | undefined;
        onlyTyped(() => {
          for (const p of pieces(input, at)) verifier.update(p);
          verifier.finish();
          const parts = pieces(input, at).map((p) => dec.update(p));
          out = new Uint8Array(Buffer.concat([...parts, dec.finish()]));
        }, AttachmentError);
        // Whatever passes every check is the file that was sent, byte for byte.
        if (out) expect(Buffer.from(out).equals(Buffer.from(plain))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('deterministic decrypt, streamed: random and truncated input only fail with AttachmentError', () => {
    const key = new Uint8Array(randomBytes(32));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), cuts, (input, at) => {
        const dec = new DeterministicDecryptor(key);
        onlyTyped(() => {
          for (const p of pieces(input, at)) dec.update(p);
          dec.finish();
          throw new Error('random bytes were accepted as an encrypted attachment');
        }, AttachmentError);
      }),
      { numRuns: 60 },
    );
  });

  it('profile pictures: mutated blobs only fail with AttachmentError', () => {
    const key = newProfileKey();
    const image = new Uint8Array(randomBytes(400));
    const blob = encryptProfilePicture(image, key);
    fc.assert(
      fc.property(mutations(blob), (input) => {
        let out: Uint8Array | undefined;
        onlyTyped(() => (out = decryptProfilePicture(input, key)), AttachmentError);
        if (out) expect(Buffer.from(out).equals(Buffer.from(image))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('v4 replies opened piece by piece: only NetworkError, and a body only from an intact reply', () => {
    const key = new Uint8Array(randomBytes(32));
    const body = utf8('file contents here');
    const meta = utf8(JSON.stringify({ code: 200, headers: {} }));
    const plain = Buffer.concat([utf8(`l${meta.length}:`), meta, utf8(`${body.length}:`), body, utf8('e')]);
    const sealed = encryptWithKey('aes-gcm', key, new Uint8Array(plain));
    const whole: Uint8Array[] = [];
    const intact = new V4ReplyReader(key, (p) => whole.push(p.slice()));
    intact.update(sealed);
    expect(intact.finish().code).toBe(200);
    expect(Buffer.concat(whole).toString()).toBe('file contents here');
    fc.assert(
      fc.property(mutations(sealed), cuts, (input, at) => {
        const got: Uint8Array[] = [];
        const reader = new V4ReplyReader(key, (p) => got.push(p.slice()));
        let done = false;
        onlyTyped(() => {
          for (const p of pieces(input, at)) reader.update(p);
          const r = reader.finish();
          expect(r.code).toBe(200);
          done = true;
        }, NetworkError);
        if (done) expect(Buffer.concat(got).equals(Buffer.from(body))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('upload replies: any code and body give an UploadedFile with an id, or a NetworkError', () => {
    const server = { url: 'http://127.0.0.1:1', ed25519: 'ab'.repeat(32), x25519: 'cd'.repeat(32) };
    const json = fc.oneof(
      fc.json().map((j) => utf8(j)),
      fc
        .record({ id: fc.oneof(fc.string(), fc.integer()), expires: fc.anything() })
        .map((o) => utf8(JSON.stringify(o))),
      fc.uint8Array({ maxLength: 64 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(200, 200, 200, 404, 413, 500, 0), json, (code, bytes) => {
        onlyTyped(() => {
          const up = uploadedFile({ code, headers: {}, body: bytes }, server, true);
          expect(up.id.length).toBeGreaterThan(0);
          expect(up.url.startsWith('http://127.0.0.1:1/file/')).toBe(true);
        }, NetworkError);
      }),
    );
  });

  it('image headers: random and forged sizes give bounded dimensions or nothing, never a throw', () => {
    const png = (w: number, h: number) => {
      const b = new Uint8Array(40);
      b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      new DataView(b.buffer).setUint32(16, w);
      new DataView(b.buffer).setUint32(20, h);
      return b;
    };
    const heads = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.tuple(fc.nat(), fc.nat()).map(([w, h]) => png(w, h)),
      fc.uint8Array({ maxLength: 100 }).map((tail) => new Uint8Array([0xff, 0xd8, ...tail])),
      fc.uint8Array({ maxLength: 100 }).map((tail) => new Uint8Array([...utf8('RIFF'), ...tail])),
      fc.uint8Array({ maxLength: 100 }).map((tail) => new Uint8Array([...utf8('GIF89a'), ...tail])),
    );
    fc.assert(
      fc.property(heads, (head) => {
        const info = imageInfo(head);
        if (!info) return;
        expect(Number.isSafeInteger(info.width) && Number.isSafeInteger(info.height)).toBe(true);
        if (displayable(info)) expect(Math.max(info.width, info.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
      }),
      { numRuns: 1_000 },
    );
    expect(displayable(imageInfo(png(100_000, 2))!)).toBe(false);
  });

  it('pointer URLs: anything yields a location with a plain file id, or nothing', () => {
    const urls = fc.oneof(
      fc.string(),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.tuple(fc.string(), fc.string()).map(([id, frag]) => `http://files.example/file/${id}#${frag}`),
    );
    fc.assert(
      fc.property(urls, (url) => {
        const loc = parseFileUrl(url);
        if (!loc) return;
        expect(loc.fileId).toMatch(/^[A-Za-z0-9._~-]{1,256}$/);
        expect(loc.origin).toMatch(/^https?:\/\/[^/]+$/);
      }),
      { numRuns: 1_000 },
    );
  });
});
