import { toBase64, tryFromBase64 } from '../crypto/bytes';
import { decoySignature } from '../crypto/decoy-signature';
import type { SessionId } from '../crypto/ids';
import type { Identity } from '../crypto/identity';
import {
  SessionBoxError,
  decryptFromSender,
  encryptForRecipient,
  encryptForRecipientDeterministic,
} from '../crypto/session-box';
import { decodeContent, hasSigTimestamp, type Content } from './content-codec';
import { DecodeError } from './decode-error';
import {
  EnvelopeType,
  decodeEnvelope,
  encodeEnvelope,
  unwrapWebSocketRequest,
  wrapWebSocketRequest,
} from './envelope';
import { padMessage, unpadMessage } from './padding';

/**
 * The whole 1:1 stack (protocol reference §3.1 steps 2–7 and §3.2 steps 1–6):
 * Content → pad160 → sign+seal → Envelope → WebSocketMessage → base64 `data`, and back.
 *
 * Envelope.proSig: by default a decoy 64-byte signature is sent, as libsession does for users
 * without Session Pro. Leaving it out would mark every Shallot message as "not an official
 * client" to the storage servers that see the envelope; the decoy costs one base-point
 * multiplication. `proSig: 'omit'` drops it (the shared full-stack vector is built that way).
 * Receivers ignore proSig either way: Shallot does not implement Pro.
 */

export interface WrapOptions {
  /** Derive the ephemeral key from the input (libsession's deterministic seal). Default false. */
  readonly deterministic?: boolean;
  /** 'decoy' (default) or 'omit'. */
  readonly proSig?: 'decoy' | 'omit';
}

export interface UnwrappedMessage {
  /** Unpadded Content bytes. */
  readonly content: Uint8Array;
  /** The same Content, decoded (the sigTimestamp check needs it anyway). */
  readonly message: Content;
  readonly senderSessionId: SessionId;
  readonly senderEd25519PublicKey: Uint8Array;
  /** Envelope.timestamp, ms. */
  readonly timestampMs: number;
}

/**
 * Builds the base64 `data` of a namespace-0 store for the recipient (a `05…` Session ID, its 33
 * raw bytes or the bare 32-byte key, as encryptForRecipient). `content` is the serialized
 * Content, which should carry sigTimestamp = `timestampMs`. Bad arguments throw
 * SessionBoxError('input') (content not bytes, timestamp not a non-negative safe integer) or
 * IdError (recipient).
 */
export function wrapOneToOne(
  sender: Identity,
  recipientSessionId: string | Uint8Array,
  content: Uint8Array,
  timestampMs: number,
  options: WrapOptions = {},
): string {
  if (typeof timestampMs !== 'number' || !Number.isSafeInteger(timestampMs) || timestampMs < 0) {
    throw new SessionBoxError('input', 'The timestamp is a non-negative integer of milliseconds.');
  }
  if (!(content instanceof Uint8Array)) {
    throw new SessionBoxError('input', 'The message content is bytes (Uint8Array).');
  }
  const padded = padMessage(content);
  const sealed = options.deterministic
    ? encryptForRecipientDeterministic(sender, recipientSessionId, padded)
    : encryptForRecipient(sender, recipientSessionId, padded);
  const envelope = encodeEnvelope({
    type: EnvelopeType.SESSION_MESSAGE,
    timestamp: timestampMs,
    sourceDevice: 1,
    content: sealed,
    ...(options.proSig === 'omit' ? {} : { proSig: decoySignature() }),
  });
  return toBase64(wrapWebSocketRequest(envelope));
}

/**
 * Opens the base64 `data` of a namespace-0 message addressed to `recipient`. Throws DecodeError
 * (malformed bytes, wrong envelope type, sigTimestamp ≠ Envelope.timestamp when both are non-zero)
 * or SessionBoxError (not for us, bad signature) only.
 */
export function unwrapOneToOne(recipient: Identity, data: string): UnwrappedMessage {
  const raw = typeof data === 'string' ? tryFromBase64(data) : undefined;
  if (!raw) throw new DecodeError('base64', 'The message data is not valid base64.');
  const envelope = decodeEnvelope(unwrapWebSocketRequest(raw));
  if (envelope.type !== EnvelopeType.SESSION_MESSAGE) {
    throw new DecodeError('unexpected-type', 'The envelope is not a one-to-one message.');
  }
  if (!Object.hasOwn(envelope, 'content')) {
    throw new DecodeError('missing-field', 'The envelope carries no content.');
  }
  const opened = decryptFromSender(recipient, envelope.content);
  const content = unpadMessage(opened.plaintext);
  const message = decodeContent(content);
  // Desktop treats a zero on either side as a legacy message and skips the check.
  const signedAt = hasSigTimestamp(message) ? message.sigTimestamp : 0;
  if (signedAt !== 0 && envelope.timestamp !== 0 && signedAt !== envelope.timestamp) {
    throw new DecodeError(
      'timestamp-mismatch',
      'The signed timestamp does not match the envelope timestamp.',
    );
  }
  return {
    content,
    message,
    senderSessionId: opened.senderSessionId,
    senderEd25519PublicKey: opened.senderEd25519PublicKey,
    timestampMs: envelope.timestamp,
  };
}
