import { OnionError, decryptWithKey, encryptWithKey, type OnionCipherName } from '../crypto/onion-cipher';
import { toBase64, tryFromBase64, utf8 } from '../crypto/bytes';

/**
 * The reply of a snode that was the final hop of an onion request (protocol reference §6.3):
 * `base64(enc_k0(JSON{"status": code, "body": string}))`. Older nodes wrapped the base64 text in
 * `{"result": "<b64>"}` and some wrote `status_code`; the client accepts both.
 */
export interface SnodeOnionResponse {
  status: number;
  body: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function encodeSnodeOnionResponse(
  cipher: OnionCipherName,
  key: Uint8Array,
  status: number,
  body: string,
): string {
  if (typeof status !== 'number' || !Number.isInteger(status) || typeof body !== 'string') {
    throw new OnionError('input', 'An onion response has an integer status and a text body.');
  }
  return toBase64(encryptWithKey(cipher, key, utf8(JSON.stringify({ status, body }))));
}

function unwrapLegacy(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (cause) {
    throw new OnionError('response', 'The onion response is neither base64 nor valid JSON.', { cause });
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof (parsed as { result?: unknown }).result === 'string'
  ) {
    return (parsed as { result: string }).result;
  }
  throw new OnionError('response', 'The onion response JSON has no "result" string.');
}

export function decodeSnodeOnionResponse(
  cipher: OnionCipherName,
  key: Uint8Array,
  responseText: string,
): SnodeOnionResponse {
  if (typeof responseText !== 'string') throw new OnionError('response', 'The onion response is not text.');
  const ciphertext = tryFromBase64(unwrapLegacy(responseText));
  if (!ciphertext) throw new OnionError('response', 'The onion response is not base64.');
  const plaintext = decryptWithKey(cipher, key, ciphertext);
  let json: unknown;
  try {
    json = JSON.parse(strictUtf8.decode(plaintext));
  } catch (cause) {
    throw new OnionError('response', 'The decrypted onion response is not valid JSON.', { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new OnionError('response', 'The decrypted onion response is not a JSON object.');
  }
  const obj = json as { status_code?: unknown; status?: unknown; body?: unknown };
  // `||` as desktop reads it: a status_code of 0 falls through to status.
  const status = obj.status_code || obj.status;
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    throw new OnionError('response', 'The decrypted onion response has no integer status.');
  }
  let body: string;
  if (typeof obj.body === 'string') body = obj.body;
  else if (obj.body === undefined || obj.body === null) body = '';
  // A node asked for `"json": true` embeds the body as JSON; hand it on as text so callers parse once.
  else body = JSON.stringify(obj.body);
  return { status, body };
}
