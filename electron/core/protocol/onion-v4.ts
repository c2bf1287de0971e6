import { OnionError } from '../crypto/onion-cipher';
import { utf8 } from '../crypto/bytes';
import { BencodeError, decodeBt, encodeBt, isBtBytes, isBtList, type BtValue } from './bencode';

/**
 * v4 onion payloads for non-snode servers (protocol reference §6.4): a bencoded list of byte strings,
 * the first a JSON metadata object, the second (optional in requests) the raw body.
 */
export interface V4RequestMeta {
  method: string;
  endpoint: string;
  headers?: Record<string, string>;
}

export interface V4Response {
  code: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function encodeV4Request(meta: V4RequestMeta, body?: Uint8Array): Uint8Array {
  const json: Record<string, unknown> = { method: meta.method, endpoint: meta.endpoint };
  if (meta.headers !== undefined) json.headers = meta.headers;
  const parts: BtValue[] = [utf8(JSON.stringify(json))];
  if (body !== undefined) {
    // encodeBt would take a string too and send its UTF-8; a body is bytes, say so instead.
    if (!(body instanceof Uint8Array)) throw new OnionError('input', 'A v4 request body is bytes.');
    parts.push(body);
  }
  return encodeBt(parts);
}

export function encodeV4Response(
  meta: { code: number; headers: Record<string, string> },
  body: Uint8Array,
): Uint8Array {
  if (!(body instanceof Uint8Array)) throw new OnionError('input', 'A v4 response body is bytes.');
  return encodeBt([utf8(JSON.stringify({ code: meta.code, headers: meta.headers })), body]);
}

function parts(bytes: Uint8Array, what: string, min: number): Uint8Array[] {
  let value: BtValue;
  try {
    value = decodeBt(bytes);
  } catch (cause) {
    if (cause instanceof BencodeError) {
      throw new OnionError('bencode', `The v4 ${what} is not valid bencode.`, { cause });
    }
    throw cause;
  }
  if (!isBtList(value) || value.length < min || value.length > 2 || !value.every(isBtBytes)) {
    throw new OnionError(
      'v4',
      `The v4 ${what} must be a list of ${min === 1 ? 'one or two' : 'two'} byte strings.`,
    );
  }
  return value;
}

function metaObject(bytes: Uint8Array, what: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(strictUtf8.decode(bytes));
  } catch (cause) {
    throw new OnionError('v4', `The v4 ${what} metadata is not valid JSON.`, { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new OnionError('v4', `The v4 ${what} metadata is not a JSON object.`);
  }
  return json as Record<string, unknown>;
}

function headersOf(value: unknown, what: string): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OnionError('v4', `The v4 ${what} headers are not a JSON object.`);
  }
  // Null prototype, so a header named "__proto__" stays a header instead of touching the prototype.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new OnionError('v4', `The v4 ${what} header values must be strings.`);
    out[k] = v;
  }
  return out;
}

export function decodeV4Request(bytes: Uint8Array): { meta: V4RequestMeta; body?: Uint8Array } {
  const [metaBytes, body] = parts(bytes, 'request', 1);
  const json = metaObject(metaBytes!, 'request');
  const { method, endpoint } = json;
  if (typeof method !== 'string' || method.length === 0) {
    throw new OnionError('v4', 'The v4 request has no method.');
  }
  if (typeof endpoint !== 'string' || !endpoint.startsWith('/')) {
    throw new OnionError('v4', 'The v4 request endpoint must start with "/".');
  }
  const meta: V4RequestMeta = { method, endpoint };
  if (json.headers !== undefined) meta.headers = headersOf(json.headers, 'request');
  return body === undefined ? { meta } : { meta, body };
}

export function decodeV4Response(bytes: Uint8Array): V4Response {
  const [metaBytes, body] = parts(bytes, 'response', 1);
  const json = metaObject(metaBytes!, 'response');
  const { code } = json;
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 999) {
    throw new OnionError('v4', 'The v4 response has no valid status code.');
  }
  return { code, headers: headersOf(json.headers, 'response'), body: body ?? new Uint8Array(0) };
}
