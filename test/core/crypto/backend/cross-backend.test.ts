import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SECRETSTREAM_TAGS, type CryptoBackend } from '../../../../electron/core/crypto/backend/backend';
import { loadNativeBackend } from '../../../../electron/core/crypto/backend/native';
import { loadWasmBackend } from '../../../../electron/core/crypto/backend/wasm';
import { toHex, utf8 } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import {
  decryptFromSender,
  encryptForRecipient,
  encryptForRecipientDeterministic,
} from '../../../../electron/core/crypto/session-box';
import { ready, useCryptoBackend } from '../../../../electron/core/crypto/sodium';
import { unwrapOneToOne, wrapOneToOne, encodeContent } from '../../../../electron/core/protocol/index';

/**
 * Bytes made by one backend are accepted by the other, and the deterministic primitives give equal
 * bytes: sodium-native and libsodium-wrappers-sumo are the same libsodium, so a user whose machine
 * falls back to wasm (or moves between machines) reads everything the other wrote.
 */
let native: CryptoBackend;
let wasm: CryptoBackend;
let pairs: (readonly [CryptoBackend, CryptoBackend])[];

beforeAll(async () => {
  await ready();
  [native, wasm] = await Promise.all([loadNativeBackend(), loadWasmBackend()]);
  pairs = [
    [native, wasm],
    [wasm, native],
  ];
});

afterEach(() => useCryptoBackend(native));

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const RUNS = { numRuns: 60 };
const hex = (b: Uint8Array | undefined) => (b === undefined ? 'none' : toHex(b));

