/**
 * The three signers of swarm requests — own account, group admin, group member by subaccount —
 * as the network layer sends them, checked by localnet's storage servers (which verify as
 * session-storage-server's `verify_signature` does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, toHex, tryFromBase64 } from '../../../electron/core/crypto/bytes';
import { parseGroupId } from '../../../electron/core/crypto/ids';
import { ed25519KeyPair, ed25519Sign } from '../../../electron/core/crypto/ed25519';
import { isNetworkError } from '../../../electron/core/network/errors';
import {
  accountAuth,
  authParams,
  groupAdminAuth,
  subaccountAuth,
  type SwarmAuth,
} from '../../../electron/core/network/swarm-auth';
import {
  retrieveSigMessage,
  verifyStorageSignature,
} from '../../../electron/core/protocol/storage-signatures';
import type { Localnet } from '../../../localnet/index';
import { bytes, freshAccount, localnet, open } from './fixture';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

function newGroup(): { auth: SwarmAuth; secretKey: Uint8Array } {
  const kp = ed25519KeyPair();
  return {
    auth: groupAdminAuth(parseGroupId(`03${toHex(kp.publicKey)}`), kp.secretKey),
    secretKey: kp.secretKey,
  };
}

/** A member's token (0x03 ‖ flags ‖ 0 ‖ 0 ‖ member key), signed by the group (flags 1 read, 2 write). */
function member(group: { auth: SwarmAuth; secretKey: Uint8Array }, flags: number): SwarmAuth {
  const kp = ed25519KeyPair();
  const token = concatBytes(new Uint8Array([0x03, flags, 0, 0]), kp.publicKey);
  const signature = ed25519Sign(group.secretKey, token);
  return subaccountAuth(group.auth.pubkey as ReturnType<typeof parseGroupId>, { token, signature }, (m) =>
    ed25519Sign(kp.secretKey, m),
  );
}

describe('swarm auth fields', () => {
  it('names the Ed25519 key for an account, signs the message, and never sends the secret', () => {
    const a = freshAccount();
    const msg = retrieveSigMessage(0, 1_800_000_000_000);
    const params = authParams(a.auth, msg);
    expect(Object.keys(params).sort()).toEqual(['pubkey_ed25519', 'signature']);
    expect(params['pubkey_ed25519']).toBe(toHex(a.identity.ed25519.publicKey));
    expect(verifyStorageSignature(a.identity.ed25519.publicKey, msg, params['signature'] as string)).toBe(
      true,
    );
    expect(JSON.stringify(params)).not.toContain(toHex(a.identity.ed25519.secretKey.subarray(0, 32)));
    expect(accountAuth(a.identity).pubkey).toBe(a.sessionId);
  });

  it('sends no pubkey_ed25519 for a group, and the token with its signature for a member', () => {
    const g = newGroup();
    expect(Object.keys(authParams(g.auth, bytes(1))).sort()).toEqual(['signature']);
    const m = member(g, 3);
    const params = authParams(m, bytes(1));
    expect(Object.keys(params).sort()).toEqual(['signature', 'subaccount', 'subaccount_sig']);
    expect(tryFromBase64(params['subaccount'] as string)).toEqual(m.subaccount!.token);
  });
});

describe('the three signers against storage servers', () => {
  it('own account: signed stores and retrieves; a signature by another key is refused', async () => {
    const net = await open(ln);
    try {
      const me = freshAccount();
      const { hash } = await net.store({
        pubkey: me.sessionId,
        namespace: 2,
        data: bytes(1),
        ttlMs: 60_000,
        auth: me.auth,
      });
      expect((await net.retrieve({ auth: me.auth, namespace: 2 })).map((m) => m.hash)).toEqual([hash]);
      const other = freshAccount();
      const impostor: SwarmAuth = { ...other.auth, pubkey: me.sessionId };
      const err = await net
        .store({ pubkey: me.sessionId, namespace: 2, data: bytes(2), ttlMs: 60_000, auth: impostor })
        .catch((e: unknown) => e);
      expect(isNetworkError(err, 'unauthorized')).toBe(true);
    } finally {
      await net.close();
    }
  });

  it('group admin and member: both store and read; a revoked member reads no more', async () => {
    const net = await open(ln);
    try {
      const g = newGroup();
      const writer = member(g, 1 | 2);
      const a = await net.store({
        pubkey: g.auth.pubkey,
        namespace: 11,
        data: bytes(3),
        ttlMs: 60_000,
        auth: g.auth,
      });
      const b = await net.store({
        pubkey: g.auth.pubkey,
        namespace: 11,
        data: bytes(4),
        ttlMs: 60_000,
        auth: writer,
      });
      expect((await net.retrieve({ auth: writer, namespace: 11 })).map((m) => m.hash).sort()).toEqual(
        [a.hash, b.hash].sort(),
      );
      const readOnly = member(g, 1);
      const refused = await net
        .store({ pubkey: g.auth.pubkey, namespace: 11, data: bytes(5), ttlMs: 60_000, auth: readOnly })
        .catch((e: unknown) => e);
      expect(isNetworkError(refused, 'unauthorized')).toBe(true);
      await net.revokeSubaccounts(g.auth, [writer.subaccount!.token]);
      const after = await net.retrieve({ auth: writer, namespace: 11 }).catch((e: unknown) => e);
      expect(isNetworkError(after, 'unauthorized')).toBe(true);
      const notAdmin = await net
        .revokeSubaccounts(writer, [readOnly.subaccount!.token])
        .catch((e: unknown) => e);
      expect(isNetworkError(notAdmin, 'unauthorized')).toBe(true);
      await net.revokeSubaccounts(g.auth, [writer.subaccount!.token], { unrevoke: true });
      expect(await net.retrieve({ auth: writer, namespace: 11 })).toEqual([]);
    } finally {
      await net.close();
    }
  });

  it('refuses a signer of another swarm before sending anything', async () => {
    const net = await open(ln);
    try {
      const me = freshAccount();
      const other = freshAccount();
      const err = await net
        .store({ pubkey: me.sessionId, namespace: 2, data: bytes(6), ttlMs: 60_000, auth: other.auth })
        .catch((e: unknown) => e);
      expect(isNetworkError(err, 'unauthorized')).toBe(true);
    } finally {
      await net.close();
    }
  });
});
