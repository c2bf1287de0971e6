import { OnionError } from '../crypto/onion-cipher';

/**
 * The onion "frame" (protocol reference §6.1): `uint32_LE(len(blob)) ‖ blob ‖ UTF-8(JSON(obj))`.
 * It carries the next layer's ciphertext together with that layer's routing JSON.
 */
export function encodeFrame(blob: Uint8Array, json: Record<string, unknown>): Uint8Array {
  if (!(blob instanceof Uint8Array)) throw new OnionError('input', 'An onion frame carries bytes.');
  // One allocation per layer: a request is framed once per hop, around an ever larger blob.
  const text = JSON.stringify(json);
  const out = new Uint8Array(4 + blob.length + Buffer.byteLength(text, 'utf8'));
  new DataView(out.buffer).setUint32(0, blob.length, true);
  out.set(blob, 4);
  Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(text, 4 + blob.length, 'utf8');
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function parseFrame(bytes: Uint8Array): { blob: Uint8Array; json: Record<string, unknown> } {
  if (!(bytes instanceof Uint8Array) || bytes.length < 4) {
    throw new OnionError('frame', 'The onion frame is shorter than its length prefix.');
  }
  const len = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  if (len > bytes.length - 4) {
    throw new OnionError('frame', 'The onion frame claims more bytes than it holds.');
  }
  const blob = bytes.slice(4, 4 + len);
  let json: unknown;
  try {
    json = JSON.parse(strictUtf8.decode(bytes.subarray(4 + len)));
  } catch (cause) {
    throw new OnionError('frame', 'The onion frame does not end in valid UTF-8 JSON.', { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new OnionError('frame', 'The onion frame JSON is not an object.');
  }
  return { blob, json: json as Record<string, unknown> };
}
