/** Byte helpers shared by every layer that touches wire data. */

/**
 * True only for real byte arrays (Buffer included). Strings, plain arrays and typed arrays of
 * other element types are refused: libsodium and Uint8Array.set would silently turn them into
 * other bytes.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Returns undefined for anything that is not an even-length hex string. */
export function tryFromHex(hex: string): Uint8Array | undefined {
  if (!HEX_RE.test(hex)) return undefined;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function fromHex(hex: string): Uint8Array {
  const out = tryFromHex(hex);
  if (!out) throw new TypeError('not a hex string');
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const B64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/** Strict standard-alphabet base64 (padding optional); undefined on anything else. */
export function tryFromBase64(b64: string): Uint8Array | undefined {
  if (!B64_RE.test(b64)) return undefined;
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
