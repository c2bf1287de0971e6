/**
 * Several changes to one swarm as one `sequence` request (protocol reference §4.1) — stores,
 * deletes and subaccount revocations (config sync's `storeSequence` covers stores and one delete):
 * the node runs them in order and stops at the first that fails, so a group admin can store the new Keys before
 * the Info and Members encrypted with them, the control message after both, and revoke or delete
 * last — what desktop's GroupSyncJob sends in one request. Every subrequest is signed by the same
 * SwarmAuth; a store keeps its timestamp (and so its hash) across retries.
 */
import { storageHash } from '../protocol/storage-hash';
import type { NetworkClock } from './clock';
import { NetworkError } from './errors';
import { isRecord, MAX_SUBREQUESTS, type SubRequest, type SubResult } from './rpc-results';
import { subFailure, type StorageClient } from './storage-client';
import { storeParams } from './store-sequence';
import { checkAuthFor, type SwarmAuth } from './swarm-auth';
import { deleteRequest, revokeRequest } from './swarm-edits';

export type SwarmOp =
  | {
      readonly kind: 'store';
      readonly namespace: number;
      readonly data: Uint8Array;
      readonly ttlMs: number;
    }
  | { readonly kind: 'delete'; readonly hashes: readonly string[] }
  | { readonly kind: 'revoke' | 'unrevoke'; readonly tokens: readonly Uint8Array[] };

/** One per op, in order: the storage hash for a store, nothing for the others. */
export interface SwarmOpResult {
  readonly hash?: string;
}

export { MAX_SUBREQUESTS as MAX_SEQUENCE_OPS };

export class SwarmSequences {
  constructor(
    private readonly rpc: StorageClient,
    private readonly clock: NetworkClock,
  ) {}

  /** Runs `ops` in order on the swarm of `auth.pubkey`; throws if any of them failed. */
  run(auth: SwarmAuth, ops: readonly SwarmOp[]): Promise<SwarmOpResult[]> {
    const pubkey = auth.pubkey;
    checkAuthFor(auth, pubkey);
    if (ops.length === 0 || ops.length > MAX_SUBREQUESTS) {
      throw new NetworkError('too-large', `A sequence holds 1 to ${MAX_SUBREQUESTS} changes.`, {
        retryable: false,
      });
    }
    const expected = ops.map((op) => (op.kind === 'store' ? storageHash(pubkey, op.namespace, op.data) : ''));
    let timestamp: number | undefined;
    const build = (): SubRequest[] => {
      timestamp ??= this.clock.now();
      const now = this.clock.now();
      // A retry long after the first try signs a fresh time (sent as sig_timestamp).
      const sigTs = now - timestamp > 30_000 ? now : timestamp;
      return ops.map((op) => {
        switch (op.kind) {
          case 'store':
            return { method: 'store', params: storeParams(pubkey, op, timestamp!, auth, sigTs) };
          case 'delete':
            return deleteRequest(auth, op.hashes);
          case 'revoke':
          case 'unrevoke':
            return revokeRequest(auth, op.tokens, op.kind === 'unrevoke', now);
        }
      });
    };
    const accept = (results: SubResult[]): SwarmOpResult[] => {
      ops.forEach((op, i) => {
        const r = results[i];
        // A sequence stops at the first failure: a missing result is one that never ran.
        if (!r) throw new NetworkError('rejected', 'The sequence stopped before this change.');
        if (r.code !== 200) throw subFailure(r, op.kind);
        const hash = isRecord(r.body) ? r.body['hash'] : undefined;
        if (op.kind === 'store' && typeof hash === 'string' && hash !== expected[i]) {
          throw new NetworkError('bad-response', 'The service node reported a different message hash.', {
            retryable: false,
          });
        }
      });
      return ops.map((op, i) => (op.kind === 'store' ? { hash: expected[i]! } : {}));
    };
    return this.rpc.toSwarm(pubkey, build, accept, {
      kind: 'sequence',
      onClockReset: () => (timestamp = undefined),
    });
  }
}
