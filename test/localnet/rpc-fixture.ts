/**
 * One 10-node localnet per test file, and the store/retrieve calls the RPC tests share.
 */
import { afterAll, beforeAll } from 'vitest';
import { ready } from '../../electron/core/crypto/sodium';
import { retrieveSigMessage, storeSigMessage } from '../../electron/core/protocol/storage-signatures';
import { startLocalnet, type Localnet, type LocalnetNode } from '../../localnet/index';
import { auth, b64, rpc, type Account } from './client';

export const ONS_ID = `05${'ab'.repeat(32)}`;
export const ctx = {} as { net: Localnet };

export function useLocalnet(): void {
  beforeAll(async () => {
    await ready();
    ctx.net = await startLocalnet({ nodes: 10, swarmSize: 5, ons: { Alice: ONS_ID } });
  });
  afterAll(async () => {
    await ctx.net?.close();
  });
}

export const home = (a: Account): LocalnetNode => ctx.net.swarmFor(a.pubkey)[0]!;
export const away = (a: Account): LocalnetNode =>
  ctx.net.nodes.find((n) => !ctx.net.swarmFor(a.pubkey).includes(n))!;

export async function storeMsg(a: Account, ns: number, data: string, extra: Record<string, unknown> = {}) {
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

export async function retrieveMsgs(a: Account, ns: number, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return rpc(home(a), 'retrieve', {
    namespace: ns,
    timestamp: now,
    ...auth(a, retrieveSigMessage(ns, now)),
    ...extra,
  });
}
