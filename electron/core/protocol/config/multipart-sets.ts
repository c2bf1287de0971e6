import { btKeyFromBytes, type BtValue } from '../bencode';
import { bytesEqual, concatBytes } from '../../crypto/bytes';
import { blake2b } from '../../crypto/hash';
import { ConfigError } from './config-error';
import { stripPrefix } from './encrypt';
import { parseMultipartPart } from './multipart';
import { zstdDecompress } from './zstd';

/**
 * Incoming multipart sets (protocol reference §10.1 "Receiver"). Parts are buffered per final
 * hash, sorted by index; an incomplete set is forgotten `waitMs` after its latest part, a completed
 * one is remembered without data for `rememberMs` so its parts coming back are ignored. Times are
 * the injected clock's milliseconds. The dump form is libsession's `"*"` dict:
 *   { hash(32): { "#": count or 0 when done, "T": expiry ms, "p": [{"#": i, "M": id, "d": chunk}…] } }
 */
export const MULTIPART_MAX_WAIT_MS = 7 * 24 * 3600 * 1000;
export const MULTIPART_MAX_REMEMBER_MS = 14 * 24 * 3600 * 1000;
/** Bound on a reassembled, decompressed config (libsession has none; 32 MiB is far above any real one). */
export const MAX_CONFIG_BYTES = 32 * 1024 * 1024;

interface Part {
  readonly index: number;
  readonly messageId: string;
  readonly data: Uint8Array;
}

interface PartialSet {
  done: boolean;
  size: number;
  parts: Part[];
  expiry: number;
}

export interface MultipartResult {
  /** The part was well formed (even if it was a duplicate or its set failed to reassemble). */
  readonly accepted: boolean;
  /** When this part completed a set: every part's message id, and the reassembled config. */
  readonly completed?: { readonly messageIds: string[]; readonly data: Uint8Array };
  /** Whether anything a dump holds changed. */
  readonly changed: boolean;
}

const Z = 0x7a;
const D = 0x64;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export class MultipartSets {
  private readonly sets = new Map<string, PartialSet>();
  /** Bumped on every change a dump would show. */
  private version = 0;

  constructor(
    readonly waitMs = MULTIPART_MAX_WAIT_MS,
    readonly rememberMs = MULTIPART_MAX_REMEMBER_MS,
  ) {}

  /** Records that we produced (or finished) the set with this hash. */
  markDone(hash: Uint8Array, now: number): void {
    this.version++;
    this.sets.set(btKeyFromBytes(hash), { done: true, size: 0, parts: [], expiry: now + this.rememberMs });
  }

  handle(messageId: string, plain: Uint8Array, now: number): MultipartResult {
    const before = this.version;
    try {
      return this.handleOrThrow(messageId, plain, now);
    } catch (e) {
      if (e instanceof ConfigError) return { accepted: false, changed: this.version !== before };
      throw e;
    }
  }

  private handleOrThrow(messageId: string, plain: Uint8Array, now: number): MultipartResult {
    const part = parseMultipartPart(plain);
    const key = btKeyFromBytes(part.hash);
    let set = this.sets.get(key);
    if (set?.done) return { accepted: true, changed: false };
    if (!set || set.parts.length === 0) {
      set = { done: false, size: part.count, parts: [], expiry: now + this.waitMs };
      this.sets.set(key, set);
    } else if (set.size !== part.count) {
      throw new ConfigError('multipart', 'A multipart part disagrees with its set about the count.');
    }
    let at = 0;
    while (at < set.parts.length && set.parts[at]!.index < part.index) at++;
    if (set.parts[at]?.index === part.index) return { accepted: true, changed: false };
    set.parts.splice(at, 0, { index: part.index, messageId, data: part.chunk });
    this.version++;
    if (set.parts.length < set.size) {
      set.expiry = now + this.waitMs;
      return { accepted: true, changed: true };
    }
    const messageIds = set.parts.map((p) => p.messageId);
    const whole = concatBytes(...set.parts.map((p) => p.data));
    if (!bytesEqual(blake2b(32, whole), part.hash)) {
      throw new ConfigError('multipart', 'A reassembled multipart message does not match its hash.');
    }
    this.markDone(part.hash, now);
    return { accepted: true, changed: true, completed: { messageIds, data: inflate(whole) } };
  }

  /** Forgets expired sets; true when something was dropped. */
  expire(now: number): boolean {
    let dropped = false;
    for (const [k, s] of this.sets) {
      if (s.expiry < now) {
        this.sets.delete(k);
        dropped = true;
      }
    }
    return dropped;
  }

  /** Message ids of parts of incomplete, unexpired sets (their expiry must be kept bumped). */
  pendingMessageIds(now: number): string[] {
    const out: string[] = [];
    for (const s of this.sets.values()) {
      if (!s.done && s.expiry > now) for (const p of s.parts) out.push(p.messageId);
    }
    return out;
  }

  toDump(now: number): Map<string, BtValue> {
    const out = new Map<string, BtValue>();
    for (const [k, s] of this.sets) {
      if (s.expiry < now) continue;
      const entry = new Map<string, BtValue>([
        ['#', BigInt(s.done ? 0 : s.size)],
        ['T', BigInt(s.expiry)],
      ]);
      if (!s.done) {
        entry.set(
          'p',
          s.parts.map(
            (p) =>
              new Map<string, BtValue>([
                ['#', BigInt(p.index)],
                ['M', utf8.encode(p.messageId)],
                ['d', p.data],
              ]),
          ),
        );
      }
      out.set(k, entry);
    }
    return out;
  }

  /** Loads a dump's `"*"` dict; malformed entries throw ConfigError('dump'), expired ones are skipped. */
  loadDump(value: BtValue, now: number): void {
    if (!(value instanceof Map)) throw new ConfigError('dump', 'The multipart dump is not a dict.');
    for (const [k, entry] of value) {
      if (k.length !== 32) continue;
      const set = readSet(entry);
      if (set.expiry < now) continue;
      this.sets.set(k, set);
    }
  }
}

function inflate(whole: Uint8Array): Uint8Array {
  let data = stripPrefix(whole);
  if (data[0] === Z) {
    data = zstdDecompress(data.subarray(1), MAX_CONFIG_BYTES);
    if (data.length === 0) throw new ConfigError('decompress', 'A multipart message inflated to nothing.');
  }
  if (data.length === 0 || data[0] !== D) {
    throw new ConfigError('parse', 'A reassembled multipart message is not a config message.');
  }
  return data;
}

function int(v: BtValue | undefined): number {
  if (typeof v !== 'bigint' || v < 0n || v > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ConfigError('dump', 'A multipart dump number is invalid.');
  }
  return Number(v);
}

function readSet(entry: BtValue): PartialSet {
  if (!(entry instanceof Map)) throw new ConfigError('dump', 'A multipart dump entry is not a dict.');
  const size = int(entry.get('#'));
  const set: PartialSet = { done: size === 0, size, parts: [], expiry: int(entry.get('T')) };
  if (set.done) return set;
  const parts = entry.get('p');
  if (!Array.isArray(parts)) throw new ConfigError('dump', 'A multipart dump entry has no parts.');
  for (const p of parts) {
    const id = p instanceof Map ? p.get('M') : undefined;
    const data = p instanceof Map ? p.get('d') : undefined;
    if (!(p instanceof Map) || !(id instanceof Uint8Array) || !(data instanceof Uint8Array)) {
      throw new ConfigError('dump', 'A multipart dump part is malformed.');
    }
    set.parts.push({ index: int(p.get('#')), messageId: fromUtf8.decode(id), data });
  }
  return set;
}
