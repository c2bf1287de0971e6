import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toBase64, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { ed25519KeyPairFromSeed } from '../../../electron/core/crypto/ed25519';
import { ready } from '../../../electron/core/crypto/sodium';
import {
  StorageSignatureError,
  deleteAllSigMessage,
  deleteBeforeSigMessage,
  deleteSigMessage,
  expireAllSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
  retrieveSigMessage,
  revokeSubaccountSigMessage,
  revokedSubaccountsSigMessage,
  signStorageRequest,
  storeSigMessage,
  verifyStorageSignature,
} from '../../../electron/core/protocol/storage-signatures';

const str = (b: Uint8Array) => new TextDecoder().decode(b);

beforeAll(async () => {
  await ready();
});

describe('signed message strings (session-storage-server request_handler.cpp)', () => {
  it('retrieve / store: namespace omitted for 0', () => {
    expect(str(retrieveSigMessage(0, 1700000000000))).toBe('retrieve1700000000000');
    expect(str(retrieveSigMessage(13, 1234))).toBe('retrieve131234');
    expect(str(retrieveSigMessage(-11, 1234))).toBe('retrieve-111234');
    expect(str(storeSigMessage(0, 1234))).toBe('store1234');
    expect(str(storeSigMessage(11, 1234))).toBe('store111234');
  });

  it('delete / delete_all / delete_before / expire_all', () => {
    expect(str(deleteSigMessage(['hash4321', 'hash4221']))).toBe('deletehash4321hash4221');
    expect(str(deleteAllSigMessage('all', 99))).toBe('delete_allall99');
    expect(str(deleteAllSigMessage(0, 99))).toBe('delete_all99');
    expect(str(deleteAllSigMessage(3, 99))).toBe('delete_all399');
    expect(str(deleteBeforeSigMessage(0, 5))).toBe('delete_before5');
    expect(str(deleteBeforeSigMessage('all', 5))).toBe('delete_beforeall5');
    expect(str(deleteBeforeSigMessage(-10, 5))).toBe('delete_before-105');
    expect(str(expireAllSigMessage(0, 7))).toBe('expire_all7');
    expect(str(expireAllSigMessage(5, 7))).toBe('expire_all57');
    expect(str(expireAllSigMessage('all', 7))).toBe('expire_allall7');
  });

  it('expire: mode, one expiry or one per hash, then hashes', () => {
    expect(str(expireSigMessage('', 1234, ['hash4321', 'hash4221']))).toBe('expire1234hash4321hash4221');
    expect(str(expireSigMessage('extend', 1234, ['h']))).toBe('expireextend1234h');
    expect(str(expireSigMessage('shorten', [1, 2], ['a', 'b']))).toBe('expireshorten12ab');
    expect(() => expireSigMessage('', [1, 2, 3], ['a', 'b'])).toThrow(StorageSignatureError);
  });

  it('get_expiries and (un)revoke_subaccount', () => {
    expect(str(getExpiriesSigMessage(42, ['x', 'y']))).toBe('get_expiries42xy');
    const t1 = new Uint8Array(36).fill(1);
    const t2 = new Uint8Array(36).fill(2);
    expect(toHex(revokeSubaccountSigMessage('revoke_subaccount', 9, [t1, t2]))).toBe(
      toHex(concatBytes(utf8('revoke_subaccount9'), t1, t2)),
    );
    expect(toHex(revokeSubaccountSigMessage('unrevoke_subaccount', 9, [t1]))).toBe(
      toHex(concatBytes(utf8('unrevoke_subaccount9'), t1)),
    );
    expect(str(revokedSubaccountsSigMessage(9))).toBe('revoked_subaccounts9');
    expect(() => revokeSubaccountSigMessage('revoke_subaccount', 9, [new Uint8Array(32)])).toThrow(
      StorageSignatureError,
    );
  });

  it('rejects out-of-range inputs', () => {
    expect(() => retrieveSigMessage(40000, 1)).toThrow(StorageSignatureError);
    expect(() => retrieveSigMessage(0, -1)).toThrow(StorageSignatureError);
    expect(() => retrieveSigMessage(0, 1.5)).toThrow(StorageSignatureError);
    expect(() => deleteSigMessage([])).toThrow(StorageSignatureError);
  });
});

