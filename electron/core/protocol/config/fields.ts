import { ConfigError } from './config-error';
import type { ConfigState } from './config-state';
import {
  checkPath,
  erasePath,
  holds,
  insertAtPath,
  readPath,
  removeAtPath,
  setContains,
  writePath,
  type ConfigPath,
} from './paths';
import {
  checkLocalValue,
  isDict,
  isSet,
  type ConfigDict,
  type ConfigScalar,
  type ConfigSet,
  type ConfigValue,
} from './values';

/**
 * Field access for the typed configs, with libsession's rules (`DictFieldProxy`, `internal.cpp`):
 * a write that would not change anything leaves a clean config clean; anything else marks it dirty
 * first (one seqno step per push, however many fields change). Text is stored as UTF-8 bytes.
 */
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function textBytes(text: string | Uint8Array): Uint8Array {
  return typeof text === 'string' ? utf8.encode(text) : text;
}

export function bytesText(bytes: Uint8Array): string {
  return fromUtf8.decode(bytes);
}

/** libsession `utf8_truncate`: at most `max` bytes, never cutting a UTF-8 sequence. */
export function truncateUtf8(text: string, max: number): Uint8Array {
  const bytes = utf8.encode(text);
  if (bytes.length <= max) return bytes;
  let n = max;
  while (n > 0 && (bytes[n]! & 0xc0) === 0x80) n--;
  return bytes.slice(0, n);
}

/** libsession `to_seconds`: timestamps given in ms or µs by mistake become seconds. */
export function toSeconds(ts: number): number {
  return ts > 9_000_000_000_000
    ? Math.trunc(ts / 1_000_000)
    : ts > 9_000_000_000
      ? Math.trunc(ts / 1000)
      : ts;
}

export function checkInteger(n: number, what: string): bigint {
  if (!Number.isSafeInteger(n)) throw new ConfigError('input', `The ${what} is a whole number.`);
  return BigInt(n);
}

export class ConfigFields {
  constructor(readonly state: ConfigState) {}

  get(path: ConfigPath): ConfigValue | undefined {
    return readPath(this.state.data, path);
  }
  int(path: ConfigPath): number | undefined {
    const v = this.get(path);
    return typeof v === 'bigint' ? Number(v) : undefined;
  }
  bytes(path: ConfigPath): Uint8Array | undefined {
    const v = this.get(path);
    return v instanceof Uint8Array ? v : undefined;
  }
  text(path: ConfigPath): string | undefined {
    const v = this.bytes(path);
    return v === undefined ? undefined : bytesText(v);
  }
  dict(path: ConfigPath): ConfigDict | undefined {
    const v = this.get(path);
    return isDict(v) ? v : undefined;
  }
  set(path: ConfigPath): ConfigSet | undefined {
    const v = this.get(path);
    return isSet(v) ? v : undefined;
  }
  exists(path: ConfigPath): boolean {
    return this.get(path) !== undefined;
  }

  /** The dict entries under `path` in key order (libsession iterates its std::map that way). */
  dictEntries(path: ConfigPath): [string, ConfigDict][] {
    const d = path.length === 0 ? this.state.data : this.dict(path);
    const out: [string, ConfigDict][] = [];
    for (const k of d ? [...d.keys()].sort() : []) {
      const v = d!.get(k);
      if (isDict(v)) out.push([k, v]);
    }
    return out;
  }

  /** Erases, reporting whether there was anything. */
  eraseExisting(path: ConfigPath): boolean {
    const existed = this.exists(path);
    this.erase(path);
    return existed;
  }

  /** Assigns unless it changes nothing; an empty set or dict erases instead. */
  assign(path: ConfigPath, value: ConfigValue): void {
    checkPath(path);
    checkLocalValue(value);
    if ((isSet(value) && value.length === 0) || (isDict(value) && value.size === 0)) {
      this.erase(path);
      return;
    }
    if (!this.state.isDirty && holds(this.state.data, path, value)) return;
    writePath(this.state.mutate().data, path, value);
  }

  erase(path: ConfigPath): void {
    checkPath(path);
    if (!this.state.isDirty && !this.exists(path)) return;
    erasePath(this.state.mutate().data, path);
  }

  insert(path: ConfigPath, value: ConfigScalar): void {
    checkPath(path);
    checkLocalValue(value);
    if (!this.state.isDirty && setContains(this.state.data, path, value) === true) return;
    insertAtPath(this.state.mutate().data, path, value);
  }

  /** As libsession: removing from a set that does not exist still marks the config dirty. */
  remove(path: ConfigPath, value: ConfigScalar): void {
    checkPath(path);
    if (!this.state.isDirty && setContains(this.state.data, path, value) === false) return;
    removeAtPath(this.state.mutate().data, path, value);
  }

  flag(path: ConfigPath, on: boolean): void {
    if (on) this.assign(path, 1n);
    else this.erase(path);
  }
  positive(path: ConfigPath, n: number): void {
    if (n > 0) this.assign(path, checkInteger(n, 'value'));
    else this.erase(path);
  }
  nonZero(path: ConfigPath, n: number): void {
    if (n !== 0) this.assign(path, checkInteger(n, 'value'));
    else this.erase(path);
  }
  nonEmpty(path: ConfigPath, value: Uint8Array): void {
    if (value.length > 0) this.assign(path, value);
    else this.erase(path);
  }
  /** Both values, or neither (libsession `set_pair_if`). */
  pair(on: boolean, a: ConfigPath, va: ConfigValue, b: ConfigPath, vb: ConfigValue): void {
    if (on) {
      this.assign(a, va);
      this.assign(b, vb);
    } else {
      this.erase(a);
      this.erase(b);
    }
  }
}
