/**
 * Length rules for text from and to the network. Session counts message length in Unicode code
 * points (libsession `utf16Count`, desktop `ts/receiver/queuedJob.ts`), and names in UTF-8 bytes
 * (libsession `CONTACT_MAX_NAME_LENGTH` = 100).
 */

/** Non-Pro send limit of desktop 1.17.17's composer (`MAX_MESSAGE_CHAR_COUNT_STANDARD`). */
export const MAX_SEND_BODY_CODE_POINTS = 2_000;
/** Receivers cut bodies here (`MAX_MESSAGE_CHAR_COUNT_PRO`; the Pro-less 2,000 cut is off in release builds). */
export const MAX_RECEIVED_BODY_CODE_POINTS = 10_000;
/** libsession's limit for display names and group names, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 100;

export function codePointCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The longest prefix with at most `max` code points; never splits a surrogate pair. */
export function truncateCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let n = 0;
  let end = 0;
  for (const ch of text) {
    if (n === max) break;
    n++;
    end += ch.length;
  }
  return text.slice(0, end);
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest prefix whose UTF-8 encoding fits in `maxBytes`, cut between code points. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

// C0 and C1 controls, DEL, and the bidirectional overrides/isolates that can make a name or a file
// name read as something else ("invoice‮fdp.exe").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_RE, '');
}
