import { ConfigError } from './config-error';
import {
  checkLocalKey,
  checkLocalValue,
  isDict,
  isSet,
  setAdd,
  setDelete,
  setHas,
  valuesEqual,
  type ConfigDict,
  type ConfigScalar,
  type ConfigValue,
} from './values';

/**
 * Reading and writing a value at a path of dict keys, with libsession's DictFieldProxy semantics:
 * reads never create anything; writes create (or replace non-dict values with) the dicts along
 * the path. Whether a write happens at all (and so dirties the config) is the caller's decision.
 */
export type ConfigPath = readonly string[];

export function checkPath(path: ConfigPath): void {
  if (!Array.isArray(path) || path.length === 0) throw new ConfigError('input', 'A config path has keys.');
  path.forEach(checkLocalKey);
}

/** The value at `path`, or undefined when it or a dict along the way is missing. */
export function readPath(root: ConfigDict, path: ConfigPath): ConfigValue | undefined {
  let d: ConfigDict = root;
  for (let i = 0; i < path.length - 1; i++) {
    const next = d.get(path[i]!);
    if (!isDict(next)) return undefined;
    d = next;
  }
  return d.get(path[path.length - 1]!);
}

/** The dict holding the last key, created along the way. */
function vivify(root: ConfigDict, path: ConfigPath): ConfigDict {
  let d: ConfigDict = root;
  for (let i = 0; i < path.length - 1; i++) {
    let next = d.get(path[i]!);
    if (!isDict(next)) {
      next = new Map();
      d.set(path[i]!, next);
    }
    d = next;
  }
  return d;
}

/** The dict holding the last key if it exists, without creating anything. */
function parentOf(root: ConfigDict, path: ConfigPath): ConfigDict | undefined {
  let d: ConfigDict = root;
  for (let i = 0; i < path.length - 1; i++) {
    const next = d.get(path[i]!);
    if (!isDict(next)) return undefined;
    d = next;
  }
  return d;
}

export function writePath(root: ConfigDict, path: ConfigPath, value: ConfigValue): void {
  checkLocalValue(value);
  vivify(root, path).set(path[path.length - 1]!, value);
}

export function erasePath(root: ConfigDict, path: ConfigPath): void {
  parentOf(root, path)?.delete(path[path.length - 1]!);
}

/** Adds to the set at `path`, replacing a value of another type with a new set. */
export function insertAtPath(root: ConfigDict, path: ConfigPath, value: ConfigScalar): void {
  checkLocalValue(value);
  const parent = vivify(root, path);
  const key = path[path.length - 1]!;
  let set = parent.get(key);
  if (!isSet(set)) {
    set = [];
    parent.set(key, set);
  }
  setAdd(set, value);
}

/** Removes from the set at `path`; a non-set value there becomes an (empty, later pruned) set. */
export function removeAtPath(root: ConfigDict, path: ConfigPath, value: ConfigScalar): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1]!;
  const current = parent?.get(key);
  if (!parent || current === undefined) return;
  if (isSet(current)) setDelete(current, value);
  else parent.set(key, []);
}

/** Whether assigning `value` at `path` would leave the data as it is (same type and value). */
export function holds(root: ConfigDict, path: ConfigPath, value: ConfigValue): boolean {
  const current = readPath(root, path);
  return current !== undefined && valuesEqual(current, value);
}

export function setContains(root: ConfigDict, path: ConfigPath, value: ConfigScalar): boolean | undefined {
  const current = readPath(root, path);
  return isSet(current) ? setHas(current, value) : undefined;
}
