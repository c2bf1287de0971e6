import { concatBytes, utf8 } from '../../crypto/bytes';
import {
  ed25519KeyPairFromSeed,
  ed25519SecretToX25519,
  ed25519Sign,
  ed25519Verify,
} from '../../crypto/ed25519';
import {
  baseMul,
  pointMul,
  scalarAdd,
  scalarMul,
  scalarNegate,
  scalarReduce,
  xed25519PublicKey,
} from '../../crypto/ed25519-math';
import { blake2b, sha512 } from '../../crypto/hash';
import { idKeyBytes, type GroupId } from '../../crypto/ids';
import { SubaccountError } from './errors';
import { groupPublicKeyBytes, groupSeedHash } from './identity';
import { bytes, sessionId } from './input';

/**
 * Member access to the group swarm (protocol reference §7.2, §4.3; libsession `Keys::
 * swarm_make_subaccount`, `swarm_subaccount_token`, `swarm_subaccount_sign`,
 * `swarm_verify_subaccount`).
 *
 * An admin blinds the member's Ed25519 key T (recovered, sign bit 0, from the X25519 Session ID)
 * with a scalar k derived from the group seed, and signs `0x03 ‖ flags ‖ 0 ‖ 0 ‖ kT`. The member
 * receives auth data `0x03 ‖ flags ‖ 0 ‖ 0 ‖ k ‖ admin_sig` (100 bytes), rebuilds kT, and signs
 * storage requests with the scalar k·t, an Ed25519 signature valid under kT. The 36-byte
 * `0x03 ‖ flags ‖ 0 ‖ 0 ‖ kT` is the subaccount token the server checks and an admin revokes.
 */

export const SUBACCOUNT_AUTH_DATA_BYTES = 100;

/** Permission bits (session-storage-server `subaccount_token.h`). */
export const SUBACCOUNT_FLAG_READ = 0b0001;
export const SUBACCOUNT_FLAG_WRITE = 0b0010;
export const SUBACCOUNT_FLAG_DELETE = 0b0100;
export const SUBACCOUNT_FLAG_ANY_PREFIX = 0b1000;

const GROUP_PREFIX = 0x03;

export interface SubaccountPermissions {
  /** Store into the group swarm and extend expiries (libsession default: true). */
  readonly write?: boolean;
  /** Delete messages from the swarm (libsession default: false). */
  readonly delete?: boolean;
}

/** What a subaccount-authenticated storage request sends beside its fields. */
export interface SubaccountSignature {
  /** `subaccount`: 36 bytes, 0x03 ‖ flags ‖ 0 ‖ 0 ‖ kT. */
  readonly subaccount: Uint8Array;
  /** `subaccount_sig`: the admin's 64-byte signature of the token. */
  readonly subaccountSig: Uint8Array;
  /** `signature`: 64 bytes over the request's signed string, valid under kT. */
  readonly signature: Uint8Array;
}

const fail = (message: string) => new SubaccountError('input', message);

function flagsOf(permissions: SubaccountPermissions = {}): number {
  const write = permissions.write ?? true;
  return (
    SUBACCOUNT_FLAG_READ |
    (write ? SUBACCOUNT_FLAG_WRITE : 0) |
    (permissions.delete ? SUBACCOUNT_FLAG_DELETE : 0)
  );
}

function groupSecret(groupSecretKey: Uint8Array): Uint8Array {
  return bytes(groupSecretKey, 'A group secret key', (m) => new SubaccountError('not-admin', m), 64);
}

/** libsession `subaccount_blind_factor`: k = reduce(BLAKE2b-512(0x05 ‖ X ‖ 0x03 ‖ C, key = mask)). */
function blindFactor(groupSecretKey: Uint8Array, memberX: Uint8Array): Uint8Array {
  const mask = groupSeedHash(groupSecretKey, 'SessionGroupSubaccountMask');
  const h = blake2b(
    64,
    [Uint8Array.of(0x05), memberX, Uint8Array.of(GROUP_PREFIX), groupSecretKey.subarray(32)],
    mask,
  );
  mask.fill(0);
  return scalarReduce(h);
}

function blindedMemberKey(groupSecretKey: Uint8Array, member: string): { k: Uint8Array; kT: Uint8Array } {
  const memberX = idKeyBytes(sessionId(member, fail));
  const k = blindFactor(groupSecretKey, memberX);
  const kT = pointMul(k, xed25519PublicKey(memberX));
  if (!kT) throw new SubaccountError('key', 'The Session ID is not a usable public key.');
  return { k, kT };
}

/** Admin: the 100-byte auth data a member needs (sent in the invite, kept in UserGroups `s`). */
export function swarmMakeSubaccount(
  groupSecretKey: Uint8Array,
  memberSessionId: string,
  permissions?: SubaccountPermissions,
): Uint8Array {
  const sk = groupSecret(groupSecretKey);
  const { k, kT } = blindedMemberKey(sk, memberSessionId);
  const head = Uint8Array.of(GROUP_PREFIX, flagsOf(permissions), 0, 0);
  return concatBytes(head, k, ed25519Sign(sk, concatBytes(head, kT)));
}

