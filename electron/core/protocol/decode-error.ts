import { ShallotError } from '../errors';

export type DecodeErrorCode =
  'base64' | 'protobuf' | 'missing-field' | 'unexpected-type' | 'padding' | 'timestamp-mismatch' | 'input';

/** Bytes from outside (network, storage) that do not form the expected message. */
export class DecodeError extends ShallotError<DecodeErrorCode> {}

/**
 * Runs a protobufjs decoder and turns whatever it throws (RangeError, ProtocolError for a missing
 * required field, "invalid wire type" Errors…) into a DecodeError.
 */
export function decodeWith<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    const text = cause instanceof Error ? cause.message : '';
    if (text.startsWith('missing required')) {
      throw new DecodeError('missing-field', `The ${what} lacks a required field.`, { cause });
    }
    throw new DecodeError('protobuf', `The ${what} is not a valid protobuf message.`, { cause });
  }
}
