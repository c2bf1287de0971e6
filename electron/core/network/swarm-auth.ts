/**
 * Who may act on a swarm. Every signed storage request (store, retrieve, delete, expire,
 * get_expiries, revoke) takes a `SwarmAuth` — a pubkey and a way to sign — instead of an account's
 * whole identity, so the network layer holds no secret beyond the signing function it is handed.
 * Three kinds exist (protocol reference §4.3, §7.2): the own account (05), a group's admin key (03)
 * and a group member's subaccount (03, a token the admins signed plus the member's own signature).
 */
import { toBase64, toHex } from '../crypto/bytes';
import type { GroupId, SessionId } from '../crypto/ids';
import { ed25519Sign } from '../crypto/ed25519';
import { NetworkError } from './errors';

/** The owner of a swarm: an account's Session ID or a group's ID. */
export type SwarmPubkey = SessionId | GroupId;

export interface SwarmAuth {
  readonly pubkey: SwarmPubkey;
  /**
   * An 05 account's Ed25519 public key (hex), sent as `pubkey_ed25519` so the node can check it
   * converts to the Session ID. Absent for 03 groups, whose pubkey is the Ed25519 key itself.
   */
  readonly ed25519PublicKey?: string;
  /** The 64-byte Ed25519 signature of a storage request's signature string. */
  sign(message: Uint8Array): Uint8Array;
  /** A member's access to a group swarm: the admins' token and their signature of it. */
  readonly subaccount?: { readonly token: Uint8Array; readonly signature: Uint8Array };
}

/** The keys of the own account this needs (an `Identity` fits). */
export interface AccountKeys {
  readonly sessionId: SessionId;
  readonly ed25519: { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array };
}

function ed25519Signer(secretKey: Uint8Array): (message: Uint8Array) => Uint8Array {
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== 64) {
    throw new NetworkError('unauthorized', 'A swarm signing key is a 64-byte Ed25519 secret key.', {
      retryable: false,
    });
  }
  return (message) => ed25519Sign(secretKey, message);
}

/** The own account: signs with its Ed25519 key and names that key for the 05 → key check. */
export function accountAuth(keys: AccountKeys): SwarmAuth {
  return {
    pubkey: keys.sessionId,
    ed25519PublicKey: toHex(keys.ed25519.publicKey),
    sign: ed25519Signer(keys.ed25519.secretKey),
  };
}

/** A group's admin: signs with the group's own Ed25519 secret key (its pubkey is the group ID). */
export function groupAdminAuth(groupId: GroupId, groupSecretKey: Uint8Array): SwarmAuth {
  return { pubkey: groupId, sign: ed25519Signer(groupSecretKey) };
}

/**
 * A group member without the admin key: the subaccount token and the admins' signature of it, and
 * the member's request signature from `sign` (the subaccount signing math lives in the group
 * crypto, `protocol/groups`, and is passed in here).
 */
export function subaccountAuth(
  groupId: GroupId,
  subaccount: { readonly token: Uint8Array; readonly signature: Uint8Array },
  sign: (message: Uint8Array) => Uint8Array,
): SwarmAuth {
  return { pubkey: groupId, sign, subaccount };
}

/** The auth fields of one signed storage request over `message` (its signature string). */
export function authParams(auth: SwarmAuth, message: Uint8Array): Record<string, unknown> {
  const params: Record<string, unknown> = { signature: toBase64(auth.sign(message)) };
  if (auth.ed25519PublicKey !== undefined && auth.pubkey.startsWith('05')) {
    params['pubkey_ed25519'] = auth.ed25519PublicKey;
  }
  if (auth.subaccount) {
    params['subaccount'] = toBase64(auth.subaccount.token);
    params['subaccount_sig'] = toBase64(auth.subaccount.signature);
  }
  return params;
}

/** A request signed for one swarm must go to that swarm. */
export function checkAuthFor(auth: SwarmAuth | undefined, pubkey: SwarmPubkey): void {
  if (auth && auth.pubkey !== pubkey) {
    throw new NetworkError('unauthorized', 'This signer belongs to another swarm.', { retryable: false });
  }
}
