import { BATCH_REQUEST_MAX } from './constants';
import { RpcParseError, field, isInt, type Params } from './fields';
import { RPC_METHODS, loadSub, type ClientRequest, type IfElseCondition, type SubRequest } from './params';

/** The meta requests (batch, sequence, ifelse), which wrap other requests. */
function loadBatch(method: 'batch' | 'sequence', p: Params): ClientRequest {
  const reqs = p['requests'];
  if (!Array.isArray(reqs) || reqs.length === 0)
    throw new RpcParseError('Invalid batch request: no valid "requests" field');
  if (reqs.length > BATCH_REQUEST_MAX)
    throw new RpcParseError('Invalid batch request: subrequest limit exceeded');
  const requests: SubRequest[] = [];
  for (const r of reqs) {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new RpcParseError('Invalid batch request: requests must be objects');
    }
    const m = (r as Params)['method'];
    const params = (r as Params)['params'];
    if (typeof m !== 'string' || typeof params !== 'object' || params === null || Array.isArray(params)) {
      throw new RpcParseError('Invalid batch request: subrequests must have method/params keys');
    }
    const resolved = Object.hasOwn(RPC_METHODS, m) ? RPC_METHODS[m] : undefined;
    if (!resolved) throw new RpcParseError(`Invalid batch subrequest: invalid method "${m}"`);
    requests.push(loadSub(resolved, params as Params));
  }
  return { method, requests };
}

function intArray(p: Params, name: string): number[] | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  if (isInt(v)) return [v];
  if (Array.isArray(v) && v.every(isInt)) return v.length > 0 ? v : undefined;
  throw new RpcParseError(`Invalid value given for '${name}': expected integer array`);
}

function loadBranch(p: Params, key: 'then' | 'else'): { request: ClientRequest; params: Params } | undefined {
  const v = p[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new RpcParseError(`Invalid ifelse request: ${key} must be an object`);
  }
  const m = (v as Params)['method'];
  const params = (v as Params)['params'];
  if (typeof m !== 'string' || params === undefined) {
    throw new RpcParseError(`Invalid ifelse request: ${key} must have method/params keys`);
  }
  const resolved = Object.hasOwn(RPC_METHODS, m) ? RPC_METHODS[m] : undefined;
  // Upstream names the branch key, not the method, in this message.
  if (!resolved) throw new RpcParseError(`Invalid ifelse request method "${key}"`);
  const sub = (
    typeof params === 'object' && params !== null && !Array.isArray(params) ? params : {}
  ) as Params;
  return { request: loadRequest(resolved, sub), params: sub };
}

function loadIfElse(p: Params): ClientRequest {
  const cond = p['if'];
  if (typeof cond !== 'object' || cond === null || Array.isArray(cond)) {
    throw new RpcParseError('Invalid ifelse request: no valid "if" field');
  }
  const c = cond as Params;
  const condition: IfElseCondition = {};
  const hAtLeast = field(c, 'height_at_least', 'int');
  const hBefore = field(c, 'height_before', 'int');
  const hfAtLeast = intArray(c, 'hf_at_least');
  const hfBefore = intArray(c, 'hf_before');
  const vAtLeast = intArray(c, 'v_at_least');
  const vBefore = intArray(c, 'v_before');
  if (hAtLeast !== undefined) condition.heightAtLeast = hAtLeast;
  if (hBefore !== undefined) condition.heightBefore = hBefore;
  if (hfAtLeast) condition.hfAtLeast = hfAtLeast;
  if (hfBefore) condition.hfBefore = hfBefore;
  if (vAtLeast) condition.vAtLeast = vAtLeast;
  if (vBefore) condition.vBefore = vBefore;
  if (Object.keys(condition).length === 0) {
    throw new RpcParseError('Invalid ifelse request: must specify at least one "if" condition');
  }
  const then = loadBranch(p, 'then');
  const otherwise = loadBranch(p, 'else');
  if (!then && !otherwise)
    throw new RpcParseError('Invalid ifelse request: at least one of "then"/"else" required');
  return {
    method: 'ifelse',
    condition,
    ...(then ? { then } : {}),
    ...(otherwise ? { else: otherwise } : {}),
  };
}

/** Loads a request whose method name is already known to be registered. */
export function loadRequest(method: ClientRequest['method'], params: Params): ClientRequest {
  if (method === 'batch' || method === 'sequence') return loadBatch(method, params);
  if (method === 'ifelse') return loadIfElse(params);
  return loadSub(method, params);
}
