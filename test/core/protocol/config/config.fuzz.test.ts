import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { encodeBt } from '../../../../electron/core/protocol/bencode';
import { ConfigError } from '../../../../electron/core/protocol/config/config-error';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { configDecrypt, configEncrypt, padPrefix } from '../../../../electron/core/protocol/config/encrypt';
import { unwrapLegacyConfig } from '../../../../electron/core/protocol/config/legacy-wrap';
import { parseMessage } from '../../../../electron/core/protocol/config/message';
import { parseMultipartPart, splitMultipart } from '../../../../electron/core/protocol/config/multipart';
import { zstdCompress, zstdDecompress } from '../../../../electron/core/protocol/config/zstd';
import { b, NOW, readyAll, USER_SEED } from './helpers';

/**
 * Every decoder of outside bytes fails only with ConfigError and leaves the config as it was:
 * random bytes, and valid inputs with bytes flipped, inserted, dropped or cut short.
 */

let me: Identity;
let filled: Contacts;
let validPush: Uint8Array;
let validMessage: Uint8Array;
let validDump: Uint8Array;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(USER_SEED);
  filled = new Contacts(me, { clock: () => NOW });
  filled.set(`05${'12'.repeat(32)}`, { name: 'Fuzz', nickname: 'Me', approved: true });
  validPush = filled.push().messages[0]!;
  validMessage = b(
    'd1:#i3e1:&d1:cd1:xd1:ni7eee1:nli1e3:abcee1:<lli1e32:',
    new Uint8Array(32),
    'd1:n1:-eee1:=d1:n1:-ee',
  );
  validDump = filled.dump();
  // The seeds of the mutations are themselves valid.
  expect(parseMessage(validMessage, { lag: 5 }).seqno).toBe(3n);
  expect(unwrapLegacyConfig(me, validPush, 3).length).toBe(256);
  expect(new Contacts(me, { clock: () => NOW, dump: validDump }).get(`05${'12'.repeat(32)}`)?.name).toBe(
    'Fuzz',
  );
});

/** A valid input with one mutation applied (flip, insert, drop, truncate). */
function mutated(valid: () => Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record({ kind: fc.nat(3), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) })
    .map(({ kind, at, byte }) => {
      const v = valid();
      const i = at % (v.length + 1);
      if (kind === 0 && v.length > 0) {
        const out = v.slice();
        const j = i % v.length;
        out[j] = out[j]! ^ (byte || 1);
        return out;
      }
      if (kind === 1) return b(v.subarray(0, i), Uint8Array.of(byte), v.subarray(i));
      if (kind === 2) return b(v.subarray(0, i), v.subarray(i + 1));
      return v.subarray(0, i);
    });
}

const anyBytes = fc.uint8Array({ maxLength: 300 });

function onlyConfigErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
  }
}

function snapshot(c: Contacts): string {
  return JSON.stringify([
    c.seqno.toString(),
    c.needsPush,
    c.needsDump,
    c.currentHashes(),
    c.activeHashes(),
    toHex(encodeBt(c.state.data)),
  ]);
}

describe('config decoders under fuzzing', () => {
  it('parses messages or throws ConfigError', () => {
    for (const input of [
      anyBytes,
      mutated(() => validMessage),
      fc.uint8Array().map((x) => b('d1:#i1e', x)),
    ]) {
      fc.assert(
        fc.property(input, (bytes) => onlyConfigErrors(() => parseMessage(bytes, { lag: 5 }))),
        {
          numRuns: 300,
        },
      );
    }
  });

  it('decrypts, unwraps, inflates and reads parts or throws ConfigError', () => {
    const frame = zstdCompress(b('d1:#i1e1:&de1:<le1:=dee'.repeat(20)), 1);
    const part = splitMultipart(new Uint8Array(200_000).fill(7)).parts[1]!;
    fc.assert(
      fc.property(
        fc.oneof(
          anyBytes,
          mutated(() => validPush),
        ),
        (bytes) => {
          onlyConfigErrors(() => configDecrypt(bytes, USER_SEED, 'Contacts'));
          onlyConfigErrors(() => unwrapLegacyConfig(me, bytes, 3));
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anyBytes,
          mutated(() => frame),
        ),
        (bytes) => onlyConfigErrors(() => zstdDecompress(bytes, 100_000)),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anyBytes.map((x) => b('m', x)),
          mutated(() => part),
        ),
        (bytes) => onlyConfigErrors(() => parseMultipartPart(bytes)),
      ),
      { numRuns: 300 },
    );
  });

  it('merges garbage without changing anything', () => {
    const encrypted = (prefix: string): fc.Arbitrary<Uint8Array> =>
      anyBytes.map((x) => configEncrypt(padPrefix(b(prefix, x)), USER_SEED, 'Contacts'));
    const inputs = fc.oneof(
      anyBytes,
      mutated(() => validPush),
      encrypted('d'),
      encrypted('z'),
      encrypted('m'),
      mutated(() => configEncrypt(padPrefix(validMessage), USER_SEED, 'Contacts')),
    );
    fc.assert(
      fc.property(fc.array(inputs, { minLength: 1, maxLength: 3 }), (datas) => {
        const before = snapshot(filled);
        const accepted = filled.merge(datas.map((data, i) => ({ hash: `x${i}`, data })));
        if (accepted.length === 0) expect(snapshot(filled)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('loads dumps or throws ConfigError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyBytes,
          mutated(() => validDump),
        ),
        (bytes) => onlyConfigErrors(() => new Contacts(me, { clock: () => NOW, dump: bytes })),
      ),
      { numRuns: 300 },
    );
  });
});
