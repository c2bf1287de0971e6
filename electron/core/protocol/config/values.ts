import type { BtValue } from '../bencode';
import { ConfigError } from './config-error';

/**
 * libsession's config data model, as a subset of bencode values so the strict codec reads and
 * writes it directly:
 *  - scalars: 64-bit signed integers (`bigint`) and byte strings (`Uint8Array`);
 *  - sets: arrays of unique scalars, kept sorted (integers first, by value; then strings, by bytes);
 *  - dicts: `Map`s keyed by the raw key bytes as latin1 text (see `btKeyFromBytes`).
 * Empty sets and dicts are never stored (they are pruned), so "absent" and "empty" are the same.
 */
export type ConfigScalar = bigint | Uint8Array;
export type ConfigSet = ConfigScalar[];
export type ConfigDict = Map<string, ConfigValue>;
export type ConfigValue = ConfigScalar | ConfigSet | ConfigDict;

/** libsession's documented limits, enforced on values our own code writes. */
export const MAX_STRING_BYTES = 4096;
/**
 * The documentation says 128, but libsession itself keys communities by base URLs of up to 267
 * bytes, so local writes are held to that.
 */
export const MAX_KEY_BYTES = 267;

export function isDict(v: ConfigValue | BtValue | undefined): v is ConfigDict {
  return v instanceof Map;
}
export function isSet(v: ConfigValue | undefined): v is ConfigSet {
  return Array.isArray(v);
}
export function isScalar(v: ConfigValue | BtValue | undefined): v is ConfigScalar {
  return typeof v === 'bigint' || v instanceof Uint8Array;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** libsession's scalar order: integers before strings. */
export function compareScalars(a: ConfigScalar, b: ConfigScalar): number {
  if (typeof a === 'bigint') {
    if (typeof b !== 'bigint') return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof b === 'bigint') return 1;
  return compareBytes(a, b);
}

function findIndex(set: ConfigSet, value: ConfigScalar): { found: boolean; at: number } {
  let lo = 0;
  let hi = set.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareScalars(set[mid]!, value);
    if (c === 0) return { found: true, at: mid };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { found: false, at: lo };
}

export function setHas(set: ConfigSet, value: ConfigScalar): boolean {
  return findIndex(set, value).found;
}
export function setAdd(set: ConfigSet, value: ConfigScalar): void {
  const { found, at } = findIndex(set, value);
  if (!found) set.splice(at, 0, value);
}
export function setDelete(set: ConfigSet, value: ConfigScalar): void {
  const { found, at } = findIndex(set, value);
  if (found) set.splice(at, 1);
}

/** A sorted, duplicate-free set from any scalars. */
export function makeSet(values: Iterable<ConfigScalar>): ConfigSet {
  const set: ConfigSet = [];
  for (const v of values) setAdd(set, v);
  return set;
}

export function scalarsEqual(a: ConfigScalar, b: ConfigScalar): boolean {
  return compareScalars(a, b) === 0;
}

export function valuesEqual(a: ConfigValue, b: ConfigValue): boolean {
  if (isDict(a)) {
    if (!isDict(b) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      const w = b.get(k);
      if (w === undefined || !valuesEqual(v, w)) return false;
    }
    return true;
  }
  if (isSet(a)) {
    if (!isSet(b) || a.length !== b.length) return false;
    return a.every((v, i) => scalarsEqual(v, b[i]!));
  }
  return isScalar(b) && scalarsEqual(a, b);
}

/** Scalars are never changed in place, so they are shared; sets and dicts are copied. */
export function copyValue<V extends ConfigValue>(value: V): V {
  if (isDict(value)) return copyDict(value) as V;
  if (isSet(value)) return value.slice() as V;
  return value;
}

export function copyDict(dict: ConfigDict): ConfigDict {
  const out: ConfigDict = new Map();
  for (const [k, v] of dict) out.set(k, copyValue(v));
  return out;
}

/**
 * Removes empty sets and dicts, recursively (libsession `prune`). Returns true when anything
 * below the top was removed.
 */
export function pruneDict(dict: ConfigDict): boolean {
  let removed = false;
  for (const [k, v] of dict) {
    if (isDict(v)) {
      if (pruneDict(v)) removed = true;
      if (v.size === 0) {
        dict.delete(k);
        removed = true;
      }
    } else if (isSet(v) && v.length === 0) {
      dict.delete(k);
      removed = true;
    }
  }
  return removed;
}

/** Checks a value our own code is about to store against the documented limits. */
export function checkLocalValue(value: ConfigValue): void {
  if (value instanceof Uint8Array) {
    if (value.length > MAX_STRING_BYTES) {
      throw new ConfigError('input', `A config string holds at most ${MAX_STRING_BYTES} bytes.`);
    }
  } else if (typeof value === 'bigint') {
    if (value < -(1n << 63n) || value >= 1n << 63n) {
      throw new ConfigError('input', 'A config integer is a signed 64-bit value.');
    }
  } else if (isSet(value)) {
    for (const v of value) {
      if (!isScalar(v)) throw new ConfigError('input', 'A config set holds only integers and strings.');
      checkLocalValue(v);
    }
  } else if (isDict(value)) {
    for (const [k, v] of value) {
      checkLocalKey(k);
      checkLocalValue(v);
    }
  } else {
    throw new ConfigError('input', 'This is not a config value.');
  }
}

export function checkLocalKey(key: string): void {
  if (typeof key !== 'string' || key.length > MAX_KEY_BYTES || [...key].some((c) => c.charCodeAt(0) > 0xff)) {
    throw new ConfigError('input', `A config key is a byte string of at most ${MAX_KEY_BYTES} bytes.`);
  }
}
