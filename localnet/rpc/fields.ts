import { ShallotError } from '../../electron/core/errors';
import { tryFromBase64 } from '../../electron/core/crypto/bytes';
import { NAMESPACE_MAX, NAMESPACE_MIN } from './constants';

/**
 * Parsing of storage RPC params with the field rules and error texts of session-storage-server's
 * `client_rpc_endpoints.cpp`: fields are read in alphabetical order (so the first bad field named
 * is the one upstream names), and a failure becomes HTTP 400 `invalid request: <text>`.
 */
export class RpcParseError extends ShallotError<'invalid-request'> {
  constructor(message: string) {
    super('invalid-request', message);
  }
}

export type Params = Record<string, unknown>;

export type NamespaceVar = number | 'all';

export const HEX_RE = /^[0-9a-fA-F]*$/;
const B64_CHARS_RE = /^[A-Za-z0-9+/]*={0,2}$/;

export function isBase64(s: string): boolean {
  return B64_CHARS_RE.test(s) && tryFromBase64(s) !== undefined;
}

export type Kind = 'bool' | 'uint' | 'int' | 'ns' | 'nsvar' | 'ts' | 'strs' | 'tss' | 'str';

const DESC: Record<Kind, string> = {
  bool: 'boolean',
  uint: 'positive integer',
  int: 'integer',
  ns: '16-bit integer',
  nsvar: 'integer or "all"',
  ts: 'integer timestamp (in milliseconds)',
  strs: 'string array',
  tss: 'timestamp array',
  str: 'string',
};

export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
export const isUint = (v: unknown): v is number => isInt(v) && v >= 0;

function bad(name: string, kind: Kind): never {
  throw new RpcParseError(`Invalid value given for '${name}': expected ${DESC[kind]}`);
}

export function field(p: Params, name: string, kind: 'bool'): boolean | undefined;
export function field(p: Params, name: string, kind: 'uint' | 'int' | 'ns' | 'ts'): number | undefined;
export function field(p: Params, name: string, kind: 'nsvar'): NamespaceVar | undefined;
export function field(p: Params, name: string, kind: 'strs'): string[] | undefined;
export function field(p: Params, name: string, kind: 'tss'): number[] | undefined;
export function field(p: Params, name: string, kind: 'str'): string | undefined;
export function field(p: Params, name: string, kind: Kind): unknown {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  switch (kind) {
    case 'bool':
      return typeof v === 'boolean' ? v : bad(name, kind);
    case 'uint':
      return isUint(v) ? v : bad(name, kind);
    case 'int':
      return isInt(v) ? v : bad(name, kind);
    case 'ts':
      if (!isUint(v)) bad(name, kind);
      // Small values are almost certainly seconds, not milliseconds.
      if (v < 1_000_000_000) {
        throw new RpcParseError(`Invalid timestamp for '${name}': timestamp must be in milliseconds`);
      }
      return v;
    case 'ns':
    case 'nsvar':
      if (isInt(v)) {
        if (v < NAMESPACE_MIN || v > NAMESPACE_MAX) {
          throw new RpcParseError(`Invalid value given for '${name}': value out of range`);
        }
        return v;
      }
      if (kind === 'nsvar' && v === 'all') return 'all';
      if (kind === 'ns') bad(name, kind);
      throw new RpcParseError(`Invalid value given for '${name}': expected integer or "all"`);
    case 'strs':
      if (typeof v === 'string') return [v];
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
      return bad(name, kind);
    case 'tss':
      if (isUint(v)) return [v];
      if (Array.isArray(v) && v.every(isUint)) return v;
      return bad(name, kind);
    case 'str':
      return typeof v === 'string' ? v : bad(name, kind);
  }
}

/** `timestamp` and `ttl` of store may also arrive as decimal strings (old clients). */
export function stringified(p: Params, name: string, kind: 'int' | 'uint'): number | undefined {
  const v = p[name];
  if (typeof v === 'string') {
    const ok = kind === 'int' ? /^-?[0-9]+$/.test(v) : /^[0-9]+$/.test(v);
    const n = ok ? Number(v) : Number.NaN;
    if (!Number.isSafeInteger(n))
      throw new RpcParseError(`Invalid value given for '${name}': ${JSON.stringify(v)}`);
    return n;
  }
  return field(p, name, kind);
}

export function require<T>(name: string, v: T | undefined): T {
  if (v === undefined) throw new RpcParseError(`Required field '${name}' missing`);
  return v;
}

export function exactlyOne<A, B>(
  first: string,
  a: A | undefined,
  second: string,
  b: B | undefined,
  alias: boolean,
): void {
  if (a !== undefined && b !== undefined)
    throw new RpcParseError(`Cannot specify both '${first}' and '${second}'`);
  if (a === undefined && b === undefined) {
    throw new RpcParseError(
      alias ? `Required field '${first}' missing` : `Required field '${first}' or '${second}' missing`,
    );
  }
}
