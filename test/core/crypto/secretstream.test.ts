import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../electron/core/crypto/bytes';
import { randomBytes } from '../../../electron/core/crypto/random';
import {
  createStreamDecryptor,
  createStreamEncryptor,
  SECRETSTREAM_ABYTES,
  SecretstreamError,
} from '../../../electron/core/crypto/secretstream';
import { ready } from '../../../electron/core/crypto/sodium';

beforeAll(async () => {
  await ready();
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SecretstreamError);
    return (e as SecretstreamError).code;
  }
  return undefined;
}

/** A key, its header, and the chunks of `parts` (the last one final). */
function sealed(parts: readonly Uint8Array[], ad?: Uint8Array) {
  const key = randomBytes(32);
  const enc = createStreamEncryptor(key);
  const chunks = parts.map((p, i) => enc.push(p, { final: i === parts.length - 1, associatedData: ad }));
  return { key, header: enc.header, chunks };
}

const PARTS = [utf8('first chunk'), new Uint8Array(0), randomBytes(5000), utf8('the end')];

describe('secretstream', () => {
  it('round-trips chunks of any size; each is 17 bytes longer; the last is final', () => {
    const { key, header, chunks } = sealed(PARTS);
    expect(header.length).toBe(24);
    chunks.forEach((c, i) => expect(c.length).toBe(PARTS[i]!.length + SECRETSTREAM_ABYTES));
    const dec = createStreamDecryptor(key, header);
    const out = chunks.map((c) => dec.pull(c));
    expect(out.map((o) => o.message)).toEqual(PARTS);
    expect(out.map((o) => o.final)).toEqual([false, false, false, true]);
    expect(dec.finished).toBe(true);
  });

  it('the same key never gives the same stream twice (fresh header)', () => {
    const key = randomBytes(32);
    const a = createStreamEncryptor(key);
    const b = createStreamEncryptor(key);
    expect(a.header).not.toEqual(b.header);
    expect(a.push(utf8('x'))).not.toEqual(b.push(utf8('x')));
  });

  it('refuses reordered, dropped, altered and foreign chunks, and wrong associated data', () => {
    const ad = utf8('file 7');
    const { key, header, chunks } = sealed(PARTS, ad);
    expect(code(() => createStreamDecryptor(key, header).pull(chunks[1]!, ad))).toBe('decrypt');
    const altered = chunks[0]!.slice();
    altered[3]! ^= 1;
    expect(code(() => createStreamDecryptor(key, header).pull(altered, ad))).toBe('decrypt');
    expect(code(() => createStreamDecryptor(randomBytes(32), header).pull(chunks[0]!, ad))).toBe('decrypt');
    expect(code(() => createStreamDecryptor(key, randomBytes(24)).pull(chunks[0]!, ad))).toBe('decrypt');
    expect(code(() => createStreamDecryptor(key, header).pull(chunks[0]!))).toBe('decrypt');
    expect(code(() => createStreamDecryptor(key, header).pull(chunks[0]!.subarray(0, 16), ad))).toBe(
      'decrypt',
    );
    // A failed chunk leaves the stream where it was: the genuine one still opens.
    const dec = createStreamDecryptor(key, header);
    expect(code(() => dec.pull(altered, ad))).toBe('decrypt');
    expect(dec.pull(chunks[0]!, ad).message).toEqual(PARTS[0]);
  });

  it('a stream cut short is visible: finished stays false', () => {
    const { key, header, chunks } = sealed(PARTS);
    const dec = createStreamDecryptor(key, header);
    for (const c of chunks.slice(0, -1)) dec.pull(c);
    expect(dec.finished).toBe(false);
  });

  it('nothing goes in or out after the final chunk', () => {
    const key = randomBytes(32);
    const enc = createStreamEncryptor(key);
    const last = enc.push(utf8('only'), { final: true });
    expect(code(() => enc.push(utf8('more')))).toBe('after-final');
    const dec = createStreamDecryptor(key, enc.header);
    expect(dec.pull(last).final).toBe(true);
    expect(code(() => dec.pull(last))).toBe('after-final');
  });

  it('refuses wrong keys, headers and non-byte input with SecretstreamError("input")', () => {
    const key = randomBytes(32);
    expect(code(() => createStreamEncryptor(randomBytes(31)))).toBe('input');
    expect(code(() => createStreamEncryptor('k' as unknown as Uint8Array))).toBe('input');
    expect(code(() => createStreamDecryptor(key, randomBytes(23)))).toBe('input');
    expect(code(() => createStreamEncryptor(key).push('text' as unknown as Uint8Array))).toBe('input');
    const dec = createStreamDecryptor(key, randomBytes(24));
    expect(code(() => dec.pull([1, 2, 3] as unknown as Uint8Array))).toBe('input');
  });

  it('fuzz: arbitrary chunks only ever raise SecretstreamError', () => {
    const { key, header } = sealed([utf8('x')]);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 4 }), (junk) => {
        const dec = createStreamDecryptor(key, header);
        for (const j of junk) expect(code(() => dec.pull(j))).toBe('decrypt');
      }),
      { numRuns: 300 },
    );
  });
});
