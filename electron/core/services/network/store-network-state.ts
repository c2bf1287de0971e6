/**
 * The network layer's persistent state (snode pool, swarms, guards, last hashes, seen hashes) kept
 * in the encrypted store, so what the app learns about the network survives restarts and never sits
 * in a plaintext file. Each mutation is one store transaction.
 */
import type { Snode } from '../../network/snode';
import type { NetworkStateStore } from '../../network/state-store';
import type { Store } from '../../store';

export class StoreNetworkState implements NetworkStateStore {
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

  loadSwarm(pubkey: string): string[] | undefined {
    const swarm = this.store.network.loadSwarm(this.store.read, pubkey);
    return swarm.length > 0 ? swarm : undefined;
  }

  saveSwarm(pubkey: string, ed25519s: readonly string[]): void {
    this.store.write((tx) => this.store.network.saveSwarm(tx, pubkey, ed25519s));
  }

  loadGuards(): string[] {
    return this.store.network.loadGuards(this.store.read);
  }

  saveGuards(ed25519s: readonly string[]): void {
    this.store.write((tx) => this.store.network.saveGuards(tx, ed25519s));
  }

  getLastHash(snodeEd25519: string, pubkey: string, namespace: number): string | undefined {
    return this.store.network.getLastHash(this.store.read, snodeEd25519, pubkey, namespace, this.now())?.hash;
  }

  setLastHash(
    snodeEd25519: string,
    pubkey: string,
    namespace: number,
    hash: string,
    expiresMs: number,
  ): void {
    this.store.write((tx) =>
      this.store.network.setLastHash(tx, snodeEd25519, pubkey, namespace, { hash, expiresMs }),
    );
  }

  filterUnseen(hashes: readonly string[]): string[] {
    const seen = this.store.network.seenHashes(this.store.read, hashes);
    return hashes.filter((h) => !seen.has(h));
  }

  markSeen(entries: readonly { hash: string; expiresMs: number }[]): void {
    if (entries.length === 0) return;
    this.store.write((tx) => this.store.network.markSeen(tx, entries));
  }

  prune(nowMs: number): void {
    this.store.write((tx) => this.store.network.prune(tx, nowMs));
  }

  flush(): void {
    // Every mutation above is already committed.
  }
}