describe('one backend opens what the other made', () => {
  it('crypto_box_seal ↔ seal_open', () => {
    for (const [a, b] of pairs) {
      const kp = a.boxSeedKeypair(new Uint8Array(32).fill(9));
      const msg = utf8('sealed for the other side');
      expect(b.boxSealOpen(a.boxSeal(msg, kp.publicKey), kp.publicKey, kp.secretKey)).toEqual(msg);
    }
  });

  it('Ed25519 sign ↔ verify (and the signatures are identical: Ed25519 is deterministic)', () => {
    fc.assert(
      fc.property(bytes(32), fc.uint8Array({ maxLength: 300 }), (seed, msg) => {
        const kpN = native.signSeedKeypair(seed);
        expect(wasm.signSeedKeypair(seed)).toEqual(kpN);
        const sigN = native.signDetached(msg, kpN.secretKey);
        expect(toHex(wasm.signDetached(msg, kpN.secretKey))).toBe(toHex(sigN));
        expect(wasm.verifyDetached(sigN, msg, kpN.publicKey)).toBe(true);
        expect(native.verifyDetached(sigN, msg, kpN.publicKey)).toBe(true);
      }),
      RUNS,
    );
  });

  it('XChaCha20-Poly1305 AEAD: equal ciphertexts, each opens the other', () => {
    fc.assert(
      fc.property(
        bytes(32),
        bytes(24),
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 20 }),
        (k, n, m, ad) => {
          const c = native.xchachaEncrypt(m, ad, n, k);
          expect(toHex(wasm.xchachaEncrypt(m, ad, n, k))).toBe(toHex(c));
          expect(wasm.xchachaDecrypt(c, ad, n, k)).toEqual(m);
          const bad = c.slice();
          bad[0]! ^= 1;
          expect(native.xchachaDecrypt(bad, ad, n, k)).toBeUndefined();
          expect(wasm.xchachaDecrypt(bad, ad, n, k)).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('secretstream push ↔ pull, tags and associated data included', () => {
    for (const [a, b] of pairs) {
      const key = new Uint8Array(32).fill(3);
      const { header, stream } = a.secretstreamPush(key);
      const ad = utf8('backup v1');
      const parts = [utf8('one'), new Uint8Array(4096).fill(7), utf8('last')];
      const tags = [SECRETSTREAM_TAGS.message, SECRETSTREAM_TAGS.rekey, SECRETSTREAM_TAGS.final] as const;
      const chunks = parts.map((p, i) => stream.push(p, tags[i]!, ad));
      const pull = b.secretstreamPull(header, key);
      expect(pull.pull(chunks[1]!, ad)).toBeUndefined();
      expect(chunks.map((c) => pull.pull(c, ad))).toEqual(
        parts.map((message, i) => ({ message, tag: tags[i] })),
      );
    }
  });

  it("Session's signed sealed box (random and deterministic) and a whole 1:1 message", () => {
    const alice = identityFromSeed('0123456789abcdef0123456789abcdef');
    const bob = identityFromSeed('00112233445566778899aabbccddeeff');
    const content = encodeContent({
      dataMessage: { body: 'across backends' },
      sigTimestamp: 1_700_000_000_000,
    });
    const made = new Map<string, Uint8Array>();
    for (const [a, b] of pairs) {
      useCryptoBackend(a);
      const box = encryptForRecipient(alice, bob.sessionId, utf8('hi'));
      const det = encryptForRecipientDeterministic(alice, bob.sessionId, utf8('hi'));
      const wire = wrapOneToOne(alice, bob.sessionId, content, 1_700_000_000_000);
      made.set(a.name, det);
      useCryptoBackend(b);
      expect(decryptFromSender(bob, box).plaintext).toEqual(utf8('hi'));
      expect(decryptFromSender(bob, det).senderSessionId).toBe(alice.sessionId);
      expect(unwrapOneToOne(bob, wire).senderSessionId).toBe(alice.sessionId);
    }
    expect(toHex(made.get('wasm')!)).toBe(toHex(made.get('native')!));
  });
});

describe('equal results for equal inputs', () => {
  it('Argon2id (crypto_pwhash)', async () => {
    const salt = new Uint8Array(16).fill(5);
    for (const [password, ops, mem] of [
      [utf8('correct horse'), 1, 8192],
      [utf8('pässwörd'), 3, 1 << 20],
      [new Uint8Array(0), 2, 64 << 10],
    ] as const) {
      const [n, w] = await Promise.all([
        native.argon2id(32, password, salt, ops, mem),
        wasm.argon2id(32, password, salt, ops, mem),
      ]);
      expect(toHex(n)).toBe(toHex(w));
    }
  });

  it('scalar arithmetic mod L, including unreduced inputs', () => {
    fc.assert(
      fc.property(bytes(32), bytes(32), bytes(64), (x, y, wide) => {
        expect(hex(native.scalarMul(x, y))).toBe(hex(wasm.scalarMul(x, y)));
        expect(hex(native.scalarAdd(x, y))).toBe(hex(wasm.scalarAdd(x, y)));
        expect(hex(native.scalarNegate(x))).toBe(hex(wasm.scalarNegate(x)));
        expect(hex(native.scalarReduce(wide))).toBe(hex(wasm.scalarReduce(wide)));
      }),
      { numRuns: 300 },
    );
    const top = new Uint8Array(32).fill(0xff);
    expect(hex(native.scalarMul(top, top))).toBe(hex(wasm.scalarMul(top, top)));
  });

  it('point operations and X25519, failures included (random bytes are mostly not points)', () => {
    fc.assert(
      fc.property(bytes(32), bytes(32), fc.boolean(), (s, p, onCurve) => {
        const point = onCurve ? native.baseMul(native.scalarReduce(new Uint8Array([...p, ...p])))! : p;
        expect(hex(native.baseMul(s))).toBe(hex(wasm.baseMul(s)));
        expect(hex(native.pointMul(s, point))).toBe(hex(wasm.pointMul(s, point)));
        expect(hex(native.pointAdd(point, p))).toBe(hex(wasm.pointAdd(point, p)));
        expect(hex(native.scalarmult(s, p))).toBe(hex(wasm.scalarmult(s, p)));
        expect(hex(native.scalarmultBase(s))).toBe(hex(wasm.scalarmultBase(s)));
        expect(hex(native.ed25519PkToX25519(point))).toBe(hex(wasm.ed25519PkToX25519(point)));
      }),
      RUNS,
    );
    // Small-order X25519 keys are refused by both.
    expect(native.scalarmult(new Uint8Array(32).fill(1), new Uint8Array(32))).toBeUndefined();
    expect(wasm.scalarmult(new Uint8Array(32).fill(1), new Uint8Array(32))).toBeUndefined();
  });

  it('BLAKE2b of every output and key length, one part or several; SHA-512', () => {
    const msg = utf8('The quick brown fox jumps over the lazy dog');
    const parts = [msg.subarray(0, 4), msg.subarray(4, 4), msg.subarray(4)];
    for (let out = 1; out <= 64; out++) {
      for (const keyLength of [0, 1, 15, 16, 64]) {
        const key = keyLength === 0 ? undefined : new Uint8Array(keyLength).fill(out);
        const one = hex(native.blake2b(out, [msg], key));
        expect(hex(wasm.blake2b(out, [msg], key))).toBe(one);
        expect(hex(native.blake2b(out, parts, key))).toBe(one);
        expect(hex(wasm.blake2b(out, parts, key))).toBe(one);
      }
    }
    expect(hex(native.sha512(parts))).toBe(hex(wasm.sha512([msg])));
  });

  it('key conversions, deterministic seal parts, the deterministic stream and memzero', () => {
    fc.assert(
      fc.property(bytes(32), bytes(24), (seed, nonce) => {
        const ed = native.signSeedKeypair(seed);
        expect(hex(native.ed25519SkToX25519(ed.secretKey))).toBe(hex(wasm.ed25519SkToX25519(ed.secretKey)));
        const box = native.boxSeedKeypair(seed);
        expect(wasm.boxSeedKeypair(seed)).toEqual(box);
        const m = utf8('m');
        expect(hex(native.boxEasy(m, nonce, box.publicKey, box.secretKey))).toBe(
          hex(wasm.boxEasy(m, nonce, box.publicKey, box.secretKey)),
        );
        expect(hex(native.deterministicRandomBytes(77, seed))).toBe(
          hex(wasm.deterministicRandomBytes(77, seed)),
        );
      }),
      RUNS,
    );
    for (const b of [native, wasm]) {
      const secret = new Uint8Array(16).fill(1);
      b.memzero(secret);
      expect(secret).toEqual(new Uint8Array(16));
    }
  });

  it('the same libsodium limits, except the wasm heap ceiling', () => {
    const { memlimitMax: nativeMax, ...nativeRest } = native.pwhashLimits;
    const { memlimitMax: wasmMax, ...wasmRest } = wasm.pwhashLimits;
    expect(nativeRest).toEqual(wasmRest);
    expect(wasmMax).toBe(2 ** 31);
    expect(nativeMax).toBeGreaterThan(wasmMax);
  });
});
