import { BencodeError, decodeBt, encodeBt, type BtInput, type BtValue } from '../bencode';
import { toHex } from '../../crypto/bytes';
import { blake2b } from '../../crypto/hash';
import { ConfigError } from './config-error';
import { diffDicts, validateData, validateDiff, type ConfigDiff } from './diff';
import { compareBytes, copyDict, isDict, pruneDict, type ConfigDict } from './values';

/**
 * One config message (libsession `ConfigMessage` / `MutableConfigMessage`, `src/config.cpp`):
 *
 *   d 1:# i<seqno>e  [unknown]  1:& <data>  [unknown]  1:< l [l i<seqno>e 32:<hash> <diff> e]… e
 *     [unknown]  1:= <this diff>  [unknown]  [1:~ 64:<Ed25519 signature>] e
 *
 * The hash of a message is the unkeyed BLAKE2b-256 of its serialized bytes. Top-level keys this
 * version does not know are kept and written back in place; a key sorting before `#` marks a
 * future, incompatible format.
 */
export const DEFAULT_LAGS = 5;

export type Verify = (signed: Uint8Array, signature: Uint8Array) => boolean;
export type Sign = (data: Uint8Array) => Uint8Array;

export interface MessageOptions {
  /** How many seqnos of diffs are carried (libsession's "within N"); 5 everywhere in Session. */
  readonly lag: number;
  /** When set, every message must carry a signature this accepts. */
  readonly verify?: Verify | undefined;
  /** When set, serialized messages are signed with it. */
  readonly sign?: Sign | undefined;
}

export interface LaggedDiff {
  readonly seqno: bigint;
  readonly hash: Uint8Array;
  readonly diff: ConfigDiff;
}

/** A (seqno, hash) pair as a lookup key. */
export function seqnoHashKey(seqno: bigint, hash: Uint8Array): string {
  return `${seqno}:${toHex(hash)}`;
}

export function compareSeqnoHash(
  a: { seqno: bigint; hash: Uint8Array },
  b: { seqno: bigint; hash: Uint8Array },
): number {
  if (a.seqno !== b.seqno) return a.seqno < b.seqno ? -1 : 1;
  return compareBytes(a.hash, b.hash);
}

const SIG_TAIL = 71; // "1:~" "64:" <64 bytes> "e"
const SIG_PREFIX = new TextEncoder().encode('1:~64:');
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

export class ConfigMessage {
  seqno = 0n;
  hash: Uint8Array = new Uint8Array(32);
  data: ConfigDict = new Map();
  /** This message's own diff (as parsed; a mutable message recomputes it). */
  diff: ConfigDiff = new Map();
  /** Diffs of earlier messages, keyed by seqnoHashKey. */
  lagged = new Map<string, LaggedDiff>();
  unknown = new Map<string, BtValue>();
  verifiedSignature: Uint8Array | undefined;
  /** -1 after a merge; otherwise the index of the input message this one is. */
  unmergedIndex = -1;

  constructor(public options: MessageOptions) {}

  get merged(): boolean {
    return this.unmergedIndex === -1;
  }

  /** The diff written into `=` when serializing. */
  currentDiff(): ConfigDiff {
    return this.diff;
  }

  serialize(enableSigning = true): Uint8Array {
    return this.serializeWith(this.currentDiff(), enableSigning);
  }

