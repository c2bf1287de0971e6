import './protobuf-runtime';
import { DecodeError, decodeWith } from './decode-error';
import { plain } from './plain-bytes';
import { SessionProtos, WebSocketProtos } from './gen/session-protos';

/** Envelope and its WebSocketMessage wrapper (protocol reference §3.1 steps 5–6, §3.2 step 1). */

export type Envelope = SessionProtos.Envelope;
export type EnvelopeInit = SessionProtos.IEnvelope;
export const EnvelopeType = SessionProtos.Envelope.Type;

export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  return plain(SessionProtos.Envelope.encode(envelope).finish());
}

/** Decodes Envelope bytes; throws DecodeError only. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  return decodeWith('envelope', () => SessionProtos.Envelope.decode(bytes));
}

/** Wraps Envelope bytes as libsession does: REQUEST with empty verb and path, id 0. */
export function wrapWebSocketRequest(body: Uint8Array): Uint8Array {
  const bytes = WebSocketProtos.WebSocketMessage.encode({
    type: WebSocketProtos.WebSocketMessage.Type.REQUEST,
    request: { verb: '', path: '', body, id: 0 },
  }).finish();
  return plain(bytes);
}

/**
 * The request body of a WebSocketMessage. Like the official clients, only `request.body` is read:
 * the type, verb and path vary between client generations. Throws DecodeError only.
 */
export function unwrapWebSocketRequest(bytes: Uint8Array): Uint8Array {
  const message = decodeWith('message wrapper', () => WebSocketProtos.WebSocketMessage.decode(bytes));
  const request = message.request;
  const body = request && Object.hasOwn(request, 'body') ? request.body : undefined;
  if (!body) throw new DecodeError('missing-field', 'The message wrapper carries no request body.');
  return body;
}
