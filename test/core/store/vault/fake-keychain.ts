import { ready, sodium } from '../../../../electron/core/crypto/sodium';
import type { KeychainBackend } from '../../../../electron/core/store/vault';

/**
 * A stand-in for Electron safeStorage: really encrypts (secretbox under a per-instance key), so a
 * test can tell that the vault file holds ciphertext and that another "machine" cannot open it.
 */
export async function fakeKeychain(
  opts: { available?: boolean } = {},
): Promise<KeychainBackend & { calls: number }> {
  await ready();
  const s = sodium();
  const key = s.randombytes_buf(32);
  const kc = {
    calls: 0,
    isAvailable: () => Promise.resolve(opts.available ?? true),
    encrypt: (plain: Uint8Array) => {
      kc.calls++;
      const nonce = s.randombytes_buf(24);
      return Promise.resolve(new Uint8Array([...nonce, ...s.crypto_secretbox_easy(plain, nonce, key)]));
    },
    decrypt: (blob: Uint8Array) => {
      kc.calls++;
      // secretbox_open throws on a foreign blob; a rejected promise is what safeStorage gives too.
      return new Promise<Uint8Array>((resolve) =>
        resolve(s.crypto_secretbox_open_easy(blob.subarray(24), blob.subarray(0, 24), key)),
      );
    },
  };
  return kc;
}
