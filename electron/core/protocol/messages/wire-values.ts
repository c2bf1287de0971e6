/** Checks on numbers and byte fields as protobufjs hands them out (64-bit values may exceed 2^53). */

/** An integer time in [min, 2^53): ms timestamps, message ids, seconds. */
export function isSafeTime(value: unknown, min = 1): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

export function bytesOfLength(value: unknown, length: number): value is Uint8Array {
  return value instanceof Uint8Array && value.length === length;
}

/** A copy detached from the decode buffer (protobufjs returns views into the whole message). */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes);
}
