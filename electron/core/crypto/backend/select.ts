import { CryptoError } from '../crypto-error';
import type { BackendName, CryptoBackend } from './backend';
import { loadNativeBackend } from './native';
import { loadWasmBackend } from './wasm';

/**
 * Which backend to run, from `SHALLOT_CRYPTO`: unset or `auto` takes sodium-native when it loads and
 * falls back to wasm otherwise (a platform without a prebuild); `native` or `wasm` insists on one,
 * so a test or a bench never measures the other by accident.
 */
export type BackendRequest = 'auto' | BackendName;

export interface BackendChoice {
  readonly backend: CryptoBackend;
  readonly requested: BackendRequest;
  /** Why sodium-native was not used under `auto`: its loader's error code, never a message. */
  readonly fallback?: string;
}

export type BackendLoaders = Readonly<Record<BackendName, () => Promise<CryptoBackend>>>;

const LOADERS: BackendLoaders = { native: loadNativeBackend, wasm: loadWasmBackend };

export function parseBackendRequest(value: string | undefined): BackendRequest {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'native' || v === 'wasm') return v;
  throw new CryptoError('backend', 'SHALLOT_CRYPTO must be "native", "wasm" or "auto".');
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(code)) return code;
  return e instanceof Error ? e.name : 'unknown';
}

export async function chooseBackend(
  requested: BackendRequest,
  loaders: BackendLoaders = LOADERS,
): Promise<BackendChoice> {
  if (requested === 'wasm') return { backend: await loaders.wasm(), requested };
  try {
    return { backend: await loaders.native(), requested };
  } catch (e) {
    if (requested === 'native') {
      throw new CryptoError(
        'backend',
        'sodium-native was asked for (SHALLOT_CRYPTO=native) but cannot load.',
        {
          cause: e,
        },
      );
    }
    return { backend: await loaders.wasm(), requested, fallback: errorCode(e) };
  }
}
