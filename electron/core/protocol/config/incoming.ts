import type { Identity } from '../../crypto/identity';
import { ConfigError } from './config-error';
import { configDecrypt, stripPrefix } from './encrypt';
import { unwrapLegacyConfig, type UserConfigNamespace } from './legacy-wrap';
import { MAX_CONFIG_BYTES } from './multipart-sets';
import { zstdDecompress } from './zstd';

/**
 * The receiving half of the transport, one stored message at a time (protocol reference §10 step
 * 7): unwrap the legacy protobuf layer when there is one (twice: an old client double-wrapped),
 * try each key, strip the zero prefix, then tell parts ('m') from whole configs ('z' / 'd').
 */
export type Decoded =
  | { readonly kind: 'part'; readonly plain: Uint8Array }
  | { readonly kind: 'config'; readonly config: Uint8Array };

export interface LegacyTransport {
  readonly identity: Identity;
  readonly namespace: UserConfigNamespace;
}

/** Removes the protobuf wrapping if present; anything else is taken to be raw ciphertext. */
export function unwrapIfLegacy(data: Uint8Array, legacy: LegacyTransport | undefined): Uint8Array {
  if (!legacy) return data;
  let once: Uint8Array;
  try {
    once = unwrapLegacyConfig(legacy.identity, data, legacy.namespace);
  } catch {
    return data;
  }
  try {
    return unwrapLegacyConfig(legacy.identity, once, legacy.namespace);
  } catch {
    return once;
  }
}

export function decryptWithAny(data: Uint8Array, keys: readonly Uint8Array[], domain: string): Uint8Array {
  for (const key of keys) {
    try {
      return configDecrypt(data, key, domain);
    } catch (e) {
      if (!(e instanceof ConfigError) || e.code !== 'decrypt') throw e;
    }
  }
  throw new ConfigError('decrypt', 'The config message does not decrypt with any known key.');
}

/** Classifies a decrypted message; throws ConfigError for anything that is neither. */
export function classify(decrypted: Uint8Array): Decoded {
  let plain = stripPrefix(decrypted);
  if (plain.length === 0) throw new ConfigError('parse', 'The config message is empty.');
  if (plain[0] === 0x6d) return { kind: 'part', plain };
  if (plain[0] === 0x7a) {
    plain = zstdDecompress(plain.subarray(1), MAX_CONFIG_BYTES);
    if (plain.length === 0) throw new ConfigError('decompress', 'The config message inflated to nothing.');
  }
  if (plain[0] !== 0x64) throw new ConfigError('parse', 'The config message is of an unknown type.');
  return { kind: 'config', config: plain };
}
