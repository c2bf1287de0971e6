/**
 * The one wire codec of the bridge, used by every transport (the web host's WebSocket, the core
 * worker's port, Electron IPC, the CLI's output), so a value arrives identically whichever host
 * carried it. Values become JSON text; bytes (`Uint8Array`) travel as `{"$bytes": "<base64>"}`.
 * Free of Node and DOM APIs beyond `btoa`/`atob`, which every runtime we use has.
 *
 * Frames are capped at MAX_FRAME_BYTES (UTF-8) in both directions: bigger payloads (attachments)
 * travel as chunked calls.
 */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** Contract values are shallow; a deeper value is hostile or a bug, refused before any walk. */
const MAX_DEPTH = 48;
const BYTES_KEY = '$bytes';

export type WireProblem = 'not-text' | 'too-large' | 'not-json' | 'bad-value';

export class CodecError extends Error {
  constructor(
    readonly problem: WireProblem | 'unencodable',
    message: string,
  ) {
    super(message);
    this.name = 'CodecError';
  }
}

/** UTF-8 length without allocating the encoding (TextEncoder would copy a whole frame). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // `apply` on typed-array chunks: an order of magnitude faster than spreading them (measured), and
  // small chunks keep the argument list well inside every engine's limit.
  for (let i = 0; i < bytes.length; i += 0x2000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function toWire(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new CodecError('unencodable', 'The value nests too deeply.');
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CodecError('unencodable', 'Numbers on the wire are finite.');
    return value;
  }
  if (value instanceof Uint8Array) return { [BYTES_KEY]: toBase64(value) };
  if (Array.isArray(value)) return value.map((v: unknown) => (v === undefined ? null : toWire(v, depth + 1)));
  if (typeof value === 'object' && isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === BYTES_KEY) {
      throw new CodecError(
        'unencodable',
        `An object with the single key "${BYTES_KEY}" would read as bytes.`,
      );
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      if (value[k] !== undefined) out[k] = toWire(value[k], depth + 1);
    }
    return out;
  }
  throw new CodecError('unencodable', `A ${typeof value} has no wire form.`);
}

function fromWire(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new CodecError('bad-value', 'The frame nests too deeply.');
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => fromWire(v, depth + 1));
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === BYTES_KEY) {
    const b64 = obj[BYTES_KEY];
    if (typeof b64 !== 'string') throw new CodecError('bad-value', 'Bytes travel as base64 text.');
    try {
      return fromBase64(b64);
    } catch {
      throw new CodecError('bad-value', 'Bytes travel as base64 text.');
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    // Defined, not assigned: a "__proto__" key from the wire stays a plain key, never a prototype.
    Object.defineProperty(out, k, {
      value: fromWire(obj[k], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Any value as a JSON-safe value (bytes as `{"$bytes": base64}`), for output that is not a frame. */
export function toWireValue(value: unknown): unknown {
  return toWire(value, 0);
}

/** Any value as wire text. Throws CodecError ('too-large' or 'unencodable'). */
export function encodeWire(value: unknown): string {
  const text = JSON.stringify(toWire(value, 0));
  if (utf8Length(text) > MAX_FRAME_BYTES) {
    throw new CodecError('too-large', `A frame is at most ${MAX_FRAME_BYTES} bytes.`);
  }
  return text;
}

/** A readable prefix is enough to answer a refused call frame (our clients write `id` early). */
const ID_HEAD = /^\s*\{(?:\s*"type"\s*:\s*"call"\s*,)?\s*"id"\s*:\s*(\d{1,15})\s*[,}]/;

export type Decoded =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: WireProblem; readonly id?: number };

/**
 * Wire text back to a value, never throwing. A frame over the cap is refused before it is parsed;
 * its call id is still read from its head where it can be, so the caller can be answered.
 */
export function decodeWire(text: unknown): Decoded {
  if (typeof text !== 'string') return { ok: false, problem: 'not-text' };
  if (text.length > MAX_FRAME_BYTES || utf8Length(text) > MAX_FRAME_BYTES) {
    const id = ID_HEAD.exec(text.slice(0, 256))?.[1];
    return { ok: false, problem: 'too-large', ...(id !== undefined ? { id: Number(id) } : {}) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  try {
    return { ok: true, value: fromWire(parsed, 0) };
  } catch {
    const id = (parsed as { id?: unknown } | null)?.id;
    return { ok: false, problem: 'bad-value', ...(typeof id === 'number' ? { id } : {}) };
  }
}
