import { ShallotError } from '../errors';
import { concatBytes, toBase64, tryFromBase64, utf8 } from '../crypto/bytes';
import { ed25519KeyPairFromSeed, ed25519Sign, ed25519Verify } from '../crypto/ed25519';

/**
 * The exact bytes a client signs to authenticate a storage-server request (protocol reference §4.3),
 * as the server rebuilds them (session-storage-server `request_handler.cpp`, `signature_value`):
 * ASCII method name, then the fields below with integers in decimal. The namespace is the empty string
 * for namespace 0 — in every method that signs one — and `all` for the all-namespaces form.
 * Signing needs `await ready()`.
 */
export type StorageSignatureErrorCode = 'namespace' | 'timestamp' | 'hashes' | 'token' | 'key' | 'input';

export class StorageSignatureError extends ShallotError<StorageSignatureErrorCode> {}

export type ExpireMode = '' | 'shorten' | 'extend';

/** A revoke/unrevoke token (subaccount token) is 36 raw bytes: 0x03 ‖ flags ‖ 0 ‖ 0 ‖ key. */
export const SUBACCOUNT_TOKEN_BYTES = 36;

/** `all` exists only for delete_all, delete_before and expire_all; the others sign one namespace. */
function nsText(namespace: number | 'all', allowAll: boolean): string {
  if (namespace === 'all') {
    if (allowAll) return 'all';
    throw new StorageSignatureError('namespace', 'This request signs a single namespace, not "all".');
  }
  if (
    typeof namespace !== 'number' ||
    !Number.isInteger(namespace) ||
    namespace < -32768 ||
    namespace > 32767
  ) {
    throw new StorageSignatureError('namespace', 'A namespace is an integer from -32768 to 32767.');
  }
  return namespace === 0 ? '' : String(namespace);
}

function ms(value: number): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new StorageSignatureError(
      'timestamp',
      'A signed timestamp is a non-negative integer of milliseconds.',
    );
  }
  return String(value);
}

/** Array.isArray without its narrowing to any[] (inputs keep their declared element types). */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function joinHashes(hashes: readonly string[]): string {
  if (!isList(hashes)) throw new StorageSignatureError('hashes', 'Message hashes are an array.');
  if (hashes.length === 0) throw new StorageSignatureError('hashes', 'At least one message hash is needed.');
  for (const h of hashes) {
    if (typeof h !== 'string' || h.length === 0) {
      throw new StorageSignatureError('hashes', 'Message hashes are non-empty strings.');
    }
  }
  return hashes.join('');
}

export function retrieveSigMessage(namespace: number, timestampMs: number): Uint8Array {
  return utf8(`retrieve${nsText(namespace, false)}${ms(timestampMs)}`);
}

/** `sigTimestampMs` is `sig_timestamp` when the request sends one, else its `timestamp`. */
export function storeSigMessage(namespace: number, sigTimestampMs: number): Uint8Array {
  return utf8(`store${nsText(namespace, false)}${ms(sigTimestampMs)}`);
}

export function deleteSigMessage(hashes: readonly string[]): Uint8Array {
  return utf8(`delete${joinHashes(hashes)}`);
}

export function deleteAllSigMessage(namespace: number | 'all', timestampMs: number): Uint8Array {
  return utf8(`delete_all${nsText(namespace, true)}${ms(timestampMs)}`);
}

export function deleteBeforeSigMessage(namespace: number | 'all', beforeMs: number): Uint8Array {
  return utf8(`delete_before${nsText(namespace, true)}${ms(beforeMs)}`);
}

/** One expiry for all hashes, or one per hash (the server then signs them concatenated). */
export function expireSigMessage(
  mode: ExpireMode,
  expiryMs: number | readonly number[],
  hashes: readonly string[],
): Uint8Array {
  if (mode !== '' && mode !== 'shorten' && mode !== 'extend') {
    throw new StorageSignatureError('hashes', 'The expire mode is "", "shorten" or "extend".');
  }
  const expiries = typeof expiryMs === 'number' ? [expiryMs] : expiryMs;
  if (!isList(expiries)) {
    throw new StorageSignatureError('timestamp', 'Give one expiry, or one expiry per message hash.');
  }
  if (expiries.length === 0 || (expiries.length > 1 && expiries.length !== hashes.length)) {
    throw new StorageSignatureError('timestamp', 'Give one expiry, or one expiry per message hash.');
  }
  return utf8(`expire${mode}${expiries.map(ms).join('')}${joinHashes(hashes)}`);
}

export function expireAllSigMessage(namespace: number | 'all', expiryMs: number): Uint8Array {
  return utf8(`expire_all${nsText(namespace, true)}${ms(expiryMs)}`);
}

export function getExpiriesSigMessage(timestampMs: number, hashes: readonly string[]): Uint8Array {
  return utf8(`get_expiries${ms(timestampMs)}${joinHashes(hashes)}`);
}

export function revokeSubaccountSigMessage(
  kind: 'revoke_subaccount' | 'unrevoke_subaccount',
  timestampMs: number,
  tokens: readonly Uint8Array[],
): Uint8Array {
  if (kind !== 'revoke_subaccount' && kind !== 'unrevoke_subaccount') {
    throw new StorageSignatureError('token', 'Unknown subaccount revocation method.');
  }
  if (!isList(tokens) || tokens.length === 0)
    throw new StorageSignatureError('token', 'At least one subaccount token is needed.');
  for (const t of tokens) {
    if (!(t instanceof Uint8Array) || t.length !== SUBACCOUNT_TOKEN_BYTES) {
      throw new StorageSignatureError('token', 'A subaccount token is 36 bytes.');
    }
  }
  return concatBytes(utf8(`${kind}${ms(timestampMs)}`), ...tokens);
}

export function revokedSubaccountsSigMessage(timestampMs: number): Uint8Array {
  return utf8(`revoked_subaccounts${ms(timestampMs)}`);
}

/** Accepts libsodium's 64-byte secret key or the 32-byte seed it starts with. */
export function signStorageRequest(ed25519SecretKey: Uint8Array, message: Uint8Array): string {
  if (!(message instanceof Uint8Array)) {
    throw new StorageSignatureError('input', 'The message to sign is bytes (from a …SigMessage function).');
  }
  let sk: Uint8Array;
  if (!(ed25519SecretKey instanceof Uint8Array)) {
    throw new StorageSignatureError('key', 'An Ed25519 secret key is bytes (Uint8Array).');
  } else if (ed25519SecretKey.length === 64) sk = ed25519SecretKey;
  else if (ed25519SecretKey.length === 32) sk = ed25519KeyPairFromSeed(ed25519SecretKey).secretKey;
  else throw new StorageSignatureError('key', 'An Ed25519 secret key is 64 bytes (or a 32-byte seed).');
  return toBase64(ed25519Sign(sk, message));
}

/** False for any malformed key or signature rather than throwing: callers only need yes/no. */
export function verifyStorageSignature(
  ed25519PublicKey: Uint8Array,
  message: Uint8Array,
  signatureB64: string,
): boolean {
  if (!(ed25519PublicKey instanceof Uint8Array) || ed25519PublicKey.length !== 32) return false;
  if (typeof signatureB64 !== 'string' || !(message instanceof Uint8Array)) return false;
  const sig = tryFromBase64(signatureB64);
  if (!sig || sig.length !== 64) return false;
  return ed25519Verify(sig, message, ed25519PublicKey);
}
