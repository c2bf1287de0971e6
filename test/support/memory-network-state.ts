/**
 * The network state in memory, for tests of the network layer that need no store. The app keeps
 * this state in the encrypted store only (StoreNetworkState); nothing here is ever written to disk.
 */
import type { Snode } from '../../electron/core/network/snode';
import type { BatchCursor, NetworkStateStore } from '../../electron/core/network/state-store';
import type { SwarmPubkey } from '../../electron/core/network/swarm-auth';

/** Transactions are not needed in memory: a token stands for one. */
export type MemoryTx = { readonly memory: true };

export class MemoryStateStore implements NetworkStateStore<MemoryTx> {
  private pool: Snode[] = [];
  private readonly swarms = new Map<string, string[]>();
  private guards: string[] = [];
  private readonly lastHashes = new Map<string, { hash: string; expiresMs: number }>();
  private readonly seen = new Map<string, number>();
  /** How many batches were committed (tests read it). */
  batches = 0;

  loadSnodePool(): Snode[] {
    return [...this.pool];
  }
  saveSnodePool(nodes: readonly Snode[]): void {
    this.pool = nodes.map((n) => ({ ip: n.ip, port: n.port, ed25519: n.ed25519, x25519: n.x25519 }));
  }
  loadSwarm(pubkey: SwarmPubkey): string[] | undefined {
    const s = this.swarms.get(pubkey);
    return s ? [...s] : undefined;
  }
  saveSwarm(pubkey: SwarmPubkey, ed25519s: readonly string[]): void {
    this.swarms.set(pubkey, [...ed25519s]);
  }
  loadGuards(): string[] {
    return [...this.guards];
  }
  saveGuards(ed25519s: readonly string[]): void {
    this.guards = [...ed25519s];
  }
  getLastHash(snode: string, pubkey: SwarmPubkey, ns: number): string | undefined {
    return this.lastHashes.get(`${snode}|${pubkey}|${ns}`)?.hash;
  }
  filterUnseen(hashes: readonly string[]): string[] {
    return hashes.filter((h) => !this.seen.has(h));
  }
  transaction<T>(fn: (tx: MemoryTx) => T): T {
    return fn({ memory: true });
  }
  commitBatch(_tx: MemoryTx, batch: BatchCursor): void {
    for (const h of batch.lastHashes) {
      this.lastHashes.set(`${h.node}|${batch.pubkey}|${h.namespace}`, {
        hash: h.hash,
        expiresMs: h.expiresMs,
      });
    }
    for (const s of batch.seen) this.seen.set(s.hash, Math.max(s.expiresMs, this.seen.get(s.hash) ?? 0));
    this.batches++;
  }
  prune(nowMs: number): void {
    for (const [k, v] of this.lastHashes) if (v.expiresMs < nowMs) this.lastHashes.delete(k);
    for (const [k, v] of this.seen) if (v < nowMs) this.seen.delete(k);
  }
}
