import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBase64, utf8 } from '../../../electron/core/crypto/bytes';
import { randomBytes } from '../../../electron/core/crypto/random';
import { ready } from '../../../electron/core/crypto/sodium';
import { OnionError, encryptWithKey, type OnionCipher } from '../../../electron/core/crypto/onion-cipher';
import {
  decodeSnodeOnionResponse,
  encodeSnodeOnionResponse,
} from '../../../electron/core/protocol/onion-response';

let key: Uint8Array;

beforeAll(async () => {
  await ready();
  key = randomBytes(32);
});

function onionCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OnionError);
    return (e as OnionError).code;
  }
  throw new Error('expected an OnionError');
}

describe('snode onion response', () => {
  it.each(['aes-gcm', 'xchacha20'] as const)(
    '%s round trip; body is the double-encoded RPC JSON',
    (cipher) => {
      const rpc = JSON.stringify({ results: [{ code: 200, body: { t: 1 } }] });
      const text = encodeSnodeOnionResponse(cipher, key, 200, rpc);
      expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const r = decodeSnodeOnionResponse(cipher, key, text);
      expect(r).toEqual({ status: 200, body: rpc });
      expect(JSON.parse(r.body)).toEqual({ results: [{ code: 200, body: { t: 1 } }] });
    },
  );

  it('accepts the legacy {"result": b64} wrapping and status_code', () => {
    const inner = encryptWithKey('aes-gcm', key, utf8('{"status_code":421,"body":"{\\"snodes\\":[]}"}'));
    const wrapped = JSON.stringify({ result: toBase64(inner) });
    expect(decodeSnodeOnionResponse('aes-gcm', key, wrapped)).toEqual({ status: 421, body: '{"snodes":[]}' });
  });

  // session-desktop reads `status_code || status`: a status_code of 0 falls through to status.
  it('reads status_code || status as desktop does', () => {
    const inner = encryptWithKey('aes-gcm', key, utf8('{"status_code":0,"status":200,"body":"x"}'));
    expect(decodeSnodeOnionResponse('aes-gcm', key, toBase64(inner))).toEqual({ status: 200, body: 'x' });
  });

  it('hands an embedded-JSON body ("json": true) back as text', () => {
    const inner = encryptWithKey('aes-gcm', key, utf8('{"status":200,"body":{"hf":[19,3]}}'));
    expect(decodeSnodeOnionResponse('aes-gcm', key, toBase64(inner))).toEqual({
      status: 200,
      body: '{"hf":[19,3]}',
    });
  });

  it('rejects bad input with typed codes', () => {
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, 'Next node not found: abc'))).toBe(
      'response',
    );
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, '{"nope":1}'))).toBe('response');
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, '{bad json'))).toBe('response');
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, toBase64(new Uint8Array(40))))).toBe(
      'decrypt',
    );
    const other = randomBytes(32);
    const text = encodeSnodeOnionResponse('aes-gcm', key, 200, 'x');
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', other, text))).toBe('decrypt');
    expect(onionCode(() => decodeSnodeOnionResponse('xchacha20', key, text))).toBe('decrypt');
    const noStatus = toBase64(encryptWithKey('aes-gcm', key, utf8('{"body":"x"}')));
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, noStatus))).toBe('response');
    const array = toBase64(encryptWithKey('aes-gcm', key, utf8('[200]')));
    expect(onionCode(() => decodeSnodeOnionResponse('aes-gcm', key, array))).toBe('response');
  });

  it('fuzz: random text, and well-encrypted random plaintexts, only throw OnionError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OnionCipher>('aes-gcm', 'xchacha20'),
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.uint8Array({ maxLength: 80 }).map(toBase64),
          fc.string().map((s) => JSON.stringify({ result: s })),
        ),
        (cipher, text) => {
          try {
            decodeSnodeOnionResponse(cipher, key, text);
          } catch (e) {
            expect(e).toBeInstanceOf(OnionError);
          }
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        ),
        (plain) => {
          const text = toBase64(encryptWithKey('aes-gcm', key, utf8(plain)));
          try {
            const r = decodeSnodeOnionResponse('aes-gcm', key, text);
            expect(Number.isInteger(r.status)).toBe(true);
            expect(typeof r.body).toBe('string');
          } catch (e) {
            expect(e).toBeInstanceOf(OnionError);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
