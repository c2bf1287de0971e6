/** The storage RPC's expiry updates (one message, all of them) and expiry queries. */
import {
  expireAllSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
} from '../../electron/core/protocol/storage-signatures';
import { sigMessage, verifyRequestSignature } from './auth';
import {
  ACCESS_DELETE,
  ACCESS_READ,
  ACCESS_WRITE,
  SIGNATURE_TOLERANCE,
  SIGNATURE_TOLERANCE_FORWARDED,
  TTL_MAXIMUM_PRIVATE,
} from './constants';
import type { RpcContext } from './context';
import type { JsonObject, RpcResponse } from './json';
import type { Params, SubRequest } from './params';
import { misc, namespaceWide, nsValue, recursive, serverSign, text, wrongSwarm } from './reply';

export function expireAll(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'expire_all' }>,
  raw: Params,
  recurse: boolean,
): RpcResponse | Promise<RpcResponse> {
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
  const op = { name: 'expire_all', raw, recurse, now };
  return namespaceWide(ctx, op, req, req.expiry, 'updated', () =>
    ctx.store.shortenAll(auth.pubkey.hex, nsValue(req.namespace), req.expiry, now),
  );
}

export function getExpiries(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'get_expiries' }>,
): RpcResponse {
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

export async function expire(
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
