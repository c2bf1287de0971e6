import './protobuf-runtime';
import { decodeWith } from './decode-error';
import { plain } from './plain-bytes';
import { SessionProtos } from './gen/session-protos';

/**
 * Content — the protobuf every 1:1, sync and group message carries (protocol reference §3.4).
 * `ContentInit` is what callers build; `Content` is what decoding returns (check presence of a
 * 64-bit field such as sigTimestamp with Object.hasOwn).
 */
export type ContentInit = SessionProtos.IContent;
export type Content = SessionProtos.Content;
export type DataMessageInit = SessionProtos.IDataMessage;

export function encodeContent(content: ContentInit): Uint8Array {
  return plain(SessionProtos.Content.encode(content).finish());
}

/** Decodes Content bytes; throws DecodeError only. */
export function decodeContent(bytes: Uint8Array): Content {
  return decodeWith('message content', () => SessionProtos.Content.decode(bytes));
}

/** True when the decoded Content carries a sigTimestamp (a default of 0 is not "present"). */
export function hasSigTimestamp(content: Content): boolean {
  return Object.hasOwn(content, 'sigTimestamp');
}

export { SessionProtos };
