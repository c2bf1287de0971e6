import { toBase64, utf8, concatBytes } from '../../electron/core/crypto/bytes';
import { ed25519Sign } from '../ed25519';
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
import { sigMessage, verifyRequestSignature } from './auth';
import {
  ACCESS_DELETE,
  ACCESS_READ,
  ACCESS_WRITE,
  HARDFORK,
  MAX_SUBACCOUNT_TOKENS,
  RETRIEVE_MAX_SIZE,
  SIGNATURE_TOLERANCE,
  SIGNATURE_TOLERANCE_FORWARDED,
  STORAGE_SERVER_VERSION,
  STORE_TOLERANCE,
  TTL_MAXIMUM,
  TTL_MAXIMUM_PRIVATE,
  TTL_MINIMUM,
  isNoAuthRetrieve,
  isPublicInbox,
  isPublicOutbox,
  isUnrevocable,
} from './constants';
import type { RpcContext } from './context';
import type { JsonObject, JsonValue, RpcResponse } from './json';
import type { ClientRequest, IfElseCondition, NamespaceVar, Params, SubRequest, UserPubkey } from './params';

/** A reply: status plus JSON (or text for errors), exactly as session-storage-server words it. */
const text = (status: number, body: string): RpcResponse => ({ status, body });

function misc(ctx: RpcContext, j: JsonObject, now = ctx.now()): JsonObject {
  j['t'] = now;
  j['hf'] = [...HARDFORK];
  return j;
}

function wrongSwarm(ctx: RpcContext, pk: UserPubkey): RpcResponse {
  return { status: 421, body: misc(ctx, ctx.swarmJson(pk)) };
}

/** Server signatures over ASCII parts and raw bytes, base64 in JSON. */
function serverSign(ctx: RpcContext, ...parts: Array<string | Uint8Array>): string {
  const msg = concatBytes(...parts.map((p) => (typeof p === 'string' ? utf8(p) : p)));
  return toBase64(ed25519Sign(ctx.keys.signingKey, msg));
}

const nsValue = (ns: NamespaceVar): number | undefined => (ns === 'all' ? undefined : ns);

/**
 * Recursive requests (store, deletes, expiries, revocations) are sent to every swarm peer before
 * being applied locally; the reply gathers each member's result under "swarm" and is a 500 only
 * when every member failed.
 */
async function recursive(
  ctx: RpcContext,
  name: string,
  raw: Params,
  recurse: boolean,
  local: () => { mine: JsonObject; top?: JsonObject },
): Promise<RpcResponse> {
  const peers = recurse ? ctx.swarmPeers() : [];
  const pending = peers.map(async (peer): Promise<[string, JsonObject]> => {
    const reply = await ctx.forward(peer, name, raw);
    if (!reply.ok) return [peer, { failed: true, timeout: true }];
    if (reply.status === 200) {
      try {
        const parsed: unknown = JSON.parse(reply.body);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
          return [peer, parsed as JsonObject];
      } catch {
        // falls through to a bad-response entry
      }
      return [peer, { failed: true, bad_peer_response: true }];
    }
    return [peer, { failed: true, code: String(reply.status), reason: reply.body }];
  });
  const { mine, top } = local();
  if (!recurse) return { status: 200, body: mine };
  const swarm: JsonObject = { [ctx.keys.ed25519Hex]: mine };
  for (const [peer, result] of await Promise.all(pending)) swarm[peer] = result;
  const body: JsonObject = { ...top, swarm };
  const anyOk = Object.values(swarm).some((r) => typeof r === 'object' && r !== null && !('failed' in r));
  return { status: anyOk ? 200 : 500, body };
}

function sortedAffected(
  affected: Array<[number, string]>,
  all: boolean,
): { hashes: string[]; json: JsonValue } {
  const sorted = [...affected].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const hashes = sorted.map(([, h]) => h);
  if (!all) return { hashes, json: hashes };
  const byNs: JsonObject = {};
  for (const [ns, h] of sorted) ((byNs[String(ns)] ??= []) as string[]).push(h);
  return { hashes, json: byNs };
}