  protected serializeWith(diff: ConfigDiff, enableSigning: boolean): Uint8Array {
    const top = new Map<string, BtInput>(this.unknown);
    top.set('#', this.seqno);
    top.set('&', this.data);
    const lags: BtInput[] = [];
    const low = this.seqno - BigInt(this.options.lag);
    for (const l of sortedLagged(this.lagged)) {
      if (l.seqno > low && l.seqno < this.seqno) lags.push([l.seqno, l.hash, l.diff]);
    }
    top.set('<', lags);
    top.set('=', diff);
    const encoded = encodeBt(top);
    let sig = this.verifiedSignature;
    if (!sig && this.options.sign && enableSigning) {
      sig = this.options.sign(encoded.subarray(0, encoded.length - 1));
      if (!(sig instanceof Uint8Array) || sig.length !== 64) {
        throw new ConfigError('signature', 'The config signer did not return 64 bytes.');
      }
    }
    if (!sig) return encoded;
    const out = new Uint8Array(encoded.length - 1 + SIG_TAIL);
    out.set(encoded.subarray(0, encoded.length - 1), 0);
    out.set(SIG_PREFIX, encoded.length - 1);
    out.set(sig, encoded.length - 1 + SIG_PREFIX.length);
    out[out.length - 1] = 0x65;
    return out;
  }

  /** A mutable copy with the next seqno, carrying this message's diff as a lagged one. */
  increment(): MutableConfigMessage {
    const next = new MutableConfigMessage(this.options);
    next.copyFrom(this);
    // A mutable parent's diff and hash are only known once serialized (on the copy, as libsession).
    if (this instanceof MutableConfigMessage) next.computeHash();
    next.incrementFrom(next.seqno, next.hash, next.diff);
    return next;
  }

  /** Deep copy of the mutable parts (data); diffs and unknown values are never changed in place. */
  copyFrom(other: ConfigMessage): void {
    this.seqno = other.seqno;
    this.hash = other.hash;
    this.data = copyDict(other.data);
    this.diff = other.diff;
    this.lagged = new Map(other.lagged);
    this.unknown = other.unknown;
    this.verifiedSignature = other.verifiedSignature;
    this.unmergedIndex = other.unmergedIndex;
  }
}

export class MutableConfigMessage extends ConfigMessage {
  /** The data as it was when this message was derived; the diff is taken against it. */
  origData: ConfigDict = new Map();

  override currentDiff(): ConfigDiff {
    this.verifiedSignature = undefined;
    pruneDict(this.data);
    this.diff = diffDicts(this.origData, this.data) ?? new Map<string, BtValue>();
    return this.diff;
  }

  /** Recomputes the hash of the message as it would be serialized now. */
  computeHash(): Uint8Array {
    this.hash = blake2b(32, this.serialize());
    return this.hash;
  }

  override copyFrom(other: ConfigMessage): void {
    super.copyFrom(other);
    if (other instanceof MutableConfigMessage) this.origData = copyDict(other.origData);
  }

  /** libsession `increment_impl`: becomes the child of (seqno, hash, diff). */
  incrementFrom(seqno: bigint, hash: Uint8Array, diff: ConfigDiff): void {
    this.origData = copyDict(this.data);
    const low = seqno - BigInt(this.options.lag);
    for (const [k, l] of this.lagged) if (l.seqno <= low || l.seqno >= seqno) this.lagged.delete(k);
    this.lagged.set(seqnoHashKey(seqno, hash), { seqno, hash, diff });
    this.seqno = seqno + 1n;
    this.hash = new Uint8Array(32);
    this.diff = new Map<string, BtValue>();
  }

  prune(): boolean {
    return pruneDict(this.data);
  }
}

export function sortedLagged(lagged: Map<string, LaggedDiff>): LaggedDiff[] {
  return [...lagged.values()].sort(compareSeqnoHash);
}

/**
 * A new, empty message (seqno 0), as libsession's default-constructed one. Its hash is that of the
 * unsigned form even for signed configs: libsession hashes it before the signing key is set, and
 * the hash travels on as the first lagged diff of seqno 1.
 */
export function emptyMessage(options: MessageOptions): ConfigMessage {
  const m = new ConfigMessage(options);
  m.hash = blake2b(32, m.serialize(false));
  return m;
}

function readInt64(v: BtValue | undefined, what: string): bigint {
  if (typeof v !== 'bigint' || v < INT64_MIN || v > INT64_MAX) {
    throw new ConfigError('parse', `The ${what} is not a 64-bit integer.`);
  }
  return v;
}

