/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- replies are arbitrary JSON whose shapes these tests assert */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../electron/core/crypto/bytes';
import { ed25519Verify } from '../../electron/core/crypto/ed25519';
import { storageHash } from '../../electron/core/protocol/storage-hash';
import {
  deleteAllSigMessage,
  deleteBeforeSigMessage,
  deleteSigMessage,
  expireAllSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
  retrieveSigMessage,
  storeSigMessage,
} from '../../electron/core/protocol/storage-signatures';
import { auth, b64, newGroup, newUser, rpc, sign } from './client';
import { ctx, useLocalnet, home, away, storeMsg, retrieveMsgs } from './rpc-fixture';

useLocalnet();

describe('store and retrieve', () => {
  it('stores a public-inbox message without auth and returns the upstream hash and swarm signatures', async () => {
    const a = newUser();
    const r = await storeMsg(a, 0, 'hello');
    expect(r.status).toBe(200);
    const hash = storageHash(a.pubkey, 0, utf8('hello'));
    expect(r.body.hash).toBe(hash);
    expect(r.body.hf).toEqual([21, 0]);
    expect(typeof r.body.t).toBe('number');
    const members = ctx.net.swarmFor(a.pubkey);
    expect(Object.keys(r.body.swarm).sort()).toEqual(members.map((m) => m.ed25519).sort());
    for (const m of members) {
      const entry = r.body.swarm[m.ed25519];
      expect(entry.hash).toBe(hash);
      const ok = ed25519Verify(Buffer.from(entry.signature, 'base64'), utf8(hash), m.ed25519PublicKey);
      expect(ok).toBe(true);
    }
    const again = await storeMsg(a, 0, 'hello');
    expect(again.body.swarm[home(a).ed25519].already).toBe(true);
  });

  it('retrieves with last_hash, more and max_count', async () => {
    const a = newUser();
    for (const d of ['m1', 'm2', 'm3']) expect((await storeMsg(a, 0, d)).status).toBe(200);
    const all = await retrieveMsgs(a, 0);
    expect(all.status).toBe(200);
    expect(all.body.messages.map((m: { data: string }) => Buffer.from(m.data, 'base64').toString())).toEqual([
      'm1',
      'm2',
      'm3',
    ]);
    expect(all.body.more).toBe(false);
    const first = await retrieveMsgs(a, 0, { max_count: 1 });
    expect(first.body.messages).toHaveLength(1);
    expect(first.body.more).toBe(true);
    const rest = await retrieveMsgs(a, 0, { last_hash: first.body.messages[0].hash });
    expect(rest.body.messages.map((m: { hash: string }) => m.hash)).toEqual(
      all.body.messages.slice(1).map((m: { hash: string }) => m.hash),
    );
    const m = all.body.messages[0];
    expect(m.expiration - m.timestamp).toBe(60_000);
  });

  it('requires signatures for private namespaces and checks pubkey_ed25519 against the pubkey', async () => {
    const a = newUser();
    const b = newUser();
    const now = Date.now();
    const base = { pubkey: a.pubkey, namespace: 2, ttl: 60_000, timestamp: now, data: b64('cfg') };
    const noSig = await rpc(home(a), 'store', base);
    expect(noSig).toEqual({ status: 401, body: 'store: signature required to store to namespace 2' });
    const wrongKey = await rpc(home(a), 'store', {
      ...base,
      signature: sign(b, storeSigMessage(2, now)),
      pubkey_ed25519: b.edHex,
    });
    expect(wrongKey).toEqual({ status: 401, body: 'store signature verification failed' });
    const good = await rpc(home(a), 'store', { ...base, ...auth(a, storeSigMessage(2, now)) });
    expect(good.status).toBe(200);
    const unsignedRetrieve = await rpc(home(a), 'retrieve', { pubkey: a.pubkey });
    expect(unsignedRetrieve).toEqual({ status: 401, body: 'retrieve: request signature required' });
    const explicitNs = await rpc(home(a), 'retrieve', { pubkey: a.pubkey, namespace: 2 });
    expect(explicitNs).toEqual({ status: 400, body: "invalid request: Required field 'signature' missing" });
    const badSig = await rpc(home(a), 'retrieve', {
      namespace: 2,
      timestamp: now,
      ...auth(a, retrieveSigMessage(3, now)),
    });
    expect(badSig).toEqual({ status: 401, body: 'retrieve signature verification failed' });
    const ok = await retrieveMsgs(a, 2);
    expect(ok.body.messages).toHaveLength(1);
    const groupWithEd = await rpc(home(newGroup()), 'retrieve', {
      pubkey: newGroup().pubkey,
      pubkey_ed25519: a.edHex,
      signature: sign(a, utf8('x')),
      timestamp: now,
    });
    expect(groupWithEd.body).toMatch(/pubkey_ed25519 is only permitted for 05/);
  });

  it('enforces TTL bounds, clock checks and the 76,800-byte cap', async () => {
    const a = newUser();
    const node = home(a);
    const now = Date.now();
    const base = { pubkey: a.pubkey, namespace: 0, timestamp: now, data: b64('x') };
    expect(await rpc(node, 'store', { ...base, ttl: 9_999 })).toEqual({
      status: 403,
      body: 'Provided expiry/TTL is not valid.',
    });
    expect((await rpc(node, 'store', { ...base, ttl: 14 * 86_400_000 })).status).toBe(200);
    expect((await rpc(node, 'store', { ...base, ttl: 14 * 86_400_000 + 1 })).status).toBe(403);
    const future = await rpc(node, 'store', { ...base, timestamp: now + 20_000, ttl: 60_000 });
    expect(future).toEqual({ status: 406, body: 'Timestamp error: check your clock' });
    const big = await rpc(node, 'store', { ...base, ttl: 60_000, data: b64(new Uint8Array(76_800)) });
    expect(big.status).toBe(200);
    const tooBig = await rpc(node, 'store', { ...base, ttl: 60_000, data: b64(new Uint8Array(76_801)) });
    expect(tooBig).toEqual({
      status: 400,
      body: 'invalid request: Message body exceeds maximum allowed length of 76800 bytes',
    });
    const stale = now - 120_000;
    const oldSig = await rpc(node, 'store', {
      ...base,
      namespace: 3,
      ttl: 60_000,
      sig_timestamp: stale,
      ...auth(a, storeSigMessage(3, stale)),
    });
    expect(oldSig).toEqual({ status: 406, body: 'store signature timestamp too far from current time' });
    const oldRetrieve = await rpc(node, 'retrieve', {
      namespace: 3,
      timestamp: stale,
      ...auth(a, retrieveSigMessage(3, stale)),
    });
    expect(oldRetrieve).toEqual({ status: 406, body: 'retrieve timestamp too far from current time' });
    const private31 = await rpc(node, 'store', {
      ...base,
      namespace: 3,
      ttl: 30 * 86_400_000,
      ...auth(a, storeSigMessage(3, now)),
    });
    expect(private31.status).toBe(200);
  });

  it('answers parse errors with upstream texts', async () => {
    const a = newUser();
    const node = home(a);
    expect(await rpc(node, 'store', { pubkey: a.pubkey })).toEqual({
      status: 400,
      body: "invalid request: Required field 'timestamp' missing",
    });
    expect(
      await rpc(node, 'store', { pubkey: 'abc', timestamp: Date.now(), ttl: 60_000, data: 'AA==' }),
    ).toEqual({
      status: 400,
      body: 'invalid request: Pubkey must be 66 hex digits (33 bytes) long',
    });
    expect(
      await rpc(node, 'store', {
        pubkey: a.pubkey,
        timestamp: Date.now(),
        ttl: 60_000,
        expiry: Date.now() + 1,
        data: 'AA==',
      }),
    ).toEqual({
      status: 400,
      body: "invalid request: Cannot specify both 'expiry' and 'ttl'",
    });
    expect(await rpc(node, 'retrieve', { pubkey: a.pubkey, namespace: 40000 })).toEqual({
      status: 400,
      body: "invalid request: Invalid value given for 'namespace': value out of range",
    });
    expect(await rpc(node, 'nope', {})).toEqual({ status: 400, body: 'no method nope' });
    expect(await rpc(node, 'retrieve', { pubkey: a.pubkey, timestamp: 1234 })).toEqual({
      status: 400,
      body: "invalid request: Invalid timestamp for 'timestamp': timestamp must be in milliseconds",
    });
  });

  it('answers 421 with the right swarm from a node outside it', async () => {
    const a = newUser();
    const r = await rpc(away(a), 'store', {
      pubkey: a.pubkey,
      namespace: 0,
      ttl: 60_000,
      timestamp: Date.now(),
      data: b64('x'),
    });
    expect(r.status).toBe(421);
    expect(r.body.swarm).toBe(home(a).swarmId);
    expect(r.body.snodes.map((s: { pubkey_ed25519: string }) => s.pubkey_ed25519).sort()).toEqual(
      ctx.net
        .swarmFor(a.pubkey)
        .map((n) => n.ed25519)
        .sort(),
    );
  });
});