async function store(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'store' }>,
  raw: Params,
  recurse: boolean,
) {
  if (!ctx.isForUs(req.pubkey)) return wrongSwarm(ctx, req.pubkey);
  const publicIn = isPublicInbox(req.namespace);
  const ttl = req.expiry - req.timestamp;
  if (ttl < TTL_MINIMUM || ttl > (publicIn ? TTL_MAXIMUM : TTL_MAXIMUM_PRIVATE)) {
    return text(403, 'Provided expiry/TTL is not valid.');
  }
  const now = ctx.now();
  if (req.timestamp > now + STORE_TOLERANCE || req.expiry < now - STORE_TOLERANCE) {
    return text(406, 'Timestamp error: check your clock');
  }
  if (!publicIn) {
    if (!req.auth) return text(401, `store: signature required to store to namespace ${req.namespace}`);
    const sigTs = req.sigTimestamp ?? req.timestamp;
    if (sigTs < now - SIGNATURE_TOLERANCE || sigTs > now + SIGNATURE_TOLERANCE) {
      return text(406, 'store signature timestamp too far from current time');
    }
    const access = isPublicOutbox(req.namespace) ? ACCESS_WRITE | ACCESS_DELETE : ACCESS_WRITE;
    const msg = sigMessage(() => storeSigMessage(req.namespace, sigTs));
    if (!verifyRequestSignature(ctx.store, req.auth, access, false, msg)) {
      return text(401, 'store signature verification failed');
    }
  }
  const hash = storageHash(req.pubkey.hex, req.namespace, req.data);
  return recursive(ctx, 'store', raw, recurse, () => {
    const mine: JsonObject = {};
    try {
      const r = ctx.store.store(
        {
          hash,
          owner: req.pubkey.hex,
          namespace: req.namespace,
          timestamp: req.timestamp,
          expiry: req.expiry,
          data: req.data,
        },
        isPublicOutbox(req.namespace),
      );
      mine['hash'] = hash;
      mine['signature'] = serverSign(ctx, hash);
      if (!r.isNew) mine['already'] = true;
      mine['expiry'] = r.expiry;
    } catch (e) {
      mine['failed'] = true;
      mine['query_failure'] = true;
      mine['reason'] = e instanceof Error ? e.message : 'store failed';
    }
    if (!recurse) return { mine };
    mine['t'] = now;
    return { mine, top: misc(ctx, { hash }, now) };
  });
}

function retrieve(ctx: RpcContext, req: Extract<SubRequest, { method: 'retrieve' }>): RpcResponse {
  if (!ctx.isForUs(req.pubkey)) return wrongSwarm(ctx, req.pubkey);
  const now = ctx.now();
  if (!req.auth) {
    // Only the no-auth namespaces load without a signature (params.ts); anything else is refused.
    if (!isNoAuthRetrieve(req.namespace)) {
      return text(401, 'retrieve: request signature required');
    }
  } else {
    if (req.timestamp < now - SIGNATURE_TOLERANCE || req.timestamp > now + SIGNATURE_TOLERANCE) {
      return text(406, 'retrieve timestamp too far from current time');
    }
    const msg = sigMessage(() => retrieveSigMessage(req.namespace, req.timestamp));
    if (!verifyRequestSignature(ctx.store, req.auth, ACCESS_READ, isUnrevocable(req.namespace), msg)) {
      return text(401, 'retrieve signature verification failed');
    }
  }
  let maxCount = req.maxCount === 0 ? undefined : req.maxCount;
  let maxSize = req.maxSize === 0 ? undefined : req.maxSize;
  if (maxCount === undefined && maxSize === undefined) maxSize = -5;
  if (maxSize !== undefined && maxSize < 0) maxSize = Math.floor(RETRIEVE_MAX_SIZE / -maxSize);
  else if (maxSize === undefined || maxSize > RETRIEVE_MAX_SIZE) maxSize = RETRIEVE_MAX_SIZE;
  if (maxCount !== undefined && maxCount < 1) maxCount = 1;
  const { messages, more } = ctx.store.retrieve(
    req.pubkey.hex,
    req.namespace,
    req.lastHash,
    maxCount,
    maxSize,
    now,
  );
  return {
    status: 200,
    body: misc(
      ctx,
      {
        messages: messages.map((m) => ({
          hash: m.hash,
          timestamp: m.timestamp,
          expiration: m.expiry,
          data: toBase64(m.data),
        })),
        more,
      },
      now,
    ),
  };
}

