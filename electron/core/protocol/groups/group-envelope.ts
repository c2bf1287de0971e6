import { toBase64, tryFromBase64 } from '../../crypto/bytes';
import { decoySignature } from '../../crypto/decoy-signature';
import type { GroupId, SessionId } from '../../crypto/ids';
import { DecodeError } from '../decode-error';
import { decodeEnvelope, encodeEnvelope, EnvelopeType } from '../envelope';
import { GroupMessageError } from './errors';
import { decryptGroupMessage, encryptGroupMessage } from './group-message';
import { bytes, nonNegativeInteger } from './input';

/**
 * The whole namespace-11 stack (protocol reference §7.2; libsession `encode_for_group` and the
 * group branch of `decrypt_envelope`): Content → Envelope{CLOSED_GROUP_MESSAGE, sourceDevice 1,
 * timestamp, content (not padded, not sealed), proSig} → group encryption → base64 `data`.
 * proSig is a decoy by default, as libsession sends for users without Session Pro.
 */

const fail = (message: string) => new GroupMessageError('input', message);

export interface WrapGroupMessageInput {
  /** The sender's Ed25519 64-byte secret key. */
  readonly sender: Uint8Array;
  readonly group: GroupId | Uint8Array;
  /** GroupKeys.encryptionKey(). */
  readonly key: Uint8Array;
  /** Serialized Content (sigTimestamp = timestampMs). */
  readonly content: Uint8Array;
  readonly timestampMs: number;
  readonly proSig?: 'decoy' | 'omit';
  /** 24 bytes; random when omitted. */
  readonly nonce?: Uint8Array;
}

/** The base64 `data` of a store to the group's namespace 11. Needs `await groupCryptoReady()`. */
export function wrapGroupMessage(input: WrapGroupMessageInput): string {
  const envelope = encodeEnvelope({
    type: EnvelopeType.CLOSED_GROUP_MESSAGE,
    timestamp: nonNegativeInteger(input.timestampMs, 'The timestamp', fail),
    sourceDevice: 1,
    content: bytes(input.content, 'The message content', fail),
    ...(input.proSig === 'omit' ? {} : { proSig: decoySignature() }),
  });
  const { sender, group, key, nonce } = input;
  return toBase64(
    encryptGroupMessage({ sender, group, key, plaintext: envelope, ...(nonce ? { nonce } : {}) }),
  );
}

export interface UnwrappedGroupMessage {
  /** Content bytes, as the sender serialized them. */
  readonly content: Uint8Array;
  readonly senderSessionId: SessionId;
  readonly senderEd25519PublicKey: Uint8Array;
  /** Envelope.timestamp, ms. */
  readonly timestampMs: number;
  /** Which of the given keys opened it (0 = newest). */
  readonly keyIndex: number;
}

/**
 * Opens the `data` of a namespace-11 message (base64 text as retrieved, or its bytes) with the
 * group's keys, newest first. Throws GroupMessageError (crypto and framing) or DecodeError (the
 * Envelope) only.
 */
export function unwrapGroupMessage(
  keys: readonly Uint8Array[],
  group: GroupId | Uint8Array,
  data: string | Uint8Array,
): UnwrappedGroupMessage {
  const raw = typeof data === 'string' ? tryFromBase64(data) : data;
  if (!(raw instanceof Uint8Array)) throw new DecodeError('base64', 'The message data is not valid base64.');
  const opened = decryptGroupMessage(keys, group, raw);
  const envelope = decodeEnvelope(opened.plaintext);
  if (envelope.type !== EnvelopeType.CLOSED_GROUP_MESSAGE) {
    throw new GroupMessageError('envelope', 'The envelope is not a group message.');
  }
  if (!Object.hasOwn(envelope, 'content'))
    throw new DecodeError('missing-field', 'The envelope carries no content.');
  return {
    content: envelope.content,
    senderSessionId: opened.senderSessionId,
    senderEd25519PublicKey: opened.senderEd25519PublicKey,
    timestampMs: envelope.timestamp,
    keyIndex: opened.keyIndex,
  };
}
