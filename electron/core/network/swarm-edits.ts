/**
 * Changes to what a swarm holds, signed by its owner or an admin (protocol reference §4.2, §7.2):
 * delete, expire, read expiries, and revoke (or restore) group members' subaccount tokens. Each
 * goes to one swarm member, which applies it across the swarm and reports every member's result.
 */
import {
  deleteSigMessage,
  expireSigMessage,
  getExpiriesSigMessage,
  revokeSubaccountSigMessage,
  type ExpireMode,
} from '../protocol/storage-signatures';
import { toBase64 } from '../crypto/bytes';
import type { NetworkClock } from './clock';
import { isRecord, type SubRequest } from './rpc-results';
import { subFailure, type StorageClient } from './storage-client';
import { authParams, type SwarmAuth } from './swarm-auth';

/** A `delete` subrequest of messages by hash, signed by the swarm's owner or an admin. */
export function deleteRequest(auth: SwarmAuth, hashes: readonly string[]): SubRequest {
  return {
    method: 'delete',
    params: { pubkey: auth.pubkey, messages: [...hashes], ...authParams(auth, deleteSigMessage(hashes)) },
  };
}

/** A `revoke_subaccount` (or `unrevoke_subaccount`) subrequest, signed by a group admin. */
export function revokeRequest(
  auth: SwarmAuth,
  tokens: readonly Uint8Array[],
  unrevoke: boolean,
  timestamp: number,
): SubRequest {
  const method = unrevoke ? 'unrevoke_subaccount' : 'revoke_subaccount';
  return {
    method,
    params: {
      pubkey: auth.pubkey,
      timestamp,
      [unrevoke ? 'unrevoke' : 'revoke']: tokens.map((t) => toBase64(t)),
      ...authParams(auth, revokeSubaccountSigMessage(method, timestamp, tokens)),
    },
  };
}

export class SwarmEdits {
  constructor(
    private readonly rpc: StorageClient,
    private readonly clock: NetworkClock,
  ) {}

  /** Deletes messages by hash; returns the hashes some member reported deleted. */
  deleteMessages(auth: SwarmAuth, hashes: readonly string[]): Promise<string[]> {
    const pubkey = auth.pubkey;
    return this.rpc.toSwarm(
      pubkey,
      () => [deleteRequest(auth, hashes)],
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw subFailure(r, 'delete');
        return collectSwarmLists(r.body, 'deleted');
      },
    );
  }

  /** Sets (or only shortens / extends) the expiry of messages; returns the hashes updated. */
  expire(
    auth: SwarmAuth,
    hashes: readonly string[],
    expiryMs: number,
    mode: ExpireMode = '',
  ): Promise<string[]> {
    const pubkey = auth.pubkey;
    return this.rpc.toSwarm(
      pubkey,
      () => {
        const params: Record<string, unknown> = {
          pubkey,
          messages: [...hashes],
          expiry: expiryMs,
          ...authParams(auth, expireSigMessage(mode, expiryMs, hashes)),
        };
        if (mode === 'shorten') params['shorten'] = true;
        if (mode === 'extend') params['extend'] = true;
        return [{ method: 'expire', params }];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw subFailure(r, 'expire');
        return collectSwarmLists(r.body, 'updated');
      },
    );
  }

  /** The current expiry (ms) of each message the swarm still holds. */
  getExpiries(auth: SwarmAuth, hashes: readonly string[]): Promise<Record<string, number>> {
    const pubkey = auth.pubkey;
    return this.rpc.toSwarm(
      pubkey,
      () => {
        const timestamp = this.clock.now();
        return [
          {
            method: 'get_expiries',
            params: {
              pubkey,
              messages: [...hashes],
              timestamp,
              ...authParams(auth, getExpiriesSigMessage(timestamp, hashes)),
            },
          },
        ];
      },
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw subFailure(r, 'get_expiries');
        const exp = isRecord(r.body) ? r.body['expiries'] : undefined;
        const out: Record<string, number> = {};
        if (isRecord(exp)) for (const [h, v] of Object.entries(exp)) if (typeof v === 'number') out[h] = v;
        return out;
      },
    );
  }

  /** Revokes (or, with `unrevoke`, restores) members' subaccount tokens on a group swarm (admins only). */
  revokeSubaccounts(auth: SwarmAuth, tokens: readonly Uint8Array[], unrevoke = false): Promise<void> {
    const pubkey = auth.pubkey;
    const method = unrevoke ? 'unrevoke_subaccount' : 'revoke_subaccount';
    return this.rpc.toSwarm(
      pubkey,
      () => [revokeRequest(auth, tokens, unrevoke, this.clock.now())],
      (results) => {
        const r = results[0]!;
        if (r.code !== 200) throw subFailure(r, method);
      },
    );
  }
}

/** delete/expire replies list, per swarm member, what that member changed; the union is the answer. */
function collectSwarmLists(body: unknown, key: string): string[] {
  const swarm = isRecord(body) ? body['swarm'] : undefined;
  const out = new Set<string>();
  if (isRecord(swarm)) {
    for (const member of Object.values(swarm)) {
      const list = isRecord(member) ? member[key] : undefined;
      if (Array.isArray(list)) for (const h of list) if (typeof h === 'string') out.add(h);
      // Per-namespace form: {deleted: {ns: [hashes]}}
      if (isRecord(list))
        for (const l of Object.values(list))
          if (Array.isArray(l)) for (const h of l) if (typeof h === 'string') out.add(h);
    }
  }
  return [...out];
}