// Keys and verification strings from session-desktop ts/test/session/unit/crypto/SnodeSignatures_test.ts
// (NetworkTime.now() stubbed to 1234). Ed25519 is deterministic, so signing the same string with the
// same key yields the very signature desktop produces; the test there only verifies, and so do we.
describe('desktop SnodeSignatures_test vectors', () => {
  const groupPk = '0442ca9b758eefe0c42370696688b28f48f44bf44941fae4f3d5b41f6358c41d';
  const groupSk = concatBytes(
    fromHex('4db38882cf0a0fffcbb971eb2b1420c92bc836c6946cd97bdc0c2787b806549d'),
    fromHex(groupPk),
  );
  const userPk = 'bdd5eaf00eaf965ca63b7e8b119d8122d4647ffd5bb58daa1f78dfc54dd53989';
  const userSk = fromHex(
    'b0e12943e22e8f71774c2c4205fed59800000000000000000000000000000000bdd5eaf00eaf965ca63b7e8b119d8122d4647ffd5bb58daa1f78dfc54dd53989',
  );

  it('the fixed key pairs are consistent (seed → public key)', () => {
    expect(toHex(ed25519KeyPairFromSeed(groupSk.subarray(0, 32)).publicKey)).toBe(groupPk);
    expect(toHex(ed25519KeyPairFromSeed(userSk.subarray(0, 32)).publicKey)).toBe(userPk);
  });

  const groupCases: Array<[string, Uint8Array]> = [
    ['retrieve131234', retrieveSigMessage(13, 1234)],
    ['retrieve121234', retrieveSigMessage(12, 1234)],
    ['retrieve111234', retrieveSigMessage(11, 1234)],
    ['store131234', storeSigMessage(13, 1234)],
    ['store121234', storeSigMessage(12, 1234)],
    ['store111234', storeSigMessage(11, 1234)],
    ['deletehash4321hash4221', deleteSigMessage(['hash4321', 'hash4221'])],
    ['expire1234hash4321hash4221', expireSigMessage('', 1234, ['hash4321', 'hash4221'])],
  ];

  it.each(groupCases)('group admin signs "%s"', (expected, message) => {
    expect(str(message)).toBe(expected);
    const sig = signStorageRequest(groupSk, message);
    expect(verifyStorageSignature(fromHex(groupPk), utf8(expected), sig)).toBe(true);
    // Seed-only keys give the identical (deterministic) signature.
    expect(signStorageRequest(groupSk.subarray(0, 32), message)).toBe(sig);
  });

  it('user expire signature verifies, and the desktop negative cases fail', () => {
    const message = expireSigMessage('', 1234, ['hash4321', 'hash4221']);
    const sig = signStorageRequest(userSk, message);
    expect(verifyStorageSignature(fromHex(userPk), utf8('expire1234hash4321hash4221'), sig)).toBe(true);
    expect(verifyStorageSignature(fromHex(userPk), utf8('expire1234hash4321'), sig)).toBe(false);
    expect(verifyStorageSignature(fromHex(userPk), utf8('expire1234123hash4321hash4221'), sig)).toBe(false);
    expect(verifyStorageSignature(fromHex(userPk), utf8('expire12341hash4321hash4221'), sig)).toBe(false);
    expect(verifyStorageSignature(fromHex(userPk), utf8('expire12341111hash4221'), sig)).toBe(false);
  });

  it('verification is false (never throws) on malformed keys or signatures', () => {
    const msg = utf8('retrieve1234');
    const sig = signStorageRequest(userSk, msg);
    expect(verifyStorageSignature(new Uint8Array(31), msg, sig)).toBe(false);
    expect(verifyStorageSignature(fromHex(userPk), msg, 'not base64!')).toBe(false);
    expect(verifyStorageSignature(fromHex(userPk), msg, toBase64(new Uint8Array(63)))).toBe(false);
    expect(verifyStorageSignature(new Uint8Array(32), msg, sig)).toBe(false);
    expect(() => signStorageRequest(new Uint8Array(10), msg)).toThrow(StorageSignatureError);
  });
});
