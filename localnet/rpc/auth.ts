import { bytesEqual } from '../../electron/core/crypto/bytes';
import { ed25519PublicToX25519 } from '../../electron/core/crypto/ed25519';
import { verifyStorageSignature } from '../../electron/core/protocol/storage-signatures';
import type { NodeStore } from '../db';
import { ACCESS_ANY_PREFIX } from './constants';
import type { SignedAuth } from './params';

/**
 * The storage server's signature check: a 05 account signs with the Ed25519 key it names (which
 * must convert to its X25519 pubkey); a 03 group's pubkey is itself the Ed25519 key. A subaccount
 * token (signed by that key, with the needed flags, not revoked) hands signing to the token's key.
 */
export function verifyRequestSignature(
  store: NodeStore,
  auth: SignedAuth,
  requiredAccess: number,
  skipRevokeCheck: boolean,
  message: Uint8Array | undefined,
): boolean {
  if (message === undefined) return false;
  const { pubkey } = auth;
  let signer = pubkey.raw;
  if (pubkey.type === 5 && auth.pubkeyEd25519) {
    const x = ed25519PublicToX25519(auth.pubkeyEd25519);
    if (!x || !bytesEqual(x, pubkey.raw)) return false;
    signer = auth.pubkeyEd25519;
  }
  if (auth.subaccount) {
    const { token, signatureB64 } = auth.subaccount;
    if (!skipRevokeCheck && store.isRevoked(pubkey.hex, token)) return false;
    const flags = token[1]!;
    if (token[0] !== pubkey.type && (flags & ACCESS_ANY_PREFIX) === 0) return false;
    if ((flags & requiredAccess) !== requiredAccess) return false;
    if (!verifyStorageSignature(signer, token, signatureB64)) return false;
    signer = token.subarray(4);
  }
  return verifyStorageSignature(signer, message, auth.signatureB64);
}

/** Builds a signed message, or undefined when the helper refuses its inputs (fails auth). */
export function sigMessage(build: () => Uint8Array): Uint8Array | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}
