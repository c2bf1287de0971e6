import { BencodeError, decodeBt, encodeBt, type BtValue } from '../bencode';
import { ConfigError } from './config-error';

/**
 * The dump of a ConfigState: libsession's dump layout, bt-encoded with sorted keys and lists,
 *   { "!": sync state (0 clean, 1 dirty, 2 waiting),
 *     "$": the config message, serialized unsigned (a verified signature is kept),
 *     "(": [current message hashes], ")": [obsolete hashes],
 *     "*": incomplete multipart sets and completed-set markers (multipart-sets.ts),
 *     "+": the typed config's extra data }
 * It is ours to read back (libsession's own dumps are not loaded).
 */
export interface DumpExtra {
  save(): Map<string, BtValue>;
  load(extra: Map<string, BtValue>): void;
}

export interface DumpContents {
  readonly state: 0 | 1 | 2;
  readonly data: Uint8Array;
  readonly current: readonly string[];
  readonly obsolete: readonly string[];
  readonly multiparts: Map<string, BtValue>;
  readonly extra: Map<string, BtValue>;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function writeDump(d: DumpContents): Uint8Array {
  return encodeBt(
    new Map<string, BtValue>([
      ['!', BigInt(d.state)],
      ['$', d.data],
      ['(', d.current.map((h) => utf8.encode(h))],
      [')', d.obsolete.map((h) => utf8.encode(h))],
      ['*', d.multiparts],
      ['+', d.extra],
    ]),
  );
}

function bad(message: string, cause?: unknown): ConfigError {
  return new ConfigError('dump', message, cause === undefined ? undefined : { cause });
}

function strings(v: BtValue | undefined): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => x instanceof Uint8Array))
    throw bad('A dumped hash list is malformed.');
  return v.map((x) => fromUtf8.decode(x));
}

function dict(v: BtValue | undefined): Map<string, BtValue> {
  if (v === undefined) return new Map();
  if (!(v instanceof Map)) throw bad('A dumped section is not a dict.');
  return v;
}

/** Throws ConfigError('dump') for anything that is not a dump this engine wrote. */
export function readDump(bytes: Uint8Array): DumpContents {
  let top: BtValue;
  try {
    top = decodeBt(bytes);
  } catch (cause) {
    if (cause instanceof BencodeError) throw bad('The config dump is not valid bencode.', cause);
    throw cause;
  }
  if (!(top instanceof Map)) throw bad('A config dump is a dict.');
  const state = top.get('!');
  if (state !== 0n && state !== 1n && state !== 2n) throw bad('The dumped config state is invalid.');
  const data = top.get('$');
  if (!(data instanceof Uint8Array)) throw bad('The config dump holds no config message.');
  return {
    state: Number(state) as 0 | 1 | 2,
    data,
    current: strings(top.get('(')),
    obsolete: strings(top.get(')')),
    multiparts: dict(top.get('*')),
    extra: dict(top.get('+')),
  };
}
