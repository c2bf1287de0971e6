import { ShallotError } from '../errors';
import { toBase64, toHex, utf8 } from '../crypto/bytes';
import { sodium } from '../crypto/sodium';

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
  return toBase64(sodium().crypto_generichash(32, nameBytes(name), null));
}

function valueKey(name: Uint8Array): Uint8Array {
  const s = sodium();
  return s.crypto_generichash(32, name, s.crypto_generichash(32, name, null));
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
  let plain: Uint8Array;
  try {
    plain = sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      null,
      nonce,
      valueKey(nameBytes(name)),
    );
  } catch (cause) {
    throw new OnsError('decrypt', 'The ONS value does not decrypt under this name.', { cause });
  }
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
  const s = sodium();
  const n = nonce ?? s.randombytes_buf(NONCE_BYTES);
  if (!(n instanceof Uint8Array) || n.length !== NONCE_BYTES) {
    throw new OnsError('nonce', 'An ONS nonce is 24 bytes.');
  }
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    new Uint8Array(Buffer.from(id, 'hex')),
    null,
    null,
    n,
    valueKey(nameBytes(name)),
  );
  return { ciphertext, nonce: n };
}
