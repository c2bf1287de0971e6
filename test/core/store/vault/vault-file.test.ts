import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../electron/core/store';
import { parseVault, readVaultKind, unlockVault, vaultPath } from '../../../../electron/core/store/vault';
import { serializeVault } from '../../../../electron/core/store/vault/file';
import { tempDir } from '../helpers';

function onlyVaultErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    expect((e as VaultError).code).toBe('corrupt-vault');
  }
}

const b64 = (n: number) => Buffer.alloc(n, 1).toString('base64');
const good = {
  version: 1,
  kind: 'password',
  kdf: { alg: 'argon2id13', opslimit: 1, memlimit: 8192, salt: b64(16) },
  nonce: b64(24),
  wrapped: b64(48),
};

describe('vault file parsing', () => {
  it('round-trips every kind', () => {
    const keyfile = { version: 1 as const, kind: 'keyfile' as const, key: new Uint8Array(32).fill(3) };
    expect(parseVault(Buffer.from(serializeVault(keyfile)))).toEqual(keyfile);
    const keychain = { version: 1 as const, kind: 'keychain' as const, blob: new Uint8Array([1, 2, 3]) };
    expect(parseVault(Buffer.from(serializeVault(keychain)))).toEqual(keychain);
    const pw = parseVault(Buffer.from(JSON.stringify(good)));
    expect(parseVault(Buffer.from(serializeVault(pw)))).toEqual(pw);
  });

  it('rejects out-of-range KDF limits before allocating anything', () => {
    for (const kdf of [
      { ...good.kdf, memlimit: 2 ** 40 },
      { ...good.kdf, opslimit: 1e9 },
      { ...good.kdf, opslimit: 0 },
      { ...good.kdf, opslimit: 1.5 },
      { ...good.kdf, salt: b64(8) },
    ]) {
      expect(() => parseVault(Buffer.from(JSON.stringify({ ...good, kdf })))).toThrowError(
        expect.objectContaining({ code: 'corrupt-vault' }),
      );
    }
  });

  it('throws only corrupt-vault on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => onlyVaultErrors(() => parseVault(bytes))),
      { numRuns: 3000 },
    );
  });

  it('throws only corrupt-vault on arbitrary JSON and on mutated good files (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => onlyVaultErrors(() => parseVault(Buffer.from(JSON.stringify(v))))),
      { numRuns: 2000 },
    );
    const keys = ['version', 'kind', 'kdf', 'nonce', 'wrapped'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (k, v) =>
        onlyVaultErrors(() => parseVault(Buffer.from(JSON.stringify({ ...good, [k]: v })))),
      ),
      { numRuns: 2000 },
    );
  });

  it('reports a damaged vault file through the API as corrupt-vault', async () => {
    const t = tempDir('shallot-vault-');
    try {
      writeFileSync(vaultPath(t.dir), '{"version":1,"kind":"keyfile","key":"zz"}');
      await expect(readVaultKind(t.dir)).rejects.toMatchObject({ code: 'corrupt-vault' });
      writeFileSync(vaultPath(t.dir), Buffer.alloc(100_000, 0x20));
      await expect(unlockVault(t.dir, {})).rejects.toMatchObject({ code: 'corrupt-vault' });
    } finally {
      t.cleanup();
    }
  });
});
