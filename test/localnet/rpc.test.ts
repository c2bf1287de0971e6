/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- replies are arbitrary JSON whose shapes these tests assert */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from '../../electron/core/crypto/bytes';
import { ready, sodium } from '../../electron/core/crypto/sodium';
import { decryptOnsValue, onsNameHash } from '../../electron/core/protocol/ons';
import { storageHash } from '../../electron/core/protocol/storage-hash';
import {
  deleteAllSigMessage,
  deleteBeforeSigMessage,
  deleteSigMessage,
  expireAllSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
  retrieveSigMessage,
  revokeSubaccountSigMessage,
  storeSigMessage,
} from '../../electron/core/protocol/storage-signatures';
import { startLocalnet, type Localnet, type LocalnetNode } from '../../localnet/index';
import { auth, b64, newGroup, newUser, rpc, sign, type Account } from './client';

let net: Localnet;
const ONS_ID = `05${'ab'.repeat(32)}`;

beforeAll(async () => {
  await ready();
  net = await startLocalnet({ nodes: 10, swarmSize: 5, ons: { Alice: ONS_ID } });
});
afterAll(async () => {
  await net?.close();
});

const home = (a: Account): LocalnetNode => net.swarmFor(a.pubkey)[0]!;
const away = (a: Account): LocalnetNode => net.nodes.find((n) => !net.swarmFor(a.pubkey).includes(n))!;

async function storeMsg(a: Account, ns: number, data: string, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  const params: Record<string, unknown> = {
    pubkey: a.pubkey,
    namespace: ns,
    ttl: 60_000,
    timestamp: now,
    data: b64(data),
    ...extra,
  };
  if (ns % 10 !== 0) Object.assign(params, auth(a, storeSigMessage(ns, now)), extra);
  return rpc(home(a), 'store', params);
}

async function retrieveMsgs(a: Account, ns: number, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return rpc(home(a), 'retrieve', {
    namespace: ns,
    timestamp: now,
    ...auth(a, retrieveSigMessage(ns, now)),
    ...extra,
  });
}

