/**
 * The protocol core's public face: everything the network, services and localnet layers need to
 * speak Session's byte formats (protocol reference §1–§3, §5–§6, §10). Import from here, not from
 * the files behind it. Call `await ready()` once before anything else; before it, every crypto
 * call throws CryptoError('not-ready').
 *
 * Input types are checked at run time, and a wrong one throws a typed error (a ShallotError
 * subclass), never a TypeError/RangeError and never a silently wrong answer:
 *  - Byte parameters are `Uint8Array` (a Node Buffer is one). Strings, arrays and other typed
 *    arrays are refused with the module's error and code 'input' — with two documented exceptions:
 *    · `identityFromSeed(seed)` also takes the seed as 32 or 64 hex characters (16 or 32 bytes),
 *      the form upstream vectors use; other text → CryptoError('input'), other sizes →
 *      CryptoError('seed-length').
 *    · `storageHash(pubkey, namespace, data)` also takes `data` as the base64 text a store
 *      request carries (what `wrapOneToOne` returns); it hashes the decoded bytes, as the server
 *      does. Text that is not strict base64 → StorageHashError('data').
 *  - A one-to-one recipient (`encryptForRecipient*`, `wrapOneToOne`) is a `05…` Session ID as 66
 *    hex characters, its 33 raw bytes, or the bare 32-byte X25519 key, as libsession takes it;
 *    anything else → IdError.
 *  - Seeds for `phraseFromSeed`/`bip39FromSeed` are 16 bytes, `bytesToSessionWords` input a
 *    multiple of 4 bytes: otherwise CryptoError('seed-length'); phrase problems are PhraseError.
 *  - Timestamps and namespaces are safe-integer numbers; swarm positions and ids are bigints or
 *    safe-integer numbers in [0, 2^64) (SwarmError 'space' / 'swarm-id' otherwise).
 *  - Onion cipher names go through `parseOnionCipher` ('gcm' and 'xchacha20-poly1305' are
 *    aliases; anything else → OnionError('enc-type')).
 *  - `decryptOnsValue(name, ciphertext)` without a nonce is a legacy (pre-HF16) record: refused
 *    with OnsError('legacy') before any (slow, Argon2id) key derivation, as Session Desktop does.
 */

export { ready } from '../crypto/sodium';
export { CryptoError } from '../crypto/crypto-error';
export type { CryptoErrorCode } from '../crypto/crypto-error';
export { isShallotError, ShallotError } from '../errors';

// §1 recovery phrase
export { bip39FromSeed, decodePhrase, phraseFromSeed, seedFromPhrase } from '../crypto/phrase';
export type { PhraseForm } from '../crypto/phrase';
export { PhraseError } from '../crypto/phrase-error';
export type { PhraseErrorCode } from '../crypto/phrase-error';
export { bytesToSessionWords, sessionWordsToBytes } from '../crypto/mnemonic';

// §2 identity and IDs
export { identityFromSeed, sessionIdFromX25519 } from '../crypto/identity';
export type { Identity } from '../crypto/identity';
export { IdError, isSessionId, parseGroupId, parseSessionId, recipientX25519Key } from '../crypto/ids';
export type { GroupId, IdErrorCode, SessionId } from '../crypto/ids';

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
// Generated-type exports, kept for today's callers (bench, localnet); new code outside protocol/
// builds and reads Contents with encodeMessage/classifyContent below, and these go once unused.
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
// Typed message kinds: services build and read Contents through these, never through SessionProtos.
export * from './messages/index';

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
