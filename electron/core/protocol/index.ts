/**
 * The protocol core's public face: everything the network, services and localnet layers need to
 * speak Session's byte formats (protocol reference §1–§3, §5–§6, §10). Import from here, not from
 * the files behind it. Call `await ready()` once before anything else.
 */

export { ready } from '../crypto/sodium';

// §1 recovery phrase
export { bip39FromSeed, decodePhrase, phraseFromSeed, seedFromPhrase } from '../crypto/phrase';
export type { PhraseForm } from '../crypto/phrase';
export { PhraseError } from '../crypto/phrase-error';
export type { PhraseErrorCode } from '../crypto/phrase-error';
export { bytesToSessionWords, sessionWordsToBytes } from '../crypto/mnemonic';

// §2 identity and IDs
export { identityFromSeed, sessionIdFromX25519 } from '../crypto/identity';
export type { Identity } from '../crypto/identity';
export { IdError, isSessionId, parseGroupId, parseSessionId } from '../crypto/ids';
export type { GroupId, SessionId } from '../crypto/ids';

// §3 one-to-one messages
export {
  decryptFromSender,
  encryptForRecipient,
  encryptForRecipientDeterministic,
  MIN_SESSION_BOX_BYTES,
  SessionBoxError,
} from '../crypto/session-box';
export type { OpenedSessionBox, SessionBoxErrorCode } from '../crypto/session-box';
export { decoySignature } from '../crypto/decoy-signature';
export { padMessage, padMessageLegacy, unpadMessage, unpadMessageStrict } from './padding';
export { DecodeError } from './decode-error';
export type { DecodeErrorCode } from './decode-error';
export { decodeContent, encodeContent, hasSigTimestamp, SessionProtos } from './content-codec';
export type { Content, ContentInit, DataMessageInit } from './content-codec';
export {
  decodeEnvelope,
  encodeEnvelope,
  EnvelopeType,
  unwrapWebSocketRequest,
  wrapWebSocketRequest,
} from './envelope';
export type { Envelope, EnvelopeInit } from './envelope';
export { unwrapOneToOne, wrapOneToOne } from './one-to-one';
export type { UnwrappedMessage, WrapOptions } from './one-to-one';

// §4–§6, §8, ONS and config encodings (written alongside this file; re-exported whole so their
// additions reach callers without edits here).
export * from '../crypto/onion-cipher';
export * from '../crypto/attachment-cipher';
export * from './onion-frame';
export * from './onion-routing';
export * from './onion-v4';
export * from './onion-response';
export * from './bencode';
export * from './storage-hash';
export * from './storage-signatures';
export * from './swarm-space';
export * from './ons';
