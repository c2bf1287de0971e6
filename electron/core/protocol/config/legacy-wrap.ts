import '../protobuf-runtime';
import type { Identity } from '../../crypto/identity';
import { decryptFromSender, encryptForRecipientDeterministic } from '../../crypto/session-box';
import { bytesEqual } from '../../crypto/bytes';
import { decodeWith } from '../decode-error';
import { encodeEnvelope, EnvelopeType, wrapWebSocketRequest } from '../envelope';
import { SessionProtos, WebSocketProtos } from '../gen/session-protos';
import { plain } from '../plain-bytes';
import { ConfigError } from './config-error';

/**
 * The legacy protobuf transport of user configs, namespaces 2–5 (protocol reference §10 steps 5
 * and 7; libsession `src/config/protos.cpp`): the config ciphertext goes into
 * Content.sharedConfigMessage{kind, seqno, data}, gets a single 0x80 padding byte, is sealed to
 * ourselves with the deterministic signed sealed box, and travels in an Envelope (SESSION_MESSAGE,
 * timestamp 1) inside a WebSocketMessage request. Every piece is fixed, so re-wrapping the same
 * config yields the same bytes.
 */
export type UserConfigNamespace = 2 | 3 | 4 | 5;

const KIND: Record<UserConfigNamespace, SessionProtos.SharedConfigMessage.Kind> = {
  2: SessionProtos.SharedConfigMessage.Kind.USER_PROFILE,
  3: SessionProtos.SharedConfigMessage.Kind.CONTACTS,
  4: SessionProtos.SharedConfigMessage.Kind.CONVO_INFO_VOLATILE,
  5: SessionProtos.SharedConfigMessage.Kind.USER_GROUPS,
};

export function wrapLegacyConfig(
  identity: Identity,
  ciphertext: Uint8Array,
  seqno: bigint,
  namespace: UserConfigNamespace,
): Uint8Array {
  if (seqno > BigInt(Number.MAX_SAFE_INTEGER) || seqno < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ConfigError('too-large', 'The config seqno is too large for the legacy transport.');
  }
  const content = plain(
    SessionProtos.Content.encode({
      sharedConfigMessage: { kind: KIND[namespace], seqno: Number(seqno), data: ciphertext },
    }).finish(),
  );
  const padded = new Uint8Array(content.length + 1);
  padded.set(content, 0);
  padded[content.length] = 0x80;
  const sealed = encryptForRecipientDeterministic(identity, identity.x25519.publicKey, padded);
  const envelope = encodeEnvelope({ type: EnvelopeType.SESSION_MESSAGE, timestamp: 1, content: sealed });
  return wrapWebSocketRequest(envelope);
}

function fail(message: string, cause?: unknown): ConfigError {
  return new ConfigError('unwrap', message, cause === undefined ? undefined : { cause });
}

/**
 * The config ciphertext inside a wrapped message. Requires a REQUEST, a box from ourselves, the
 * 0x80 padding and the kind of `namespace`; throws ConfigError('unwrap') otherwise.
 */
export function unwrapLegacyConfig(
  identity: Identity,
  data: Uint8Array,
  namespace: UserConfigNamespace,
): Uint8Array {
  try {
    const ws = decodeWith('config wrapper', () => WebSocketProtos.WebSocketMessage.decode(data));
    if (ws.type !== WebSocketProtos.WebSocketMessage.Type.REQUEST)
      throw fail('The wrapper is not a request.');
    const body =
      (ws.request && Object.hasOwn(ws.request, 'body') ? ws.request.body : null) ?? new Uint8Array(0);
    const envelope = decodeWith('config envelope', () => SessionProtos.Envelope.decode(body));
    const opened = decryptFromSender(identity, envelope.content);
    if (!bytesEqual(opened.senderEd25519PublicKey, identity.ed25519.publicKey)) {
      throw fail('The wrapped config was not sent by this account.');
    }
    const content = stripPadding(opened.plaintext);
    const decoded = decodeWith('config content', () => SessionProtos.Content.decode(content));
    const shared = Object.hasOwn(decoded, 'sharedConfigMessage') ? decoded.sharedConfigMessage : undefined;
    if (!shared) throw fail('The content carries no config.');
    if (shared.kind !== KIND[namespace]) throw fail('The wrapped config is of another kind.');
    return shared.data;
  } catch (cause) {
    if (cause instanceof ConfigError) throw cause;
    throw fail('The message is not a wrapped config.', cause);
  }
}

function stripPadding(bytes: Uint8Array): Uint8Array {
  const last = bytes[bytes.length - 1];
  if (last !== 0x00 && last !== 0x80) throw fail('The wrapped config lacks its padding.');
  let i = bytes.length - 1;
  while (i >= 0 && bytes[i] === 0) i--;
  if (i < 0 || bytes[i] !== 0x80) throw fail('The wrapped config has invalid padding.');
  return bytes.subarray(0, i);
}
