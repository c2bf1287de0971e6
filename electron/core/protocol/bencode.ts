import { ShallotError } from '../errors';

/**
 * Strict bencode ("bt-encoding", as used by libsession configs, groups and v4 onion requests).
 *
 * Decoded values are `BtValue`:
 * - integers → `bigint` (always, so 64-bit values survive; the range is int64 ∪ uint64 like oxenc's);
 * - byte strings → `Uint8Array` (text is the caller's business: decode it with TextDecoder);
 * - lists → `BtValue[]`;
 * - dicts → `Map<string, BtValue>` whose keys are the raw key bytes as a *latin1* string (one char per
 *   byte), because config dicts are keyed by binary values such as 33-byte Session IDs. Use
 *   `btKeyFromBytes`/`btKeyToBytes` for binary keys; plain ASCII keys need no conversion.
 *
 * The encoder also accepts `number` (safe integers) and `string` (encoded as UTF-8) for convenience,
 * and writes dict keys in byte order. The decoder accepts only the canonical encoding: no leading
 * zeros, no `-0`, dict keys strictly ascending (so no duplicates), no trailing bytes, nesting at
 * most `MAX_BT_DEPTH`; it never reads or allocates beyond its input.
 */
export type BtValue = bigint | Uint8Array | BtValue[] | Map<string, BtValue>;
export type BtInput = BtValue | number | string | BtInput[] | Map<string, BtInput>;

export type BencodeErrorCode =
  | 'truncated'
  | 'syntax'
  | 'non-canonical'
  | 'dict-order'
  | 'depth'
  | 'trailing'
  | 'int-range'
  | 'unencodable';

export class BencodeError extends ShallotError<BencodeErrorCode> {}

export const MAX_BT_DEPTH = 64;

const INT_MIN = -(1n << 63n);
const INT_MAX = (1n << 64n) - 1n;
/** Longest canonical integer text ("-9223372036854775808" or "18446744073709551615"). */
const MAX_INT_DIGITS = 20;

const C_0 = 0x30;
const C_9 = 0x39;
const C_COLON = 0x3a;
const C_MINUS = 0x2d;
const C_E = 0x65;
const C_I = 0x69;
const C_L = 0x6c;
const C_D = 0x64;

export function btKeyFromBytes(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

export function btKeyToBytes(key: string): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0xff) throw new BencodeError('unencodable', 'A bencode dict key must be a byte string (latin1).');
    out[i] = c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Encoding

class Sink {
  private buf = new Uint8Array(256);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  ascii(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i);
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const textEncoder = new TextEncoder();

function encodeInto(sink: Sink, value: BtInput, depth: number): void {
  if (depth > MAX_BT_DEPTH) {
    throw new BencodeError('depth', `Bencode values nest at most ${MAX_BT_DEPTH} levels deep.`);
  }
  if (typeof value === 'bigint' || typeof value === 'number') {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new BencodeError('unencodable', 'Only safe integers can be bencoded from a number.');
    }
    const n = BigInt(value);
    if (n < INT_MIN || n > INT_MAX)
      throw new BencodeError('int-range', 'The integer does not fit in 64 bits.');
    sink.byte(C_I);
    sink.ascii(n.toString());
    sink.byte(C_E);
  } else if (typeof value === 'string') {
    const b = textEncoder.encode(value);
    sink.ascii(`${b.length}:`);
    sink.bytes(b);
  } else if (value instanceof Uint8Array) {
    sink.ascii(`${value.length}:`);
    sink.bytes(value);
  } else if (Array.isArray(value)) {
    sink.byte(C_L);
    for (const item of value) encodeInto(sink, item, depth + 1);
    sink.byte(C_E);
  } else if (value instanceof Map) {
    const keys = [...value.keys()];
    for (const k of keys) {
      if (typeof k !== 'string') throw new BencodeError('unencodable', 'Bencode dict keys must be strings.');
      btKeyToBytes(k);
    }
    // Latin1 keys compare char by char exactly as their bytes do.
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sink.byte(C_D);
    for (const k of keys) {
      sink.ascii(`${k.length}:`);
      sink.ascii(k);
      encodeInto(sink, value.get(k) as BtInput, depth + 1);
    }
    sink.byte(C_E);
  } else {
    throw new BencodeError('unencodable', 'This value has no bencode representation.');
  }
}

export function encodeBt(value: BtInput): Uint8Array {
  const sink = new Sink();
  encodeInto(sink, value, 1);
  return sink.result();
}

// ---------------------------------------------------------------------------------------------
// Decoding

