import { fromHex } from '../../../../electron/core/crypto/bytes';
import { btKeyFromBytes } from '../../../../electron/core/protocol/bencode';
import type { ConfigDict, ConfigScalar, ConfigValue } from '../../../../electron/core/protocol/config/values';

/** Bytes from pieces: text (latin1, one byte per char, as C++ string literals) and raw bytes. */
export function b(...parts: (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? Uint8Array.from(p, (c) => c.charCodeAt(0)) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const hex = fromHex;

export function text(bytes: Uint8Array): string {
  return btKeyFromBytes(bytes);
}

/** A config scalar from a JS number or string (strings as UTF-8 bytes). */
export function sc(v: number | string): ConfigScalar {
  return typeof v === 'number' ? BigInt(v) : new TextEncoder().encode(v);
}

type Plain = number | string | Plain[] | { [k: string]: Plain };

/** A ConfigDict from a plain object (arrays become sorted sets). */
export function dict(obj: { [k: string]: Plain }): ConfigDict {
  const out: ConfigDict = new Map();
  for (const [k, v] of Object.entries(obj)) out.set(k, value(v));
  return out;
}

function value(v: Plain): ConfigValue {
  if (typeof v === 'number' || typeof v === 'string') return sc(v);
  if (Array.isArray(v)) {
    const set = v.map((x) => sc(x as number | string));
    return set.sort((a, c) => {
      if (typeof a === 'bigint' && typeof c === 'bigint') return a < c ? -1 : a > c ? 1 : 0;
      if (typeof a === 'bigint') return -1;
      if (typeof c === 'bigint') return 1;
      return Buffer.compare(a, c);
    });
  }
  return dict(v);
}
