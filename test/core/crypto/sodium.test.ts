import { describe, expect, it } from 'vitest';
import { CryptoError } from '../../../electron/core/crypto/crypto-error';
import { ShallotError } from '../../../electron/core/errors';
import { ready, sodium } from '../../../electron/core/crypto/sodium';

// Each test file gets fresh modules, so nothing has awaited ready() before the first test here.
describe('sodium()', () => {
  it('throws CryptoError("not-ready") before ready() resolves, and works after', async () => {
    let caught: unknown;
    try {
      sodium();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CryptoError);
    expect(caught).toBeInstanceOf(ShallotError);
    expect((caught as CryptoError).code).toBe('not-ready');
    await ready();
    expect(sodium().crypto_generichash_BYTES).toBe(32);
  });
});
