import { ShallotError } from '../errors';
import { toBase64, toHex, utf8 } from '../crypto/bytes';
import { xchachaDecrypt, xchachaEncrypt } from '../crypto/aead';
import { blake2b } from '../crypto/hash';
import { randomBytes } from '../crypto/random';

/**
 * Session ONS names (protocol reference §4.4, libsession `decrypt_ons_response`): the lookup key is
 * base64 BLAKE2b-256 of the lower-case name; the stored value is XChaCha20-Poly1305 of the 33-byte
 * Session ID under key BLAKE2b-256(name, key = BLAKE2b-256(name)). Needs `await ready()`.
 *
 * Records registered before Oxen HF16 carry no nonce; decoding one takes an Argon2id derivation
 * over the name (256 MiB, about a second) that any node could make us run by leaving the nonce
 * out of a reply. They are refused with OnsError('legacy') before any key derivation, as Session
 * Desktop 1.17.17 does (session-desktop `ts/session/apis/snode_api/onsResolve.ts`: "we dropped
 * support for argon2 based ons"; a reply without a nonce fails the lookup). Issue 11, item 9.
 */
export class OnsError extends ShallotError<
  'name' | 'ciphertext' | 'nonce' | 'legacy' | 'decrypt' | 'session-id'
> {}

const NONCE_BYTES = 24;
const ID_BYTES = 33;
const CIPHERTEXT_BYTES = ID_BYTES + 16;
const SESSION_ID_RE = /^05[0-9a-f]{64}$/;

function nameBytes(name: string): Uint8Array {
  if (typeof name !== 'string' || name.length === 0)
    throw new OnsError('name', 'An ONS name cannot be empty.');
  return utf8(name.toLowerCase());
}

export function onsNameHash(name: string): string {
  return toBase64(blake2b(32, nameBytes(name)));
}

function valueKey(name: Uint8Array): Uint8Array {
  return blake2b(32, name, blake2b(32, name));
}

/**
 * The Session ID an ONS lookup returned. `nonce` absent, null or empty marks a legacy (pre-HF16)
 * record: refused at once with OnsError('legacy'); otherwise it must be 24 bytes. Throws OnsError only.
 */
export function decryptOnsValue(name: string, ciphertext: Uint8Array, nonce?: Uint8Array | null): string {
  if (nonce === undefined || nonce === null || (nonce instanceof Uint8Array && nonce.length === 0)) {
    throw new OnsError(
      'legacy',
      'This ONS name uses the old (pre-2021) record format, which Session no longer resolves.',
    );
  }
  if (!(ciphertext instanceof Uint8Array) || ciphertext.length !== CIPHERTEXT_BYTES) {
    throw new OnsError('ciphertext', 'An ONS value is exactly 49 encrypted bytes.');
  }
  if (!(nonce instanceof Uint8Array) || nonce.length !== NONCE_BYTES) {
    throw new OnsError('nonce', 'An ONS nonce is 24 bytes.');
  }
  const plain = xchachaDecrypt(valueKey(nameBytes(name)), nonce, ciphertext);
  if (!plain) throw new OnsError('decrypt', 'The ONS value does not decrypt under this name.');
  return sessionIdOf(plain);
}

function sessionIdOf(plain: Uint8Array): string {
  const id = toHex(plain);
  if (!SESSION_ID_RE.test(id)) throw new OnsError('session-id', 'The ONS value is not a Session ID.');
  return id;
}

/** The server side of a lookup, for the local test network. */
export function encryptOnsValue(
  name: string,
  sessionId: string,
  nonce?: Uint8Array,
): { ciphertext: Uint8Array; nonce: Uint8Array } {
  const id = typeof sessionId === 'string' ? sessionId.toLowerCase() : '';
  if (!SESSION_ID_RE.test(id)) throw new OnsError('session-id', 'Only a 05… Session ID can be registered.');
  const n = nonce ?? randomBytes(NONCE_BYTES);
  if (!(n instanceof Uint8Array) || n.length !== NONCE_BYTES) {
    throw new OnsError('nonce', 'An ONS nonce is 24 bytes.');
  }
  const ciphertext = xchachaEncrypt(valueKey(nameBytes(name)), n, new Uint8Array(Buffer.from(id, 'hex')));
  return { ciphertext, nonce: n };
}
