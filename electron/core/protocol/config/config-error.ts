import { ShallotError } from '../../errors';

/**
 * Everything the config engine rejects. Incoming bytes that fail (a bad message among several
 * merged) are skipped rather than thrown; these codes surface where a caller asked for one specific
 * thing (parse this message, load this dump, set this value).
 */
export type ConfigErrorCode =
  /** Not a valid config message or data structure (libsession `config_parse_error`). */
  | 'parse'
  /** A top-level key sorts before `#`: a future, incompatible message format. */
  | 'future-version'
  | 'signature'
  | 'missing-signature'
  /** A merge was given no message that could be used. */
  | 'no-valid-config'
  | 'decrypt'
  | 'decompress'
  | 'multipart'
  /** The legacy protobuf transport (namespaces 2–5) could not be unwrapped. */
  | 'unwrap'
  | 'too-large'
  /** A group config without the group's secret key cannot be changed. */
  | 'readonly'
  | 'no-key'
  | 'dump'
  /** A value or argument our own code passed is not acceptable (bad ID, name too long…). */
  | 'input'
  | 'not-ready';

export class ConfigError extends ShallotError<ConfigErrorCode> {}
