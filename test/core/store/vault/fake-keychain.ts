import { xchachaDecrypt, xchachaEncrypt } from '../../../../electron/core/crypto/aead';
import { randomBytes } from '../../../../electron/core/crypto/random';
import { ready } from '../../../../electron/core/crypto/sodium';
import type { KeychainBackend } from '../../../../electron/core/store/vault';

/**
 * A stand-in for Electron safeStorage: really encrypts (XChaCha20-Poly1305 under a per-instance key), so a
 * test can tell that the vault file holds ciphertext and that another "machine" cannot open it.
 */
export async function fakeKeychain(
  opts: { available?: boolean } = {},
): Promise<KeychainBackend & { calls: number }> {
  await ready();
  const key = randomBytes(32);
  const kc = {
    calls: 0,
    isAvailable: () => Promise.resolve(opts.available ?? true),
    encrypt: (plain: Uint8Array) => {
      kc.calls++;
      const nonce = randomBytes(24);
      return Promise.resolve(new Uint8Array([...nonce, ...xchachaEncrypt(key, nonce, plain)]));
    },
    decrypt: (blob: Uint8Array) => {
      kc.calls++;
      // A foreign blob does not open: a rejected promise is what safeStorage gives too.
      const plain =
        blob.length < 24 ? undefined : xchachaDecrypt(key, blob.subarray(0, 24), blob.subarray(24));
      return plain ? Promise.resolve(plain) : Promise.reject(new Error("not this keychain's blob"));
    },
  };
  return kc;
}
