import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import {
  configDecrypt,
  configEncrypt,
  paddedSize,
  padPrefix,
  stripPrefix,
} from '../../../../electron/core/protocol/config/encrypt';
import {
  zstdCompress,
  zstdDecompress,
  zstdFrameContentSize,
} from '../../../../electron/core/protocol/config/zstd';
import { b, hex, readyAll } from './helpers';

/**
 * Vectors from libsession-util (GPL-3.0) `tests/test_encrypt.cpp` (encryption, nonces,
 * padded_size) and `tests/test_compression.cpp` (zstd frames at levels 1 and 5), PR #11 head.
 */

beforeAll(async () => {
  await readyAll();
});

describe('config encryption (test_encrypt.cpp)', () => {
  const message = b('some message 1');
  const key1 = hex('abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789');
  const key2 = hex('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');

  it('encrypts deterministically with the nonce appended', () => {
    const enc1 = configEncrypt(message, key1, 'test-suite1');
    expect(toHex(enc1)).toBe(
      'f14f242a26638f3305707d1035e734577f943cd7d28af58e32637e0966dcaf2f4860cb4d0f8ba7e09d29e31f5e4a18f65847287a54a0',
    );
    const enc2 = configEncrypt(message, key1, 'test-suite2');
    const enc3 = configEncrypt(message, key2, 'test-suite1');
    expect(toHex(enc1.subarray(-24))).toBe('af2f4860cb4d0f8ba7e09d29e31f5e4a18f65847287a54a0');
    expect(toHex(enc2.subarray(-24))).toBe('277e639d36ba46470dfff509a68cb73d9a96386c51739bdd');
    expect(toHex(enc3.subarray(-24))).toBe(toHex(enc1.subarray(-24)));
    expect(toHex(enc3)).not.toBe(toHex(enc1));
    expect(configDecrypt(enc1, key1, 'test-suite1')).toEqual(message);
    expect(() => configDecrypt(enc1, key1, 'test-suite2')).toThrow(
      expect.objectContaining({ code: 'decrypt' }),
    );
    expect(() => configDecrypt(enc1, key2, 'test-suite1')).toThrow(
      expect.objectContaining({ code: 'decrypt' }),
    );
    const broken = enc1.slice();
    broken[3] = 0x42;
    expect(() => configDecrypt(broken, key1, 'test-suite1')).toThrow(
      expect.objectContaining({ code: 'decrypt' }),
    );
    expect(() => configDecrypt(new Uint8Array(39), key1, 'x')).toThrow(
      expect.objectContaining({ code: 'decrypt' }),
    );
  });

  it('refuses bad keys and domains', () => {
    expect(() => configEncrypt(message, key1.subarray(1), 'x')).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
    expect(() => configEncrypt(message, key1, '')).toThrow(expect.objectContaining({ code: 'input' }));
    expect(() => configEncrypt(message, key1, 'x'.repeat(25))).toThrow(
      expect.objectContaining({ code: 'input' }),
    );
  });

  it('computes padded_size as libsession', () => {
    const KiB = 1024;
    const cases: [number, number, number][] = [
      [1, 0, 256],
      [1, 10, 246],
      [246, 10, 246],
      [247, 10, 502],
      [247, 256, 256],
      [3839, 96, 4000],
      [3744, 96, 3744],
      [3745, 96, 4000],
      [4864, 0, 4864],
      [4865, 0, 5 * KiB],
      [5 * KiB + 1, 0, 6 * KiB],
      [9 * KiB, 0, 9 * KiB],
      [9 * KiB + 1, 0, 10 * KiB],
      [10 * KiB + 1, 0, 11 * KiB],
      [20 * KiB, 0, 20 * KiB],
      [20 * KiB + 1, 0, 22 * KiB],
      [38 * KiB, 0, 38 * KiB],
      [38 * KiB + 1, 0, 40 * KiB],
      [40 * KiB + 1, 0, 45 * KiB],
      [45 * KiB + 1, 0, 50 * KiB],
      [70 * KiB, 0, 70 * KiB],
      [70 * KiB + 1, 0, 75 * KiB],
      [75 * KiB, 0, 75 * KiB],
      [75 * KiB - 24, 24, 75 * KiB - 24],
    ];
    for (const [size, overhead, padded] of cases) expect(paddedSize(size, overhead)).toBe(padded);
  });

  it('pads with leading zeros and strips them again', () => {
    const padded = padPrefix(b('d1:#i0e1:&de1:<le1:=dee'));
    expect(padded.length).toBe(216);
    expect(padded.subarray(0, 193).every((x) => x === 0)).toBe(true);
    expect(stripPrefix(padded)).toEqual(b('d1:#i0e1:&de1:<le1:=dee'));
    expect(stripPrefix(new Uint8Array(3))).toEqual(new Uint8Array(3));
  });
});

