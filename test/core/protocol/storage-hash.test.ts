import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryFromBase64 } from '../../../electron/core/crypto/bytes';
import { ready } from '../../../electron/core/crypto/sodium';
import { StorageHashError, storageHash } from '../../../electron/core/protocol/storage-hash';

interface FullStackVector {
  recipient_session_id: string;
  store_data_base64: string;
}

const vector = JSON.parse(
  readFileSync('/work/shared/protocol/vectors/full-stack-1o1.json', 'utf8'),
) as FullStackVector;

beforeAll(async () => {
  await ready();
});

describe('storage message hash', () => {
  it('reproduces the full-stack 1:1 vector (namespace 0)', () => {
    const data = tryFromBase64(vector.store_data_base64)!;
    expect(storageHash(vector.recipient_session_id, 0, data)).toBe(
      'gdwvjvy8/zXKJue07+7fdKrnSnLgA3yHAZ3AFRGQoro',
    );
  });

  it('is 43 unpadded characters and depends on prefix, namespace and data', () => {
    const data = tryFromBase64(vector.store_data_base64)!;
    const id = vector.recipient_session_id;
    const h0 = storageHash(id, 0, data);
    expect(h0).toHaveLength(43);
    const others = [
      storageHash(`03${id.slice(2)}`, 0, data),
      storageHash(id, 2, data),
      storageHash(id, -10, data),
      storageHash(id, 0, data.subarray(1)),
    ];
    for (const h of others) {
      expect(h).toHaveLength(43);
      expect(h).not.toBe(h0);
    }
    expect(storageHash(id.toUpperCase(), 0, data)).toBe(h0);
  });

  it('rejects bad pubkeys and namespaces', () => {
    expect(() => storageHash('05abc', 0, new Uint8Array())).toThrow(StorageHashError);
    expect(() => storageHash(vector.recipient_session_id, 40000, new Uint8Array())).toThrow(StorageHashError);
    expect(() => storageHash(vector.recipient_session_id, 1.5, new Uint8Array())).toThrow(StorageHashError);
  });
});
