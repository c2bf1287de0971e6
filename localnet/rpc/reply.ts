/** Shared shapes of the storage RPC's replies: errors, the t/hf stamp, server signatures, recursion to the swarm. */
import { toBase64, utf8, concatBytes } from '../../electron/core/crypto/bytes';
import { ed25519Sign } from '../ed25519';
import { HARDFORK } from './constants';
import type { RpcContext } from './context';
import type { JsonObject, JsonValue, RpcResponse } from './json';
import type { NamespaceVar, Params, UserPubkey } from './params';

/** A reply: status plus JSON (or text for errors), exactly as session-storage-server words it. */
export const text = (status: number, body: string): RpcResponse => ({ status, body });

export function misc(ctx: RpcContext, j: JsonObject, now = ctx.now()): JsonObject {
  j['t'] = now;
  j['hf'] = [...HARDFORK];
  return j;
}

export function wrongSwarm(ctx: RpcContext, pk: UserPubkey): RpcResponse {
  return { status: 421, body: misc(ctx, ctx.swarmJson(pk)) };
}

/** Server signatures over ASCII parts and raw bytes, base64 in JSON. */
export function serverSign(ctx: RpcContext, ...parts: Array<string | Uint8Array>): string {
  const msg = concatBytes(...parts.map((p) => (typeof p === 'string' ? utf8(p) : p)));
  return toBase64(ed25519Sign(ctx.keys.signingKey, msg));
}

export const nsValue = (ns: NamespaceVar): number | undefined => (ns === 'all' ? undefined : ns);

/**
 * Recursive requests (store, deletes, expiries, revocations) are sent to every swarm peer before
 * being applied locally; the reply gathers each member's result under "swarm" and is a 500 only
 * when every member failed.
 */
export async function recursive(
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

/**
 * The tail of a namespace-wide change (delete_all, delete_before, expire_all): applied here and
 * on each swarm peer, echoing the affected hashes, signed with the request's time value.
 */
export function namespaceWide(
  ctx: RpcContext,
  op: { name: string; raw: Params; recurse: boolean; now: number },
  req: { auth: { pubkey: UserPubkey }; namespace: NamespaceVar },
  signed: number,
  key: 'deleted' | 'updated',
  apply: () => Array<[number, string]>,
): Promise<RpcResponse> {
  return recursive(ctx, op.name, op.raw, op.recurse, () => {
    const { hashes, json } = sortedAffected(apply(), req.namespace === 'all');
    const mine: JsonObject = {
      [key]: json,
      signature: serverSign(ctx, req.auth.pubkey.hex, String(signed), ...hashes),
    };
    return { mine, top: misc(ctx, {}, op.now) };
  });
}
