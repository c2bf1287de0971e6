import { toBase64 } from '../../electron/core/crypto/bytes';
import { storageHash } from '../../electron/core/protocol/storage-hash';
import { retrieveSigMessage, storeSigMessage } from '../../electron/core/protocol/storage-signatures';
import { sigMessage, verifyRequestSignature } from './auth';
import {
  ACCESS_DELETE,
  ACCESS_READ,
  ACCESS_WRITE,
  HARDFORK,
  RETRIEVE_MAX_SIZE,
  SIGNATURE_TOLERANCE,
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
import { deleteAll, deleteBefore, deleteMessages, revokeSubaccount } from './deletes';
import { expire, expireAll, getExpiries } from './expiries';
import type { JsonObject, RpcResponse } from './json';
import type { ClientRequest, IfElseCondition, Params, SubRequest } from './params';
import { misc, recursive, serverSign, text, wrongSwarm } from './reply';

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
    case 'delete':
      return deleteMessages(ctx, req, raw, recurse);
    case 'delete_all':
      return deleteAll(ctx, req, raw, recurse);
    case 'delete_before':
      return deleteBefore(ctx, req, raw, recurse);
    case 'expire_all':
      return expireAll(ctx, req, raw, recurse);
    case 'expire':
      return expire(ctx, req, raw, recurse);
    case 'get_expiries':
      return getExpiries(ctx, req);
    case 'revoke_subaccount':
    case 'unrevoke_subaccount':
      return revokeSubaccount(ctx, req, raw, recurse);
  }
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