/** Admin: the 36-byte token of a member's subaccount, for revoke_subaccount/unrevoke_subaccount. */
export function swarmSubaccountToken(
  groupSecretKey: Uint8Array,
  memberSessionId: string,
  permissions?: SubaccountPermissions,
): Uint8Array {
  const { kT } = blindedMemberKey(groupSecret(groupSecretKey), memberSessionId);
  return concatBytes(Uint8Array.of(GROUP_PREFIX, flagsOf(permissions), 0, 0), kT);
}

function userSecretKey(userEd25519: Uint8Array): Uint8Array {
  const key = bytes(userEd25519, "The member's Ed25519 seed or secret key", fail, 32, 64);
  return key.length === 64 ? key : ed25519KeyPairFromSeed(key).secretKey;
}

/** T = the member's Ed25519 public key with the sign bit cleared, and whether it was set. */
function positiveKey(secretKey: Uint8Array): { T: Uint8Array; negative: boolean } {
  const T = secretKey.slice(32);
  const negative = (T[31]! & 0x80) !== 0;
  T[31] = T[31]! & 0x7f;
  return { T, negative };
}

/**
 * A member's storage-request signer for one group, in the shape the network layer's
 * `subaccountAuth(groupId, subaccount, sign)` takes: the token and the admins' signature of it,
 * sent as `subaccount` / `subaccount_sig`, and `sign` for each request's `signature`.
 */
export interface SubaccountSigner {
  readonly subaccount: { readonly token: Uint8Array; readonly signature: Uint8Array };
  sign(message: Uint8Array): Uint8Array;
}

/**
 * Member: the signer for `authData` and this member's key (`userEd25519`: 32-byte seed or 64-byte
 * secret key). Signatures are deterministic, as libsession's: the nonce is
 * r = reduce(BLAKE2b-512(BLAKE2b-256(seed, key="SubaccountSeed") ‖ kT ‖ M, key="SubaccountSig")),
 * R = rB, S = r + SHA-512(R ‖ kT ‖ M)·kt — an Ed25519 signature valid under kT.
 */
export function subaccountSigner(authData: Uint8Array, userEd25519: Uint8Array): SubaccountSigner {
  const auth = bytes(authData, 'Subaccount auth data', fail, SUBACCOUNT_AUTH_DATA_BYTES);
  const sk = userSecretKey(userEd25519);
  const k = auth.subarray(4, 36);
  const { T, negative } = positiveKey(sk);
  const kT = pointMul(k, T);
  if (!kT) throw new SubaccountError('auth-data', 'The auth data does not give a usable subaccount key.');
  const s = ed25519SecretToX25519(sk);
  const t = negative ? scalarNegate(s) : s;
  const kt = scalarMul(k, t);
  s.fill(0);
  t.fill(0);
  const seedHash = blake2b(32, sk.subarray(0, 32), utf8('SubaccountSeed'));
  const sign = (message: Uint8Array): Uint8Array => {
    bytes(message, 'The message to sign', fail);
    const r = scalarReduce(blake2b(64, [seedHash, kT, message], utf8('SubaccountSig')));
    const R = baseMul(r);
    if (!R) throw new SubaccountError('auth-data', 'The subaccount signature nonce is degenerate.');
    const S = scalarAdd(scalarMul(scalarReduce(sha512([R, kT, message])), kt), r);
    r.fill(0);
    return concatBytes(R, S);
  };
  return { subaccount: { token: concatBytes(auth.subarray(0, 4), kT), signature: auth.slice(36) }, sign };
}

/** Member: libsession `swarm_subaccount_sign` — the three values of one signed request. */
export function swarmSubaccountSign(
  authData: Uint8Array,
  userEd25519: Uint8Array,
  message: Uint8Array,
): SubaccountSignature {
  const signer = subaccountSigner(authData, userEd25519);
  return {
    subaccount: signer.subaccount.token,
    subaccountSig: signer.subaccount.signature,
    signature: signer.sign(message),
  };
}

/**
 * Member: whether `authData` is a valid grant for this member by an admin of `group`, with read
 * permission and, if asked, write and delete. False (never a throw) for any bad auth data.
 */
export function swarmVerifySubaccount(
  group: GroupId | Uint8Array,
  userEd25519: Uint8Array,
  authData: Uint8Array,
  required: { readonly write?: boolean; readonly delete?: boolean } = {},
): boolean {
  const groupPk = groupPublicKeyBytes(group);
  const sk = userSecretKey(userEd25519);
  if (!(authData instanceof Uint8Array) || authData.length !== SUBACCOUNT_AUTH_DATA_BYTES) return false;
  const flags = authData[1]!;
  if (authData[0] !== GROUP_PREFIX && !(flags & SUBACCOUNT_FLAG_ANY_PREFIX)) return false;
  if (!(flags & SUBACCOUNT_FLAG_READ)) return false;
  if (required.write && !(flags & SUBACCOUNT_FLAG_WRITE)) return false;
  if (required.delete && !(flags & SUBACCOUNT_FLAG_DELETE)) return false;
  const kT = pointMul(authData.subarray(4, 36), positiveKey(sk).T);
  if (!kT) return false;
  return ed25519Verify(authData.subarray(36), concatBytes(authData.subarray(0, 4), kT), groupPk);
}