class Reader {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
  ) {
    this.pos = start;
  }

  peek(): number {
    if (this.pos >= this.bytes.length)
      throw new BencodeError('truncated', 'The bencoded data ends too early.');
    return this.bytes[this.pos]!;
  }

  /** Digits up to (not including) `end`; canonical decimal only. */
  digits(end: number, allowMinus: boolean, what: string): bigint {
    let negative = false;
    if (allowMinus && this.peek() === C_MINUS) {
      negative = true;
      this.pos++;
    }
    const first = this.pos;
    while (this.pos < this.bytes.length) {
      const c = this.bytes[this.pos]!;
      if (c < C_0 || c > C_9) break;
      this.pos++;
      if (this.pos - first > MAX_INT_DIGITS) {
        throw new BencodeError('int-range', `The bencoded ${what} has too many digits.`);
      }
    }
    if (this.pos >= this.bytes.length)
      throw new BencodeError('truncated', 'The bencoded data ends too early.');
    const count = this.pos - first;
    if (count === 0) throw new BencodeError('syntax', `The bencoded ${what} has no digits.`);
    if (this.bytes[this.pos] !== end) throw new BencodeError('syntax', `The bencoded ${what} is malformed.`);
    if (this.bytes[first] === C_0 && (count > 1 || negative)) {
      throw new BencodeError('non-canonical', `The bencoded ${what} has a leading zero or is -0.`);
    }
    let n = 0n;
    for (let i = first; i < this.pos; i++) n = n * 10n + BigInt(this.bytes[i]! - C_0);
    this.pos++; // the terminator
    return negative ? -n : n;
  }

  string(): Uint8Array {
    const len = this.digits(C_COLON, false, 'string length');
    if (len > BigInt(this.bytes.length - this.pos)) {
      throw new BencodeError('truncated', 'A bencoded string is longer than the data that holds it.');
    }
    const n = Number(len);
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  value(depth: number): BtValue {
    if (depth > MAX_BT_DEPTH) {
      throw new BencodeError('depth', `Bencoded values nest at most ${MAX_BT_DEPTH} levels deep.`);
    }
    const c = this.peek();
    if (c === C_I) {
      this.pos++;
      const n = this.digits(C_E, true, 'integer');
      if (n < INT_MIN || n > INT_MAX)
        throw new BencodeError('int-range', 'A bencoded integer does not fit in 64 bits.');
      return n;
    }
    if (c >= C_0 && c <= C_9) return this.string();
    if (c === C_L) {
      this.pos++;
      const list: BtValue[] = [];
      while (this.peek() !== C_E) list.push(this.value(depth + 1));
      this.pos++;
      return list;
    }
    if (c === C_D) {
      this.pos++;
      const dict = new Map<string, BtValue>();
      let previous: string | undefined;
      while (this.peek() !== C_E) {
        const kc = this.peek();
        if (kc < C_0 || kc > C_9) throw new BencodeError('syntax', 'A bencoded dict key is not a string.');
        const key = btKeyFromBytes(this.string());
        if (previous !== undefined && key <= previous) {
          throw new BencodeError('dict-order', 'Bencoded dict keys are not in strictly ascending order.');
        }
        previous = key;
        dict.set(key, this.value(depth + 1));
      }
      this.pos++;
      return dict;
    }
    throw new BencodeError('syntax', 'Unexpected byte in bencoded data.');
  }
}

/** Decodes one value that must fill `bytes` exactly. */
export function decodeBt(bytes: Uint8Array): BtValue {
  const { value, end } = decodeBtPrefix(bytes, 0);
  if (end !== bytes.length) throw new BencodeError('trailing', 'Extra bytes follow the bencoded value.');
  return value;
}

/** Decodes one value starting at `offset`; `end` is the offset just past it (for streamed data). */
export function decodeBtPrefix(bytes: Uint8Array, offset = 0): { value: BtValue; end: number } {
  if (!(bytes instanceof Uint8Array)) throw new BencodeError('syntax', 'Bencoded data must be bytes.');
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > bytes.length) {
    throw new BencodeError('truncated', 'The offset lies outside the bencoded data.');
  }
  const r = new Reader(bytes, offset);
  const value = r.value(1);
  return { value, end: r.pos };
}

export function isBtDict(v: BtValue | undefined): v is Map<string, BtValue> {
  return v instanceof Map;
}

export function isBtBytes(v: BtValue | undefined): v is Uint8Array {
  return v instanceof Uint8Array;
}

export function isBtList(v: BtValue | undefined): v is BtValue[] {
  return Array.isArray(v);
}