async function process(
  ctx: RpcContext,
  req: SubRequest,
  raw: Params,
  recurse: boolean,
): Promise<RpcResponse> {
  switch (req.method) {
    case 'store':
      return store(ctx, req, raw, recurse);
    case 'retrieve':
      return retrieve(ctx, req);
    case 'info':
      return { status: 200, body: misc(ctx, { version: [...STORAGE_SERVER_VERSION], timestamp: ctx.now() }) };
    case 'get_swarm':
      return { status: 200, body: misc(ctx, ctx.swarmJson(req.pubkey)) };
    case 'oxend_request': {
      const r = ctx.oxend(req.endpoint, req.params);
      return r.status === 200 && typeof r.body !== 'string'
        ? { status: 200, body: misc(ctx, { result: r.body }) }
        : r;
    }
    case 'delete': {
      const { auth } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const msg = sigMessage(() => deleteSigMessage(req.messages));
      if (!verifyRequestSignature(ctx.store, auth, ACCESS_DELETE, false, msg)) {
        return text(401, 'delete_msgs signature verification failed');
      }
      const res = await recursive(ctx, 'delete', raw, recurse, () => {
        const deleted = ctx.store.deleteByHash(auth.pubkey.hex, req.messages).sort();
        const mine: JsonObject = {
          deleted,
          signature: serverSign(ctx, auth.pubkey.hex, ...req.messages, ...deleted),
        };
        return { mine, top: misc(ctx, {}) };
      });
      if (req.required && res.status === 200 && typeof res.body !== 'string') {
        const swarm = (recurse ? res.body['swarm'] : { self: res.body }) as Record<string, JsonObject>;
        const any = Object.values(swarm).some((v) => Array.isArray(v['deleted']) && v['deleted'].length > 0);
        if (!any) return { status: 404, body: res.body };
      }
      return res;
    }
    case 'delete_all': {
      const { auth } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const now = ctx.now();
      const tol = recurse ? SIGNATURE_TOLERANCE : SIGNATURE_TOLERANCE_FORWARDED;
      if (req.timestamp < now - tol || req.timestamp > now + tol) {
        return text(406, 'delete_all timestamp too far from current time');
      }
      const msg = sigMessage(() => deleteAllSigMessage(req.namespace, req.timestamp));
      if (!verifyRequestSignature(ctx.store, auth, ACCESS_DELETE, false, msg)) {
        return text(401, 'delete_all signature verification failed');
      }
      return recursive(ctx, 'delete_all', raw, recurse, () => {
        const affected = ctx.store.deleteAll(auth.pubkey.hex, nsValue(req.namespace), now);
        const { hashes, json } = sortedAffected(affected, req.namespace === 'all');
        const mine: JsonObject = {
          deleted: json,
          signature: serverSign(ctx, auth.pubkey.hex, String(req.timestamp), ...hashes),
        };
        return { mine, top: misc(ctx, {}, now) };
      });
    }
    case 'delete_before': {
      const { auth } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const now = ctx.now();
      if (req.before > now + 60_000) return text(401, 'delete_before timestamp too far in the future');
      const msg = sigMessage(() => deleteBeforeSigMessage(req.namespace, req.before));
      if (!verifyRequestSignature(ctx.store, auth, ACCESS_DELETE, false, msg)) {
        return text(401, 'delete_before signature verification failed');
      }
      return recursive(ctx, 'delete_before', raw, recurse, () => {
        const affected = ctx.store.deleteBefore(auth.pubkey.hex, nsValue(req.namespace), req.before, now);
        const { hashes, json } = sortedAffected(affected, req.namespace === 'all');
        const mine: JsonObject = {
          deleted: json,
          signature: serverSign(ctx, auth.pubkey.hex, String(req.before), ...hashes),
        };
        return { mine, top: misc(ctx, {}, now) };
      });
    }
    case 'expire_all': {
      const { auth } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const now = ctx.now();
      if (req.expiry < now - (recurse ? SIGNATURE_TOLERANCE : SIGNATURE_TOLERANCE_FORWARDED)) {
        return text(406, 'expire_all timestamp should be >= current time');
      }
      const msg = sigMessage(() => expireAllSigMessage(req.namespace, req.expiry));
      if (!verifyRequestSignature(ctx.store, auth, ACCESS_DELETE, false, msg)) {
        return text(401, 'expire_all signature verification failed');
      }
      return recursive(ctx, 'expire_all', raw, recurse, () => {
        const affected = ctx.store.shortenAll(auth.pubkey.hex, nsValue(req.namespace), req.expiry, now);
        const { hashes, json } = sortedAffected(affected, req.namespace === 'all');
        const mine: JsonObject = {
          updated: json,
          signature: serverSign(ctx, auth.pubkey.hex, String(req.expiry), ...hashes),
        };
        return { mine, top: misc(ctx, {}, now) };
      });
    }
    case 'expire':
      return expire(ctx, req, raw, recurse);
    case 'get_expiries': {
      const { auth } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const now = ctx.now();
      if (req.timestamp < now - SIGNATURE_TOLERANCE || req.timestamp > now + SIGNATURE_TOLERANCE) {
        return text(406, 'get_expiries timestamp too far from current time');
      }
      const msg = sigMessage(() => getExpiriesSigMessage(req.timestamp, req.messages));
      if (!verifyRequestSignature(ctx.store, auth, ACCESS_READ, false, msg)) {
        return text(401, 'get_expiries signature verification failed');
      }
      const expiries: JsonObject = {};
      for (const [h, e] of ctx.store.getExpiries(auth.pubkey.hex, req.messages, now)) expiries[h] = e;
      // Upstream adds no "t"/"hf" to this one.
      return { status: 200, body: { expiries } };
    }
    case 'revoke_subaccount':
    case 'unrevoke_subaccount': {
      const { auth, method } = req;
      if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
      const now = ctx.now();
      if (req.timestamp < now - SIGNATURE_TOLERANCE || req.timestamp > now + SIGNATURE_TOLERANCE) {
        return text(406, `${method} timestamp too far from current time`);
      }
      const msg = sigMessage(() => revokeSubaccountSigMessage(method, req.timestamp, req.tokens));
      const noSub = { ...auth };
      delete noSub.subaccount;
      if (!verifyRequestSignature(ctx.store, noSub, 0, false, msg)) {
        return text(401, `${method} signature verification failed`);
      }
      return recursive(ctx, method, raw, recurse, () => {
        const mine: JsonObject = {};
        if (method === 'revoke_subaccount')
          ctx.store.revoke(auth.pubkey.hex, req.tokens, now, MAX_SUBACCOUNT_TOKENS);
        else mine['count'] = ctx.store.unrevoke(auth.pubkey.hex, req.tokens);
        mine['signature'] = serverSign(ctx, auth.pubkey.hex, String(req.timestamp), ...req.tokens);
        return { mine, top: misc(ctx, {}) };
      });
    }
  }
}

