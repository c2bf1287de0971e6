import { describe, expect, it } from 'vitest';
import { CryptoError } from '../../../../electron/core/crypto/crypto-error';
import { ShallotError } from '../../../../electron/core/errors';
import { backend, cryptoBackendInfo, ready, useCryptoBackend } from '../../../../electron/core/crypto/sodium';
import type { CryptoBackend } from '../../../../electron/core/crypto/backend/backend';
import { loadWasmBackend } from '../../../../electron/core/crypto/backend/wasm';
import {
  chooseBackend,
  parseBackendRequest,
  type BackendLoaders,
} from '../../../../electron/core/crypto/backend/select';

/** The backend this run asked for: the `node` project runs native, the `crypto-wasm` project wasm. */
const EXPECTED = process.env['SHALLOT_CRYPTO'] === 'wasm' ? 'wasm' : 'native';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

// Each test file gets fresh modules, so nothing has awaited ready() before the first test here.
describe('ready()', () => {
  it('throws CryptoError("not-ready") before ready() resolves, then runs the backend asked for', async () => {
    const e = caught(() => backend());
    expect(e).toBeInstanceOf(CryptoError);
    expect(e).toBeInstanceOf(ShallotError);
    expect((e as CryptoError).code).toBe('not-ready');
    expect((caught(() => cryptoBackendInfo()) as CryptoError).code).toBe('not-ready');

    const info = await ready();
    expect(info).toEqual({ backend: EXPECTED });
    expect(cryptoBackendInfo()).toBe(info);
    expect(backend().name).toBe(EXPECTED);
    // Picked once: a second call answers the same choice.
    expect(await ready()).toBe(info);
  });

  it('useCryptoBackend switches the process (benches, cross-backend tests)', async () => {
    await ready();
    const before = backend();
    const wasm = await loadWasmBackend();
    try {
      useCryptoBackend(wasm);
      expect(backend()).toBe(wasm);
      expect(await ready()).toEqual({ backend: 'wasm' });
    } finally {
      useCryptoBackend(before);
    }
  });
});

describe('SHALLOT_CRYPTO', () => {
  it('reads auto (also unset or empty), native and wasm; anything else is refused', () => {
    expect(parseBackendRequest(undefined)).toBe('auto');
    expect(parseBackendRequest('')).toBe('auto');
    expect(parseBackendRequest(' Auto ')).toBe('auto');
    expect(parseBackendRequest('native')).toBe('native');
    expect(parseBackendRequest('WASM')).toBe('wasm');
    const e = caught(() => parseBackendRequest('openssl'));
    expect(e).toBeInstanceOf(CryptoError);
    expect((e as CryptoError).code).toBe('backend');
  });
});

describe('chooseBackend', () => {
  const fake = (name: 'native' | 'wasm') => ({ name }) as CryptoBackend;
  const noPrebuild = Object.assign(new Error('Cannot find addon'), { code: 'ADDON_NOT_FOUND' });
  const loaders = (nativeFails: boolean): BackendLoaders => ({
    native: () => (nativeFails ? Promise.reject(noPrebuild) : Promise.resolve(fake('native'))),
    wasm: () => Promise.resolve(fake('wasm')),
  });

  it('auto takes native when it loads', async () => {
    const c = await chooseBackend('auto', loaders(false));
    expect(c.backend.name).toBe('native');
    expect(c.fallback).toBeUndefined();
  });

  it('auto falls back to wasm where native cannot load, naming the loader error code', async () => {
    const c = await chooseBackend('auto', loaders(true));
    expect(c.backend.name).toBe('wasm');
    expect(c.fallback).toBe('ADDON_NOT_FOUND');
    const odd = await chooseBackend('auto', {
      ...loaders(true),
      native: () => Promise.reject(new TypeError('a message with /some/path in it')),
    });
    expect(odd.fallback).toBe('TypeError');
  });

  it('native insists: CryptoError("backend") rather than a silent fallback', async () => {
    await expect(chooseBackend('native', loaders(true))).rejects.toMatchObject({
      name: 'CryptoError',
      code: 'backend',
    });
    expect((await chooseBackend('wasm', loaders(false))).backend.name).toBe('wasm');
  });

  it('the real loaders: sodium-native loads here (a prebuild exists for this platform)', async () => {
    const c = await chooseBackend('auto');
    expect(c.backend.name).toBe('native');
    expect(c.fallback).toBeUndefined();
  });
});
