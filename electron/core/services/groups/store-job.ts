/**
 * Outbox kind `group-store`: bytes built once (when the action was accepted) stored into a group's
 * swarm with our grant — a message or control message (namespace 11), supplemental keys (12), a
 * kicked-members notice (−11). Several items go in one `sequence`, in order. The grant is looked up
 * when the job runs, so no secret sits in the queue; a group we are no longer in fails the job.
 * The bytes never change, so a repeated attempt lands under the same hashes (a swarm keeps one copy).
 */
import { toBase64, tryFromBase64 } from '../../crypto/bytes';
import type { GroupId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import { isNetworkError, type SwarmAuth, type SwarmOp } from '../../network';
import type { OutboxJob, WriteDb } from '../../store';
import { done, fail, retryLater, type OutboxHandler } from '../outbox/kinds';

export const GROUP_STORE_JOB = 'group-store';
export const STORE_MAX_ATTEMPTS = 8;

export interface StoreItem {
  readonly namespace: number;
  readonly data: Uint8Array;
  readonly ttlMs: number;
}

interface Payload {
  readonly v: 1;
  readonly groupId: GroupId;
  readonly items: readonly { readonly namespace: number; readonly data: string; readonly ttlMs: number }[];
}

export function encodeStorePayload(groupId: GroupId, items: readonly StoreItem[]): Uint8Array {
  const p: Payload = {
    v: 1,
    groupId,
    items: items.map((i) => ({ namespace: i.namespace, data: toBase64(i.data), ttlMs: i.ttlMs })),
  };
  return new TextEncoder().encode(JSON.stringify(p));
}

function isItem(v: unknown): v is Payload['items'][number] {
  const r = v as Record<string, unknown> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Number.isInteger(r['namespace']) &&
    typeof r['data'] === 'string' &&
    Number.isInteger(r['ttlMs'])
  );
}

/** A payload written by `encodeStorePayload`; undefined for anything else. */
export function decodeStorePayload(
  bytes: Uint8Array | null,
): { groupId: GroupId; items: StoreItem[] } | undefined {
  if (!bytes) return undefined;
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Payload> | null;
    if (v?.v !== 1 || typeof v.groupId !== 'string' || !Array.isArray(v.items) || !v.items.every(isItem)) {
      return undefined;
    }
    const items: StoreItem[] = [];
    for (const i of v.items) {
      const data = tryFromBase64(i.data);
      if (!data) return undefined;
      items.push({ namespace: i.namespace, data, ttlMs: i.ttlMs });
    }
    return { groupId: v.groupId, items };
  } catch {
    return undefined;
  }
}

/** A network failure another attempt cannot fix (a refused grant, a message too large). */
export function isFinalNetworkFailure(e: unknown): boolean {
  return isNetworkError(e) && e.retryable === false && e.code !== 'closed';
}

export interface StoreJobDeps {
  /** Our signer for the group, or undefined when we are not (or no longer) in it. */
  readonly auth: (groupId: GroupId) => SwarmAuth | undefined;
  /** Inside the job's done-transaction: the first item's hash for the message row, all for "seen". */
  readonly onStored: (tx: WriteDb, job: OutboxJob, groupId: GroupId, hashes: readonly string[]) => void;
  readonly onFailed: (tx: WriteDb, job: OutboxJob, reason: string) => void;
}

export function storeJobHandler(deps: StoreJobDeps): OutboxHandler {
  return {
    kind: GROUP_STORE_JOB,
    maxAttempts: STORE_MAX_ATTEMPTS,
    async run(job, ctx) {
      const p = decodeStorePayload(job.payload);
      if (!p || p.items.length === 0) return fail('payload-damaged');
      const auth = deps.auth(p.groupId);
      if (!auth) return fail('not-a-member');
      const net = await ctx.network();
      const ops: SwarmOp[] = p.items.map((i) => ({ kind: 'store', ...i }));
      let hashes: string[];
      try {
        hashes = (await net.sequence(auth, ops)).map((r) => r.hash ?? '');
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        const code = `network-${errorCode(e)}`;
        return isFinalNetworkFailure(e) ? fail(code) : retryLater(code);
      }
      return done((tx) => deps.onStored(tx, job, p.groupId, hashes));
    },
    failed(tx, job, reason) {
      deps.onFailed(tx, job, reason);
    },
  };
}
