import { fromHex, toHex } from '../../../../electron/core/crypto/bytes';
import { btKeyFromBytes } from '../../../../electron/core/protocol/bencode';
import { ready } from '../../../../electron/core/crypto/sodium';
import { zstdReady } from '../../../../electron/core/protocol/config/zstd';
import { MutableConfigMessage } from '../../../../electron/core/protocol/config/message';
import type { ConfigKeys } from '../../../../electron/core/protocol/config/config-state';
import {
  isDict,
  type ConfigDict,
  type ConfigScalar,
  type ConfigValue,
} from '../../../../electron/core/protocol/config/values';

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

/** The account seed libsession's user-config tests use. */
export const USER_SEED = fromHex('0123456789abcdef0123456789abcdef00000000000000000000000000000000');
/** A fixed clock: 13 digits of milliseconds, like libsession's dumps. */
export const NOW = 1_700_000_000_000;

/** libsodium and zstd loaded. */
export async function readyAll(): Promise<void> {
  await ready();
  await zstdReady();
}

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

/** A key list with libsession's add_key(key, high_priority) behaviour (the Keys side does this). */
export class KeyRing implements ConfigKeys {
  private keys: Uint8Array[] = [];
  constructor(...keys: Uint8Array[]) {
    for (const k of keys) this.add(k, false);
  }
  add(k: Uint8Array, front = true): void {
    const same = (x: Uint8Array): boolean => toHex(x) === toHex(k);
    if (front) this.keys = [k, ...this.keys.filter((x) => !same(x))];
    else if (!this.keys.some(same)) this.keys.push(k);
  }
  encryptionKey(): Uint8Array | undefined {
    return this.keys[0];
  }
  decryptionKeys(): readonly Uint8Array[] {
    return this.keys;
  }
}

/** A deterministic shuffle (mulberry32). */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let a = seed;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The dict a value must be (tests walk known structures). */
export function dictAt(v: unknown): ConfigDict {
  if (!isDict(v as ConfigDict)) throw new Error('not a dict');
  return v as ConfigDict;
}

/** A new mutable message at `seqno`. */
export function fresh(seqno = 0n, lag = 5): MutableConfigMessage {
  const m = new MutableConfigMessage({ lag });
  m.seqno = seqno;
  return m;
}
