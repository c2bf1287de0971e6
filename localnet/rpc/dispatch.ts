import type { RpcContext } from './context';
import { runRequest } from './handlers';
import type { RpcResponse } from './json';
import { loadRequest } from './meta-params';
import { RPC_METHODS, RpcParseError, type Params } from './params';

const RECURSIVE = new Set([
  'store',
  'delete',
  'delete_all',
  'delete_before',
  'expire',
  'expire_all',
  'revoke_subaccount',
  'unrevoke_subaccount',
]);

function loadOrError(method: string, params: Params): ReturnType<typeof loadRequest> | RpcResponse {
  const resolved = Object.hasOwn(RPC_METHODS, method) ? RPC_METHODS[method] : undefined;
  if (!resolved) return { status: 400, body: `no method ${method}` };
  try {
    return loadRequest(resolved, params);
  } catch (e) {
    if (e instanceof RpcParseError) return { status: 400, body: `invalid request: ${e.message}` };
    return { status: 500, body: 'request failed' };
  }
}

const isResponse = (v: unknown): v is RpcResponse => typeof v === 'object' && v !== null && 'status' in v;

/** A client's `{"method":…, "params":…}` body, as `/storage_rpc/v1` or an onion's final hop gets it. */
export async function processClientJson(ctx: RpcContext, body: string): Promise<RpcResponse> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, body: 'invalid json' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { status: 400, body: 'invalid json' };
  const { method, params } = json as { method?: unknown; params?: unknown };
  if (typeof method !== 'string') return { status: 400, body: 'invalid json: no `method` field' };
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    return { status: 400, body: 'invalid json: no `params` field' };
  }
  const req = loadOrError(method, params as Params);
  if (isResponse(req)) return req;
  try {
    return await runRequest(ctx, req, params as Params, true);
  } catch {
    return { status: 500, body: 'request failed' };
  }
}

/** A swarm peer's forwarded copy of a recursive request: applied here only, never re-forwarded. */
export async function processForwarded(
  ctx: RpcContext,
  method: string,
  params: Params,
): Promise<RpcResponse> {
  if (!RECURSIVE.has(method)) {
    return { status: 400, body: 'invalid request: received invalid forwarded non-forwardable request' };
  }
  const req = loadOrError(method, params);
  if (isResponse(req)) return req;
  try {
    return await runRequest(ctx, req, params, false);
  } catch {
    return { status: 500, body: 'request failed' };
  }
}
