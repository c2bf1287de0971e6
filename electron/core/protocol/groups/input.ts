import type { ShallotError } from '../../errors';
import { parseSessionId, type SessionId } from '../../crypto/ids';
import { decodeBt, isBtDict, isBtList, type BtValue } from '../bencode';

/**
 * Argument guards shared by the group modules: each module passes its own error factory, so a
 * wrong argument fails with that module's typed 'input' error instead of a TypeError deeper down.
 */
export type InputError = (message: string) => ShallotError;

export function bytes(value: unknown, what: string, fail: InputError, ...lengths: number[]): Uint8Array {
  if (!(value instanceof Uint8Array)) throw fail(`${what} is bytes (Uint8Array).`);
  if (lengths.length > 0 && !lengths.includes(value.length)) {
    throw fail(`${what} is ${lengths.join(' or ')} bytes, not ${value.length}.`);
  }
  return value;
}

export function sessionId(value: unknown, fail: InputError): SessionId {
  if (typeof value !== 'string') throw fail('A Session ID is given as text.');
  try {
    return parseSessionId(value);
  } catch {
    throw fail('A member is identified by a 05… Session ID.');
  }
}

export function nonNegativeInteger(value: unknown, what: string, fail: InputError): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw fail(`${what} is a non-negative integer.`);
  }
  return value;
}

/** Array.isArray without its narrowing to any[], so elements keep their declared type. */
export function list<T>(value: readonly T[], what: string, fail: InputError): readonly T[] {
  const isArray: (v: unknown) => boolean = Array.isArray;
  if (!isArray(value)) throw fail(`${what} are a list.`);
  return value;
}

/** Makes a module's error for bytes it cannot decode, keeping the bencode error as the cause. */
export type DecodeFailure = (message: string, cause?: unknown) => ShallotError;

function decodeAs<T extends BtValue>(
  data: Uint8Array,
  what: string,
  fail: DecodeFailure,
  is: (v: BtValue) => v is T,
  shape: string,
): T {
  let value: BtValue;
  try {
    value = decodeBt(data);
  } catch (cause) {
    throw fail(`${what} is not bt-encoded.`, cause);
  }
  if (!is(value)) throw fail(`${what} is not a ${shape}.`);
  return value;
}

export function decodeDict(data: Uint8Array, what: string, fail: DecodeFailure): Map<string, BtValue> {
  return decodeAs(data, what, fail, isBtDict, 'dict');
}

export function decodeList(data: Uint8Array, what: string, fail: DecodeFailure): BtValue[] {
  return decodeAs(data, what, fail, isBtList, 'list');
}