describe('store and retrieve', () => {
  it('stores a public-inbox message without auth and returns the upstream hash and swarm signatures', async () => {
    const a = newUser();
    const r = await storeMsg(a, 0, 'hello');
    expect(r.status).toBe(200);
    const hash = storageHash(a.pubkey, 0, utf8('hello'));
    expect(r.body.hash).toBe(hash);
    expect(r.body.hf).toEqual([21, 0]);
    expect(typeof r.body.t).toBe('number');
    const members = net.swarmFor(a.pubkey);
    expect(Object.keys(r.body.swarm).sort()).toEqual(members.map((m) => m.ed25519).sort());
    for (const m of members) {
      const entry = r.body.swarm[m.ed25519];
      expect(entry.hash).toBe(hash);
      const ok = sodium().crypto_sign_verify_detached(
        Buffer.from(entry.signature, 'base64'),
        utf8(hash),
        m.ed25519PublicKey,
      );
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
      net
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
    for (const m of net.swarmFor(a.pubkey)) {
      const entry = r.body.swarm[m.ed25519];
      expect(entry.deleted).toEqual([hashes[0]]);
      const msg = utf8(`${a.pubkey}${hashes[0]}${hashes[0]}`);
      expect(
        sodium().crypto_sign_verify_detached(Buffer.from(entry.signature, 'base64'), msg, m.ed25519PublicKey),
      ).toBe(true);
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

describe('auth failures of every signed method', () => {
  it('answers 401 with the upstream text when another key signed', async () => {
    const a = newUser();
    const mallory = newUser();
    const now = Date.now();
    const h = storageHash(a.pubkey, 0, utf8('x'));
    const forged = (msg: Uint8Array) => ({
      pubkey: a.pubkey,
      pubkey_ed25519: mallory.edHex,
      signature: sign(mallory, msg),
    });
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'retrieve',
        { namespace: 5, timestamp: now, ...forged(retrieveSigMessage(5, now)) },
        'retrieve signature verification failed',
      ],
      [
        'store',
        { namespace: 5, ttl: 60_000, timestamp: now, data: b64('x'), ...forged(storeSigMessage(5, now)) },
        'store signature verification failed',
      ],
      [
        'delete',
        { messages: [h], ...forged(deleteSigMessage([h])) },
        'delete_msgs signature verification failed',
      ],
      [
        'delete_all',
        { namespace: 'all', timestamp: now, ...forged(deleteAllSigMessage('all', now)) },
        'delete_all signature verification failed',
      ],
      [
        'delete_before',
        { before: now, ...forged(deleteBeforeSigMessage(0, now)) },
        'delete_before signature verification failed',
      ],
      [
        'expire',
        { messages: [h], expiry: now + 60_000, ...forged(expireSigMessage('', now + 60_000, [h])) },
        'expire: signature verification failed',
      ],
      [
        'expire_all',
        { expiry: now + 60_000, ...forged(expireAllSigMessage(0, now + 60_000)) },
        'expire_all signature verification failed',
      ],
      [
        'get_expiries',
        { messages: [h], timestamp: now, ...forged(getExpiriesSigMessage(now, [h])) },
        'get_expiries signature verification failed',
      ],
    ];
    for (const [method, params, text] of cases) {
      expect([method, await rpc(home(a), method, params)]).toEqual([method, { status: 401, body: text }]);
    }
    const g = newGroup();
    const tok = new Uint8Array(36);
    const revoke = await rpc(home(g), 'revoke_subaccount', {
      pubkey: g.pubkey,
      revoke: [toHex(tok)],
      timestamp: now,
      signature: sign(mallory, revokeSubaccountSigMessage('revoke_subaccount', now, [tok])),
    });
    expect(revoke).toEqual({ status: 401, body: 'revoke_subaccount signature verification failed' });
  });

  it('max_size always returns at least one message and sets more', async () => {
    const a = newUser();
    await storeMsg(a, 0, 'size-1');
    await storeMsg(a, 0, 'size-2');
    const r = await retrieveMsgs(a, 0, { max_size: 1 });
    expect(r.body.messages).toHaveLength(1);
    expect(r.body.more).toBe(true);
  });
});

describe('groups and subaccounts', () => {
  function token(group: Account, member: Account, flags: number): { token: string; sig: string } {
    const t = concatBytes(new Uint8Array([0x03, flags, 0, 0]), member.edPk);
    return { token: toHex(t), sig: sign(group, t) };
  }

  it('admin and subaccount access with flags and revocation', async () => {
    const g = newGroup();
    const member = newUser();
    const node = home(g);
    const now = Date.now();
    const base = { pubkey: g.pubkey, namespace: 11, ttl: 60_000, timestamp: now, data: b64('grp') };
    expect((await rpc(node, 'store', { ...base, signature: sign(g, storeSigMessage(11, now)) })).status).toBe(
      200,
    );
    const rw = token(g, member, 1 | 2);
    const sub = { subaccount: rw.token, subaccount_sig: rw.sig };
    const memberStore = await rpc(node, 'store', {
      ...base,
      data: b64('m'),
      ...sub,
      signature: sign(member, storeSigMessage(11, now)),
    });
    expect(memberStore.status).toBe(200);
    const ro = token(g, member, 1);
    const readOnly = await rpc(node, 'store', {
      ...base,
      data: b64('ro'),
      subaccount: ro.token,
      subaccount_sig: ro.sig,
      signature: sign(member, storeSigMessage(11, now)),
    });
    expect(readOnly.status).toBe(401);
    const forged = await rpc(node, 'store', {
      ...base,
      data: b64('f'),
      subaccount: rw.token,
      subaccount_sig: sign(member, fromHex(rw.token)),
      signature: sign(member, storeSigMessage(11, now)),
    });
    expect(forged.status).toBe(401);
    const read = await rpc(node, 'retrieve', {
      pubkey: g.pubkey,
      namespace: 11,
      timestamp: now,
      ...sub,
      signature: sign(member, retrieveSigMessage(11, now)),
    });
    expect(read.body.messages).toHaveLength(2);
    const revoke = await rpc(node, 'revoke_subaccount', {
      pubkey: g.pubkey,
      revoke: [rw.token],
      timestamp: now,
      signature: sign(g, revokeSubaccountSigMessage('revoke_subaccount', now, [fromHex(rw.token)])),
    });
    expect(revoke.status).toBe(200);
    const afterRevoke = await rpc(node, 'retrieve', {
      pubkey: g.pubkey,
      namespace: 11,
      timestamp: now,
      ...sub,
      signature: sign(member, retrieveSigMessage(11, now)),
    });
    expect(afterRevoke.status).toBe(401);
    const unrevocable = await rpc(node, 'retrieve', {
      pubkey: g.pubkey,
      namespace: -11,
      timestamp: now,
      ...sub,
      signature: sign(member, retrieveSigMessage(-11, now)),
    });
    expect(unrevocable.status).toBe(200);
    const un = await rpc(node, 'unrevoke_subaccount', {
      pubkey: g.pubkey,
      unrevoke: [rw.token],
      timestamp: now,
      signature: sign(g, revokeSubaccountSigMessage('unrevoke_subaccount', now, [fromHex(rw.token)])),
    });
    expect(un.body.swarm[node.ed25519].count).toBe(1);
  });
});

describe('meta and network RPCs', () => {
  it('batch keeps order and per-request codes; sequence stops at the first failure', async () => {
    const a = newUser();
    const now = Date.now();
    const good = {
      method: 'store',
      params: { pubkey: a.pubkey, ttl: 60_000, timestamp: now, data: b64('b') },
    };
    const bad = { method: 'retrieve', params: { pubkey: a.pubkey } };
    const batch = await rpc(home(a), 'batch', { requests: [bad, good, { method: 'info', params: {} }] });
    expect(batch.status).toBe(200);
    expect(batch.body.results.map((r: { code: number }) => r.code)).toEqual([401, 200, 200]);
    const seq = await rpc(home(a), 'sequence', { requests: [bad, good] });
    expect(seq.body.results.map((r: { code: number }) => r.code)).toEqual([401]);
    const tooMany = await rpc(home(a), 'batch', { requests: Array.from({ length: 21 }, () => good) });
    expect(tooMany).toEqual({
      status: 400,
      body: 'invalid request: Invalid batch request: subrequest limit exceeded',
    });
    const nested = await rpc(home(a), 'batch', {
      requests: [{ method: 'batch', params: { requests: [good] } }],
    });
    expect(nested.body).toBe(
      'invalid request: Invalid batch subrequest: subrequests may not contain meta-requests',
    );
  });

  it('ifelse runs the branch its condition picks', async () => {
    const node = net.nodes[0]!;
    const r = await rpc(node, 'ifelse', {
      if: { hf_at_least: [21], v_before: [3] },
      then: { method: 'info', params: {} },
      else: { method: 'nope', params: {} },
    });
    expect(r.status).toBe(400);
    const ok = await rpc(node, 'ifelse', { if: { hf_before: [21] }, then: { method: 'info', params: {} } });
    expect(ok.body).toMatchObject({ condition: false, hf: [21, 0], v: [2, 11, 0] });
    expect(ok.body.result).toBeUndefined();
    const yes = await rpc(node, 'ifelse', { if: { hf_at_least: 21 }, then: { method: 'info', params: {} } });
    expect(yes.body.condition).toBe(true);
    expect(yes.body.result.code).toBe(200);
    expect(await rpc(node, 'ifelse', { if: {}, then: { method: 'info', params: {} } })).toEqual({
      status: 400,
      body: 'invalid request: Invalid ifelse request: must specify at least one "if" condition',
    });
  });

  it('get_swarm, its alias, info and get_service_nodes', async () => {
    const a = newUser();
    const node = net.nodes[0]!;
    const gs = await rpc(node, 'get_snodes_for_pubkey', { pubkey: a.pubkey });
    expect(gs.status).toBe(200);
    expect(gs.body.swarm).toBe(home(a).swarmId);
    const sn = gs.body.snodes[0];
    expect(Object.keys(sn).sort()).toEqual(
      [
        'address',
        'ip',
        'port',
        'port_https',
        'port_omq',
        'port_quic',
        'pubkey_ed25519',
        'pubkey_legacy',
        'pubkey_x25519',
      ].sort(),
    );
    expect(typeof sn.port).toBe('string');
    const info = await rpc(node, 'info', {});
    expect(info.body.version).toEqual([2, 11, 0]);
    const sns = await rpc(node, 'oxend_request', {
      endpoint: 'get_service_nodes',
      params: {
        active_only: true,
        fields: { public_ip: true, storage_port: true, pubkey_x25519: true, pubkey_ed25519: true },
      },
    });
    expect(sns.body.result.service_node_states).toHaveLength(10);
    expect(Object.keys(sns.body.result.service_node_states[0]).sort()).toEqual(
      ['public_ip', 'pubkey_ed25519', 'pubkey_x25519', 'storage_port'].sort(),
    );
    const bad = await rpc(node, 'oxend_request', { endpoint: 'get_info' });
    expect(bad).toEqual({ status: 400, body: "invalid request: Invalid oxend endpoint 'get_info'" });
  });

  it('resolves ONS names to the encrypted Session ID', async () => {
    const r = await rpc(net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('alice') },
    });
    expect(r.status).toBe(200);
    const { encrypted_value, nonce } = r.body.result;
    expect(decryptOnsValue('alice', fromHex(encrypted_value), fromHex(nonce))).toBe(ONS_ID);
    const missing = await rpc(net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('bob') },
    });
    expect(missing.body.result).toEqual({});
    net.registerOns('bob', ONS_ID);
    const added = await rpc(net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('bob') },
    });
    expect(typeof added.body.result.encrypted_value).toBe('string');
  });
});
