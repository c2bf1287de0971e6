/**
 * The network layer's persistent state (snode pool, swarms, guards, last hashes, seen hashes) kept
 * in the encrypted store, so what the app learns about the network survives restarts and never sits
 * in a plaintext file. A poll batch's cursor is written in the consumer's own transaction
 * (`commitBatch(tx, …)`); every other change is one store transaction of its own.
 */
import type { Snode } from '../../network/snode';
import type { BatchCursor, NetworkStateStore } from '../../network/state-store';
import type { SwarmPubkey } from '../../network/swarm-auth';
import type { Store, WriteDb } from '../../store';

export class StoreNetworkState implements NetworkStateStore<WriteDb> {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  loadSnodePool(): Snode[] {
    return this.store.network.loadSnodePool(this.store.read).map((n) => ({ ...n }));
  }

  saveSnodePool(nodes: readonly Snode[]): void {
    this.store.write((tx) => this.store.network.saveSnodePool(tx, nodes));
  }

  loadSwarm(pubkey: SwarmPubkey): string[] | undefined {
    const swarm = this.store.network.loadSwarm(this.store.read, pubkey);
    return swarm.length > 0 ? swarm : undefined;
  }

  saveSwarm(pubkey: SwarmPubkey, ed25519s: readonly string[]): void {
    this.store.write((tx) => this.store.network.saveSwarm(tx, pubkey, ed25519s));
  }

  loadGuards(): string[] {
    return this.store.network.loadGuards(this.store.read);
  }

  saveGuards(ed25519s: readonly string[]): void {
    this.store.write((tx) => this.store.network.saveGuards(tx, ed25519s));
  }

  getLastHash(snodeEd25519: string, pubkey: SwarmPubkey, namespace: number): string | undefined {
    return this.store.network.getLastHash(this.store.read, snodeEd25519, pubkey, namespace, this.now())?.hash;
  }

  filterUnseen(hashes: readonly string[]): string[] {
    const seen = this.store.network.seenHashes(this.store.read, hashes);
    return hashes.filter((h) => !seen.has(h));
  }

  transaction<T>(fn: (tx: WriteDb) => T): T {
    return this.store.write(fn);
  }

  commitBatch(tx: WriteDb, batch: BatchCursor): void {
    for (const h of batch.lastHashes) {
      this.store.network.setLastHash(tx, h.node, batch.pubkey, h.namespace, {
        hash: h.hash,
        expiresMs: h.expiresMs,
      });
    }
    this.store.network.markSeen(tx, batch.seen);
  }

  prune(nowMs: number): void {
    this.store.write((tx) => this.store.network.prune(tx, nowMs));
  }
}
