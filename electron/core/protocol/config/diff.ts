import type { BtValue } from '../bencode';
import { ConfigError } from './config-error';
import {
  compareScalars,
  isDict,
  isScalar,
  isSet,
  setAdd,
  setDelete,
  type ConfigDict,
  type ConfigScalar,
  type ConfigSet,
  type ConfigValue,
} from './values';

/**
 * Validation of decoded config data and diffs, and the diff algebra of libsession's merge rules
 * (`docs/config-merge-logic.md`): a diff mirrors the data with `""` (assigned), `"-"` (removed),
 * a sub-dict (changes inside a dict) or `[added, removed]` (changes to a set).
 */
export type ConfigDiff = Map<string, BtValue>;

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const ASSIGNED = new Uint8Array(0);
const REMOVED = new Uint8Array([0x2d]); // "-"

function parseError(message: string): ConfigError {
  return new ConfigError('parse', message);
}

function checkInt(v: bigint): bigint {
  if (v < INT64_MIN || v > INT64_MAX) throw parseError('A config integer does not fit in 64 bits.');
  return v;
}

/** Scalars only (64-bit integers and strings), strictly ascending: a set, or one side of a set diff. */
function checkSortedScalars(list: BtValue[], what: string): ConfigSet {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (!isScalar(v)) throw parseError(`${what} holds something other than integers and strings.`);
    if (typeof v === 'bigint') checkInt(v);
    if (i > 0 && compareScalars(list[i - 1] as ConfigScalar, v) >= 0) {
      throw parseError(`${what} is unsorted or repeats a value.`);
    }
  }
  return list as ConfigSet;
}

/**
 * Checks decoded config data (libsession `parse_data`) and returns it as a ConfigDict (the same
 * objects: decoded lists already are sorted arrays). Dict key order is the decoder's business.
 */
export function validateData(value: BtValue, topLevel: boolean): ConfigDict {
  if (!isDict(value)) throw parseError('Config data is not a dict.');
  if (!topLevel && value.size === 0) throw parseError('Data contains an unpruned, empty dict.');
  for (const v of value.values()) {
    if (typeof v === 'bigint') checkInt(v);
    else if (Array.isArray(v)) {
      if (v.length === 0) throw parseError('Data contains an unpruned, empty set.');
      checkSortedScalars(v, 'A config set');
    } else if (isDict(v)) validateData(v, false);
  }
  return value;
}

/** Checks a decoded diff dict (libsession `load_diff`). */
export function validateDiff(value: BtValue): ConfigDiff {
  if (!isDict(value)) throw parseError('A config diff is not a dict.');
  for (const v of value.values()) {
    if (v instanceof Uint8Array) {
      if (!(v.length === 0 || (v.length === 1 && v[0] === 0x2d))) {
        throw parseError('A config diff marks a value with something other than "" or "-".');
      }
    } else if (Array.isArray(v)) {
      if (v.length !== 2) throw parseError('A config set diff has exactly two elements.');
      for (const side of v) {
        if (!Array.isArray(side)) throw parseError('A config set diff holds two lists.');
        checkSortedScalars(side, 'A config set diff');
      }
    } else if (isDict(v)) {
      validateDiff(v);
    } else {
      // libsession does not handle an integer here at all (its parser never advances).
      throw parseError('A config diff holds an integer.');
    }
  }
  return value;
}

function diffSets(old: ConfigSet, next: ConfigSet): BtValue[] | undefined {
  const added: ConfigScalar[] = [];
  const removed: ConfigScalar[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    const c = i >= old.length ? 1 : j >= next.length ? -1 : compareScalars(old[i]!, next[j]!);
    if (c > 0) added.push(next[j++]!);
    else if (c < 0) removed.push(old[i++]!);
    else {
      i++;
      j++;
    }
  }
  if (added.length === 0 && removed.length === 0) return undefined;
  return [added, removed];
}

function kind(v: ConfigValue): 'dict' | 'set' | 'scalar' {
  return isDict(v) ? 'dict' : isSet(v) ? 'set' : 'scalar';
}

function addedDiff(v: ConfigValue): BtValue {
  if (isDict(v)) return diffDicts(new Map(), v) ?? new Map();
  if (isSet(v)) return diffSets([], v) ?? [[], []];
  return ASSIGNED;
}

function removedDiff(v: ConfigValue): BtValue {
  if (isDict(v)) return diffDicts(v, new Map()) ?? new Map();
  if (isSet(v)) return diffSets(v, []) ?? [[], []];
  return REMOVED;
}

/** The diff that turns `old` into `next` (both pruned); undefined when they are equal. */
export function diffDicts(old: ConfigDict, next: ConfigDict): ConfigDiff | undefined {
  const out: ConfigDiff = new Map();
  for (const [k, o] of old) {
    const n = next.get(k);
    if (n === undefined) {
      out.set(k, removedDiff(o));
    } else if (kind(o) !== kind(n)) {
      // A change of type is a new value (merging then drops the old one).
      out.set(k, addedDiff(n));
    } else if (isDict(o)) {
      const sub = diffDicts(o, n as ConfigDict);
      if (sub) out.set(k, sub);
    } else if (isSet(o)) {
      const sub = diffSets(o, n as ConfigSet);
      if (sub) out.set(k, sub);
    } else if (compareScalars(o, n as ConfigScalar) !== 0) {
      out.set(k, ASSIGNED);
    }
  }
  for (const [k, n] of next) if (!old.has(k)) out.set(k, addedDiff(n));
  return out.size === 0 ? undefined : out;
}

/**
 * Replays one diff onto `data`, taking assigned values from `source` (the full data of the message
 * that carried the diff). Empty sets and dicts are left for a later prune.
 */
export function applyDiff(data: ConfigDict, diff: ConfigDiff, source: ConfigDict): void {
  for (const [k, d] of diff) {
    const src = source.get(k);
    const scalarDiff = d instanceof Uint8Array;
    const setDiff = Array.isArray(d);
    const dictDiff = isDict(d);
    if (
      src === undefined ||
      (scalarDiff && !isScalar(src)) ||
      (setDiff && !isSet(src)) ||
      (dictDiff && !isDict(src))
    ) {
      // Gone from the source, or its type changed since: a later diff removes or replaces it, and
      // dropping it now keeps an old dict from blending with a new one of the same name.
      data.delete(k);
      continue;
    }
    if (scalarDiff) {
      if (d.length === 0) data.set(k, src);
      else data.delete(k);
    } else if (dictDiff) {
      let sub = data.get(k);
      if (!isDict(sub)) {
        sub = new Map();
        data.set(k, sub);
      }
      applyDiff(sub, d, src as ConfigDict);
    } else {
      let set = data.get(k);
      if (!isSet(set)) {
        set = [];
        data.set(k, set);
      }
      const [added, removed] = d as [ConfigScalar[], ConfigScalar[]];
      for (const v of added) setAdd(set, v);
      for (const v of removed) setDelete(set, v);
    }
  }
}