async function expire(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'expire' }>,
  raw: Params,
  recurse: boolean,
): Promise<RpcResponse> {
  const { auth } = req;
  if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
  const now = ctx.now();
  const applied: number[] = [];
  for (const e of req.expiry) {
    if (e < now - 60_000) return text(401, 'expire: timestamp should be >= current time');
    applied.push(Math.min(now + TTL_MAXIMUM_PRIVATE, e));
  }
  const mode = req.shorten ? 'shorten' : req.extend ? 'extend' : '';
  const msg = sigMessage(() =>
    expireSigMessage(mode, req.expiry.length === 1 ? req.expiry[0]! : req.expiry, req.messages),
  );
  if (!verifyRequestSignature(ctx.store, auth, ACCESS_WRITE, false, msg)) {
    return text(401, 'expire: signature verification failed');
  }
  let extendOnly = req.extend;
  if (auth.subaccount && (auth.subaccount.token[1]! & ACCESS_DELETE) === 0) {
    // Shortening is nearly a delete, so a write-only subaccount may only extend.
    if (req.shorten) {
      return text(
        400,
        'expire: shorten parameter cannot be used with this subaccount token (missing delete access)',
      );
    }
    extendOnly = true;
  }
  return recursive(ctx, 'expire', raw, recurse, () => {
    const owner = auth.pubkey.hex;
    const updated = ctx.store
      .updateExpiry(owner, req.messages, applied, extendOnly, req.shorten, now)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const unchanged = new Map<string, number>();
    if (req.extend || req.shorten) {
      const done = new Set(updated.map(([h]) => h));
      const rest = req.messages.filter((m) => !done.has(m));
      if (rest.length > 0) for (const [h, e] of ctx.store.getExpiries(owner, rest, now)) unchanged.set(h, e);
    }
    const updatedHashes = updated.map(([h]) => h);
    const updatedExp = req.expiry.length > 1 ? updated.map(([, e]) => e) : [applied[0]!];
    const unchangedSorted = [...unchanged.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const signature = serverSign(
      ctx,
      owner,
      ...updatedExp.map(String),
      ...req.messages,
      ...updatedHashes,
      ...unchangedSorted.map(([h, e]) => `${h}${e}`),
    );
    const mine: JsonObject = {
      expiry: req.expiry.length > 1 ? updatedExp : applied[0]!,
      updated: updatedHashes,
      signature,
    };
    if (req.shorten || req.extend) mine['unchanged'] = Object.fromEntries(unchangedSorted);
    return { mine, top: misc(ctx, {}, now) };
  });
}

/** Lexicographic compare of version-like arrays, missing elements counting as 0 (upstream pads). */
function cmpPadded(have: readonly number[], want: readonly number[]): number {
  for (let i = 0; i < have.length; i++) {
    const w = want[i] ?? 0;
    if (have[i]! !== w) return have[i]! < w ? -1 : 1;
  }
  return 0;
}

function ifElseHolds(ctx: RpcContext, c: IfElseCondition): boolean {
  let ok = true;
  if (c.hfAtLeast) ok &&= cmpPadded(HARDFORK, c.hfAtLeast) >= 0;
  if (c.hfBefore) ok &&= cmpPadded(HARDFORK, c.hfBefore) < 0;
  if (c.vAtLeast) ok &&= cmpPadded(STORAGE_SERVER_VERSION, c.vAtLeast) >= 0;
  if (c.vBefore) ok &&= cmpPadded(STORAGE_SERVER_VERSION, c.vBefore) < 0;
  if (c.heightAtLeast !== undefined) ok &&= ctx.height() >= c.heightAtLeast;
  if (c.heightBefore !== undefined) ok &&= ctx.height() < c.heightBefore;
  return ok;
}

/** Runs one parsed request. `recurse` is true for client requests, false for a peer's forwarded copy. */
export async function runRequest(
  ctx: RpcContext,
  req: ClientRequest,
  raw: Params,
  recurse: boolean,
): Promise<RpcResponse> {
  if (req.method === 'ifelse') {
    const cond = ifElseHolds(ctx, req.condition);
    const body: JsonObject = {
      hf: [...HARDFORK],
      v: [...STORAGE_SERVER_VERSION],
      height: ctx.height(),
      condition: cond,
    };
    const branch = cond ? req.then : req.else;
    if (branch) {
      const r = await runRequest(ctx, branch.request, branch.params, true);
      body['result'] = { code: r.status, body: r.body };
    }
    return { status: 200, body };
  }
  if (!('requests' in req)) return process(ctx, req, raw, recurse);
  const rawSubs = (raw['requests'] as Array<{ params: Params }>).map((r) => r.params);
  const results: JsonObject[] = [];
  const wrap = (r: RpcResponse): JsonObject => ({ code: r.status, body: r.body });
  if (req.method === 'batch') {
    const all = await Promise.all(req.requests.map((s, i) => process(ctx, s, rawSubs[i]!, true)));
    results.push(...all.map(wrap));
  } else {
    for (let i = 0; i < req.requests.length; i++) {
      const r = await process(ctx, req.requests[i]!, rawSubs[i]!, true);
      results.push(wrap(r));
      if (r.status < 200 || r.status > 299) break;
    }
  }
  return { status: 200, body: { results } };
}
