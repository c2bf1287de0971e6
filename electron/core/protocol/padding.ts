import { DecodeError } from './decode-error';

/**
 * Message padding (protocol reference §3.1 step 2). Senders use libsession's form: append 0x80 then
 * zeros up to the next multiple of 160, a whole extra block when `n + 1` already is one.
 * Receivers accept that and the legacy desktop form (`ceil((n+2)/160)·160 − 1`) alike, since both
 * are "content ‖ 0x80 ‖ 0x00*".
 */

const BLOCK = 160;

function checkBytes(bytes: Uint8Array): void {
  // Uint8Array.set would turn a string into zeros rather than fail.
  if (!(bytes instanceof Uint8Array)) throw new DecodeError('input', 'Padding works on bytes (Uint8Array).');
}

export function padMessage(content: Uint8Array): Uint8Array {
  checkBytes(content);
  const n = content.length;
  const total = n + 1 + (BLOCK - ((n + 1) % BLOCK));
  const out = new Uint8Array(total);
  out.set(content, 0);
  out[n] = 0x80;
  return out;
}

/** The legacy (desktop ≤ 1.16) form; kept to test that receivers accept it. */
export function padMessageLegacy(content: Uint8Array): Uint8Array {
  checkBytes(content);
  const n = content.length;
  const out = new Uint8Array(Math.ceil((n + 2) / BLOCK) * BLOCK - 1);
  out.set(content, 0);
  out[n] = 0x80;
  return out;
}

/**
 * Strips trailing zeros and the 0x80 marker before them. Buffers that do not end in that shape
 * (no marker, or some other byte first) are returned whole, as unpadded content: old clients sent
 * such messages. Returns a view, not a copy.
 */
export function unpadMessage(padded: Uint8Array): Uint8Array {
  checkBytes(padded);
  let i = padded.length - 1;
  while (i >= 0 && padded[i] === 0) i--;
  return i >= 0 && padded[i] === 0x80 ? padded.subarray(0, i) : padded;
}

/** Like unpadMessage but requires the marker (config transport, reference §10 step 7). */
export function unpadMessageStrict(padded: Uint8Array): Uint8Array {
  checkBytes(padded);
  let i = padded.length - 1;
  while (i >= 0 && padded[i] === 0) i--;
  if (i < 0 || padded[i] !== 0x80) {
    throw new DecodeError('padding', 'The message does not end in the expected padding.');
  }
  return padded.subarray(0, i);
}