describe('zstd (test_compression.cpp)', () => {
  const aa = new Uint8Array(81).fill(0xaa);
  const hash0 = hex('ea173b57beca8af18c3519a7bbf69c3e7a05d1c049fa9558341d8ebb48b0c965');
  const data2 = b(
    'd1:#i1e1:&d1:n12:KallieKallie1:p29:http://kallie.example.org/Kallie.bmp1:q24:KallieKalliesecretKalliee',
    '1:<lli0e32:',
    hash0,
    'deee1:=d1:n0:1:p0:1:q0:ee',
  );

  it('produces the frames libsession produces at levels 1 and 5', () => {
    expect(toHex(zstdCompress(aa, 1))).toBe('28b52ffd205145000010aaaa01008c022c');
    expect(toHex(zstdCompress(aa, 5))).toBe('28b52ffd20513d000008aa01000dea84');
    expect(toHex(zstdCompress(data2, 1))).toBe(
      '28b52ffd20aabd0400640864313a23693165313a2664313a6e31323a4b616c6c6965313a7032393a68' +
        '7474703a2f2f6b2e6578616d706c652e6f72672f4b626d70313a71323473656372657465313a3c6c6c69' +
        '306533323aea173b57beca8af18c3519a7bbf69c3e7a05d1c049fa9558341d8ebb48b0c9656465656531' +
        '3a3d64313a6e303a313a70303a313a71303a656505003587f2d5e1c02836af9aa13401',
    );
    expect(toHex(zstdCompress(data2, 5))).toBe(
      '28b52ffd20aa950400a40764313a23693165313a2664313a6e31323a4b616c6c6965313a7032393a68' +
        '7474703a2f2f6b2e6578616d706c652e6f72672f4b626d70313a71323473656372657465313a3c6c6c69' +
        '306533323aea173b57beca8af18c3519a7bbf69c3e7a05d1c049fa9558341d8ebb48b0c96564653d303a' +
        '313a7071303a65650800a8d0880966a9827e19e0572706a3d8bc6a86d204',
    );
  });

  it('decompresses the reference frames, including level 19 (not reproduced by this zstd)', () => {
    expect(zstdDecompress(hex('28b52ffd205145000010aaaa01008c022c'), 1000)).toEqual(aa);
    const level19 = hex(
      '28b52ffd20aa9d0400e40764313a23693165313a2664313a6e31323a4b616c6c6965313a7032393a68' +
        '7474703a2f2f6b2e6578616d706c652e6f72672f4b626d70313a71323473656372657465313a3c6c6c69' +
        '306533323aea173b57beca8af18c3519a7bbf69c3e7a05d1c049fa9558341d8ebb48b0c96564653d6431' +
        '3a6e303a313a7071303a6565070028812c55282f03fceac460149b57cd509a',
    );
    expect(zstdDecompress(level19, 1000)).toEqual(data2);
  });

  it('refuses output beyond the bound before allocating it', () => {
    const frame = zstdCompress(new Uint8Array(100_000), 1);
    expect(zstdFrameContentSize(frame)).toBe(100_000);
    expect(() => zstdDecompress(frame, 99_999)).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(zstdDecompress(frame, 100_000).length).toBe(100_000);
    expect(() => zstdDecompress(b('not zstd at all'), 100)).toThrow(
      expect.objectContaining({ code: 'decompress' }),
    );
    expect(() => zstdDecompress(frame.subarray(0, frame.length - 3), 200_000)).toThrow(
      expect.objectContaining({ code: 'decompress' }),
    );
  });
});
