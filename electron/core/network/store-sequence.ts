/**
 * Several stores and an optional delete in one `sequence` request (protocol reference §4.1,
 * §10.1 "Storing"): what a config push sends — every part of every namespace that changed, then
 * one `delete` of the hashes the push made obsolete. A sequence stops at the first subrequest that
 * fails, so the delete runs only once every store before it succeeded: old configs are never
 * removed before the new ones are in the swarm.
 */
import { toBase64 } from '../crypto/bytes';
import { storageHash } from '../protocol/storage-hash';
import { deleteSigMessage, storeSigMessage } from '../protocol/storage-signatures';
import type { NetworkClock } from './clock';
import { NetworkError } from './errors';
import { isRecord, MAX_SUBREQUESTS, type SubRequest, type SubResult } from './rpc-results';
import type { StorageClient } from './storage-client';
import { authParams, checkAuthFor, type SwarmAuth, type SwarmPubkey } from './swarm-auth';

export interface SequenceStore {
  readonly namespace: number;
  readonly data: Uint8Array;
  readonly ttlMs: number;
}

export interface SequenceResult {
  /** Per store, in order: its hash once a member stored it, undefined where it failed or never ran. */
  readonly stored: readonly (string | undefined)[];
  /** The hashes some member reported deleted; undefined when there was no delete or it failed. */
  readonly deleted: readonly string[] | undefined;
}

/** The params of one store subrequest (timestamps from the caller, so every retry signs anew). */
export function storeParams(
  pubkey: SwarmPubkey,
  s: SequenceStore,
  timestamp: number,
  auth: SwarmAuth | undefined,
  sigTimestamp: number = timestamp,
): Record<string, unknown> {
  const params: Record<string, unknown> = {
    pubkey,
    namespace: s.namespace,
    ttl: s.ttlMs,
    timestamp,
    data: toBase64(s.data),
  };
  if (!auth) return params;
  // A retry long after the first try signs a fresh time; the server prefers sig_timestamp.
  if (sigTimestamp !== timestamp) params['sig_timestamp'] = sigTimestamp;
  return Object.assign(params, authParams(auth, storeSigMessage(s.namespace, sigTimestamp)));
}

function storedHash(r: SubResult | undefined, expected: string): string | undefined {
  if (r?.code !== 200) return undefined;
  const hash = isRecord(r.body) ? r.body['hash'] : undefined;
  // A node naming another hash stored something else: not ours to confirm.
  return typeof hash === 'string' && hash !== expected ? undefined : expected;
}

function deletedHashes(r: SubResult | undefined): string[] | undefined {
  if (r?.code !== 200) return undefined;
  const swarm = isRecord(r.body) ? r.body['swarm'] : undefined;
  const out = new Set<string>();
  if (isRecord(swarm)) {
    for (const member of Object.values(swarm)) {
      const list = isRecord(member) ? member['deleted'] : undefined;
      if (Array.isArray(list)) for (const h of list) if (typeof h === 'string') out.add(h);
    }
  }
  return [...out];
}

export async function storeSequence(
  rpc: StorageClient,
  clock: NetworkClock,
  auth: SwarmAuth,
  stores: readonly SequenceStore[],
  deleteHashes: readonly string[] = [],
): Promise<SequenceResult> {
  const pubkey = auth.pubkey;
  checkAuthFor(auth, pubkey);
  const count = stores.length + (deleteHashes.length > 0 ? 1 : 0);
  if (count === 0) return { stored: [], deleted: undefined };
  if (count > MAX_SUBREQUESTS) {
    throw new NetworkError('too-large', `A sequence holds at most ${MAX_SUBREQUESTS} subrequests.`, {
      retryable: false,
    });
  }
  const expected = stores.map((s) => storageHash(pubkey, s.namespace, s.data));
  // One timestamp for every retry: the same messages, the same hashes, wherever they land.
  let timestamp: number | undefined;
  const build = (): SubRequest[] => {
    timestamp ??= clock.now();
    const now = clock.now();
    const sigTs = now - timestamp > 30_000 ? now : timestamp;
    const requests: SubRequest[] = stores.map((s) => ({
      method: 'store',
      params: storeParams(pubkey, s, timestamp!, auth, sigTs),
    }));
    if (deleteHashes.length > 0) {
      requests.push({
        method: 'delete',
        params: { pubkey, messages: [...deleteHashes], ...authParams(auth, deleteSigMessage(deleteHashes)) },
      });
    }
    return requests;
  };
  return rpc.toSwarm(
    pubkey,
    build,
    (results) => {
      const stored = expected.map((h, i) => storedHash(results[i], h));
      // Nothing stored at all is a failed attempt: another member may do better.
      if (stores.length > 0 && stored[0] === undefined) {
        const code = results[0]?.code ?? 0;
        throw new NetworkError('rejected', `The first store of the sequence failed with ${code}.`, {
          status: code,
          retryable: code >= 500 || code === 0,
        });
      }
      const deleted = deleteHashes.length > 0 ? deletedHashes(results[stores.length]) : undefined;
      return { stored, deleted };
    },
    { kind: 'sequence', onClockReset: () => (timestamp = undefined) },
  );
}
