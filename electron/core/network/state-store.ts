import type { Snode } from './snode';
import type { SwarmPubkey } from './swarm-auth';

/**
 * What the network layer persists between runs (protocol reference §5.1–§5.4, §11.2): in the app,
 * the account's encrypted store (`services/network/store-network-state.ts`) — never a plain file,
 * since our swarm and last hashes are metadata about the account.
 *
 * `Tx` is the store's transaction handle, opaque to the network layer: a poll batch's cursor (last
 * hashes and seen hashes) is written with `commitBatch(tx, …)` inside the very transaction in which
 * the consumer stores what the batch held, so a crash keeps both or neither. Other writes commit
 * on their own. Methods are synchronous, so a SQL store (better-sqlite3) fits without changing callers.
 */
export interface NetworkStateStore<Tx = unknown> {
  loadSnodePool(): Snode[];
  saveSnodePool(nodes: readonly Snode[]): void;
  /** Ed25519 keys (hex) of the swarm last seen for `pubkey`, or undefined. */
  loadSwarm(pubkey: SwarmPubkey): string[] | undefined;
  saveSwarm(pubkey: SwarmPubkey, ed25519s: readonly string[]): void;
  loadGuards(): string[];
  saveGuards(ed25519s: readonly string[]): void;
  getLastHash(snodeEd25519: string, pubkey: SwarmPubkey, namespace: number): string | undefined;
  /** The subset of `hashes` never marked seen (order kept). */
  filterUnseen(hashes: readonly string[]): string[];
  /** Runs `fn` in one transaction of the store that holds this state. */
  transaction<T>(fn: (tx: Tx) => T): T;
  /** Inside `tx`: advances a delivered batch's cursor and marks its messages seen. */
  commitBatch(tx: Tx, batch: BatchCursor): void;
  /** Forgets last hashes and seen hashes whose messages expired before `nowMs`. */
  prune(nowMs: number): void;
}

/** What one poll batch moves forward: the last hash per (node, namespace) and the hashes it held. */
export interface BatchCursor {
  readonly pubkey: SwarmPubkey;
  readonly lastHashes: readonly {
    readonly node: string;
    readonly namespace: number;
    readonly hash: string;
    readonly expiresMs: number;
  }[];
  readonly seen: readonly { readonly hash: string; readonly expiresMs: number }[];
}