function parseLagged(list: BtValue, seqno: bigint, lag: number): Map<string, LaggedDiff> {
  if (!Array.isArray(list)) throw new ConfigError('parse', 'The lagged diffs are not a list.');
  const out = new Map<string, LaggedDiff>();
  let last: LaggedDiff | undefined;
  for (const row of list) {
    if (!Array.isArray(row) || row.length === 0) {
      throw new ConfigError('parse', 'A lagged diff is not a [seqno, hash, diff] list.');
    }
    const s = readInt64(row[0], 'lagged diff seqno');
    if (s >= seqno) throw new ConfigError('parse', 'A lagged diff is not older than its message.');
    if (s <= seqno - BigInt(lag)) continue; // too old to matter: dropped unread, as libsession does
    const hash = row[1];
    if (!(hash instanceof Uint8Array) || hash.length !== 32) {
      throw new ConfigError('parse', 'A lagged diff hash is not 32 bytes.');
    }
    const entry: LaggedDiff = { seqno: s, hash, diff: validateDiff(row[2] ?? 0n) };
    if (last && compareSeqnoHash(entry, last) <= 0) {
      throw new ConfigError('parse', 'The lagged diffs are unsorted or repeated.');
    }
    if (row.length !== 3) throw new ConfigError('parse', 'A lagged diff has more than three elements.');
    out.set(seqnoHashKey(s, hash), entry);
    last = entry;
  }
  return out;
}

/**
 * Parses one serialized message (libsession's single-message constructor). `trustSignature`
 * keeps a signature that was not verified (reloading our own dump). Throws ConfigError.
 */
export function parseMessage(
  bytes: Uint8Array,
  options: MessageOptions,
  trustSignature = false,
): ConfigMessage {
  let top: BtValue;
  try {
    top = decodeBt(bytes);
  } catch (cause) {
    if (cause instanceof BencodeError) {
      throw new ConfigError('parse', 'The config message is not valid bencode.', { cause });
    }
    throw cause;
  }
  if (!isDict(top)) throw new ConfigError('parse', 'A config message is a dict.');
  const keys = [...top.keys()];
  if (keys[0] !== '#') {
    if (keys[0] !== undefined && keys[0] < '#') {
      throw new ConfigError('future-version', 'The config message is of a newer, incompatible format.');
    }
    throw new ConfigError('parse', 'A config message starts with its seqno ("#").');
  }
  const m = new ConfigMessage(options);
  m.seqno = readInt64(top.get('#'), 'config seqno');
  if (!top.has('&')) throw new ConfigError('parse', 'The config message has no data ("&").');
  m.data = validateData(top.get('&')!, true);
  const lagged = top.get('<');
  if (lagged !== undefined) m.lagged = parseLagged(lagged, m.seqno, options.lag);
  const diff = top.get('=');
  if (diff !== undefined) m.diff = validateDiff(diff);
  for (const k of keys) {
    if (k === '#' || k === '&' || k === '<' || k === '=' || k === '~') continue;
    if (k > '~') throw new ConfigError('parse', 'The config message has keys after its signature.');
    m.unknown.set(k, top.get(k)!);
  }
  checkSignature(m, top.get('~'), bytes, trustSignature);
  m.hash = blake2b(32, bytes);
  return m;
}

function checkSignature(m: ConfigMessage, sig: BtValue | undefined, bytes: Uint8Array, trust: boolean): void {
  const { verify } = m.options;
  if (sig === undefined) {
    if (verify) throw new ConfigError('missing-signature', 'The config message is not signed.');
    return;
  }
  if (!(sig instanceof Uint8Array) || sig.length !== 64) {
    throw new ConfigError('signature', 'The config signature is not 64 bytes.');
  }
  if (verify && !verify(bytes.subarray(0, bytes.length - SIG_TAIL), sig)) {
    throw new ConfigError('signature', 'The config signature does not verify.');
  }
  if (verify || trust) m.verifiedSignature = sig;
}
