/** The storage RPC's deletions and subaccount revocations, each signed by the owner and echoed with a server signature. */
import {
  deleteAllSigMessage,
  deleteBeforeSigMessage,
  deleteSigMessage,
  revokeSubaccountSigMessage,
} from '../../electron/core/protocol/storage-signatures';
import { sigMessage, verifyRequestSignature } from './auth';
import {
  ACCESS_DELETE,
  MAX_SUBACCOUNT_TOKENS,
  SIGNATURE_TOLERANCE,
  SIGNATURE_TOLERANCE_FORWARDED,
} from './constants';
import type { RpcContext } from './context';
import type { JsonObject, RpcResponse } from './json';
import type { Params, SubRequest } from './params';
import { misc, namespaceWide, nsValue, recursive, serverSign, text, wrongSwarm } from './reply';

export async function deleteMessages(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'delete' }>,
  raw: Params,
  recurse: boolean,
): Promise<RpcResponse> {
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

export function deleteAll(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'delete_all' }>,
  raw: Params,
  recurse: boolean,
): RpcResponse | Promise<RpcResponse> {
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
  const op = { name: 'delete_all', raw, recurse, now };
  return namespaceWide(ctx, op, req, req.timestamp, 'deleted', () =>
    ctx.store.deleteAll(auth.pubkey.hex, nsValue(req.namespace), now),
  );
}

export function deleteBefore(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'delete_before' }>,
  raw: Params,
  recurse: boolean,
): RpcResponse | Promise<RpcResponse> {
  const { auth } = req;
  if (!ctx.isForUs(auth.pubkey)) return wrongSwarm(ctx, auth.pubkey);
  const now = ctx.now();
  if (req.before > now + 60_000) return text(401, 'delete_before timestamp too far in the future');
  const msg = sigMessage(() => deleteBeforeSigMessage(req.namespace, req.before));
  if (!verifyRequestSignature(ctx.store, auth, ACCESS_DELETE, false, msg)) {
    return text(401, 'delete_before signature verification failed');
  }
  const op = { name: 'delete_before', raw, recurse, now };
  return namespaceWide(ctx, op, req, req.before, 'deleted', () =>
    ctx.store.deleteBefore(auth.pubkey.hex, nsValue(req.namespace), req.before, now),
  );
}

export async function revokeSubaccount(
  ctx: RpcContext,
  req: Extract<SubRequest, { method: 'revoke_subaccount' | 'unrevoke_subaccount' }>,
  raw: Params,
  recurse: boolean,
): Promise<RpcResponse> {
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
