/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- replies are arbitrary JSON whose shapes these tests assert */
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from '../../electron/core/crypto/bytes';
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
import { b64, newGroup, newUser, rpc, sign, type Account } from './client';
import { ONS_ID, ctx, useLocalnet, home, storeMsg, retrieveMsgs } from './rpc-fixture';

useLocalnet();

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
    const node = ctx.net.nodes[0]!;
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
    const node = ctx.net.nodes[0]!;
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
    const r = await rpc(ctx.net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('alice') },
    });
    expect(r.status).toBe(200);
    const { encrypted_value, nonce } = r.body.result;
    expect(decryptOnsValue('alice', fromHex(encrypted_value), fromHex(nonce))).toBe(ONS_ID);
    const missing = await rpc(ctx.net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('bob') },
    });
    expect(missing.body.result).toEqual({});
    ctx.net.registerOns('bob', ONS_ID);
    const added = await rpc(ctx.net.nodes[1]!, 'oxend_request', {
      endpoint: 'ons_resolve',
      params: { type: 0, name_hash: onsNameHash('bob') },
    });
    expect(typeof added.body.result.encrypted_value).toBe('string');
  });
});