describe('deletes and expiries', () => {
  it('delete removes on every member and signs pubkey ‖ requested ‖ deleted', async () => {
    const a = newUser();
    const s1 = await storeMsg(a, 0, 'd1');
    const s2 = await storeMsg(a, 0, 'd2');
    const hashes = [s1.body.hash, s2.body.hash];
    const bad = await rpc(home(a), 'delete', {
      messages: hashes,
      ...auth(newUser(), deleteSigMessage(hashes)),
      pubkey: a.pubkey,
    });
    expect(bad.status).toBe(401);
    const r = await rpc(home(a), 'delete', {
      messages: [hashes[0]],
      ...auth(a, deleteSigMessage([hashes[0]])),
    });
    expect(r.status).toBe(200);
    for (const m of ctx.net.swarmFor(a.pubkey)) {
      const entry = r.body.swarm[m.ed25519];
      expect(entry.deleted).toEqual([hashes[0]]);
      const msg = utf8(`${a.pubkey}${hashes[0]}${hashes[0]}`);
      expect(ed25519Verify(Buffer.from(entry.signature, 'base64'), msg, m.ed25519PublicKey)).toBe(true);
    }
    const left = await retrieveMsgs(a, 0);
    expect(left.body.messages.map((m: { hash: string }) => m.hash)).toEqual([hashes[1]]);
    const again = await rpc(home(a), 'delete', {
      messages: [hashes[0]],
      required: true,
      ...auth(a, deleteSigMessage([hashes[0]])),
    });
    expect(again.status).toBe(404);
  });

  it('delete_all and delete_before, per namespace and "all"', async () => {
    const a = newUser();
    await storeMsg(a, 0, 'a0');
    await storeMsg(a, 2, 'a2');
    const now = Date.now();
    const one = await rpc(home(a), 'delete_all', {
      namespace: 2,
      timestamp: now,
      ...auth(a, deleteAllSigMessage(2, now)),
    });
    expect(one.status).toBe(200);
    expect(one.body.swarm[home(a).ed25519].deleted).toHaveLength(1);
    await storeMsg(a, 3, 'a3');
    const all = await rpc(home(a), 'delete_all', {
      namespace: 'all',
      timestamp: now,
      ...auth(a, deleteAllSigMessage('all', now)),
    });
    const mine = all.body.swarm[home(a).ed25519];
    expect(Object.keys(mine.deleted).sort()).toEqual(['0', '3']);
    const stale = now - 100_000;
    expect(
      (await rpc(home(a), 'delete_all', { timestamp: stale, ...auth(a, deleteAllSigMessage(0, stale)) }))
        .status,
    ).toBe(406);
    await storeMsg(a, 0, 'b0');
    const before = Date.now() + 1000;
    const db = await rpc(home(a), 'delete_before', { before, ...auth(a, deleteBeforeSigMessage(0, before)) });
    expect(db.body.swarm[home(a).ed25519].deleted).toHaveLength(1);
    const far = Date.now() + 120_000;
    expect(
      await rpc(home(a), 'delete_before', { before: far, ...auth(a, deleteBeforeSigMessage(0, far)) }),
    ).toEqual({
      status: 401,
      body: 'delete_before timestamp too far in the future',
    });
  });

  it('expire (extend/shorten/unchanged), expire_all and get_expiries', async () => {
    const a = newUser();
    const s = await storeMsg(a, 0, 'e1');
    const h = s.body.hash as string;
    const orig = s.body.swarm[home(a).ed25519].expiry as number;
    const longer = orig + 100_000;
    const ext = await rpc(home(a), 'expire', {
      messages: [h],
      expiry: longer,
      extend: true,
      ...auth(a, expireSigMessage('extend', longer, [h])),
    });
    expect(ext.status).toBe(200);
    expect(ext.body.swarm[home(a).ed25519]).toMatchObject({ updated: [h], expiry: longer, unchanged: {} });
    const shorter = Date.now() + 20_000;
    const noop = await rpc(home(a), 'expire', {
      messages: [h],
      expiry: longer + 5,
      shorten: true,
      ...auth(a, expireSigMessage('shorten', longer + 5, [h])),
    });
    expect(noop.body.swarm[home(a).ed25519]).toMatchObject({ updated: [], unchanged: { [h]: longer } });
    const ts = Date.now();
    const ge = await rpc(home(a), 'get_expiries', {
      messages: [h],
      timestamp: ts,
      ...auth(a, getExpiriesSigMessage(ts, [h])),
    });
    expect(ge).toEqual({ status: 200, body: { expiries: { [h]: longer } } });
    const all = await rpc(home(a), 'expire_all', {
      expiry: shorter,
      ...auth(a, expireAllSigMessage(0, shorter)),
    });
    expect(all.body.swarm[home(a).ed25519].updated).toEqual([h]);
    const past = Date.now() - 120_000;
    expect(
      (
        await rpc(home(a), 'expire', {
          messages: [h],
          expiry: past,
          ...auth(a, expireSigMessage('', past, [h])),
        })
      ).status,
    ).toBe(401);
    const wrong = await rpc(home(a), 'expire', {
      messages: [h],
      expiry: longer,
      ...auth(a, expireSigMessage('extend', longer, [h])),
    });
    expect(wrong).toEqual({ status: 401, body: 'expire: signature verification failed' });
  });
});
