import type { GroupId, SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';

/** The owner of a swarm (an account or a group). */
type SwarmOwner = SessionId | GroupId;

/**
 * What the network layer persists between runs (protocol §5 and §11.2). Lists are replaced whole,
 * in one statement batch inside the caller's transaction.
 */
export interface SnodeRecord {
  readonly ip: string;
  readonly port: number;
  readonly ed25519: string;
  readonly x25519: string;
}

export interface SeenHash {
  readonly hash: string;
  readonly expiresMs: number;
}

export interface LastHash {
  readonly hash: string;
  readonly expiresMs: number;
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const NETWORK_SQL = {
  loadPool: 'SELECT ip, port, ed25519, x25519 FROM snode_pool ORDER BY ed25519',
  clearPool: 'DELETE FROM snode_pool',
  addPoolNode: 'INSERT OR REPLACE INTO snode_pool (ed25519, ip, port, x25519) VALUES (?, ?, ?, ?)',
  loadSwarm: 'SELECT ed25519 FROM swarms WHERE pubkey = ? ORDER BY position',
  clearSwarm: 'DELETE FROM swarms WHERE pubkey = ?',
  addSwarmMember: 'INSERT INTO swarms (pubkey, position, ed25519) VALUES (?, ?, ?)',
  loadGuards: 'SELECT ed25519 FROM guard_nodes ORDER BY position',
  clearGuards: 'DELETE FROM guard_nodes',
  addGuard: 'INSERT INTO guard_nodes (position, ed25519) VALUES (?, ?)',
  getLastHash:
    'SELECT hash, expires_at FROM last_hashes WHERE snode = ? AND pubkey = ? AND namespace = ? AND expires_at > ?',
  setLastHash:
    'INSERT INTO last_hashes (snode, pubkey, namespace, hash, expires_at) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (snode, pubkey, namespace) DO UPDATE SET hash = excluded.hash, expires_at = excluded.expires_at',
  seenHashes: 'SELECT hash FROM seen_hashes WHERE hash IN (SELECT value FROM json_each(?))',
  markSeen:
    'INSERT INTO seen_hashes (hash, expires_at) VALUES (?, ?) ' +
    'ON CONFLICT (hash) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at)',
  pruneSeen: 'DELETE FROM seen_hashes WHERE expires_at <= ?',
  pruneLastHashes: 'DELETE FROM last_hashes WHERE expires_at <= ?',
} as const;

export const network = {
  loadSnodePool(db: ReadDb): SnodeRecord[] {
    return db.all<SnodeRecord>(NETWORK_SQL.loadPool);
  },

  saveSnodePool(tx: WriteDb, pool: readonly SnodeRecord[]): void {
    tx.run(NETWORK_SQL.clearPool);
    for (const s of pool) {
      tx.run(NETWORK_SQL.addPoolNode, s.ed25519, s.ip, s.port, s.x25519);
    }
  },

  /** Ed25519 keys of the swarm cached for `pubkey`, in the order they were saved. */
  loadSwarm(db: ReadDb, pubkey: SwarmOwner): string[] {
    return db.all<{ ed25519: string }>(NETWORK_SQL.loadSwarm, pubkey).map((r) => r.ed25519);
  },

  saveSwarm(tx: WriteDb, pubkey: SwarmOwner, ed25519s: readonly string[]): void {
    tx.run(NETWORK_SQL.clearSwarm, pubkey);
    ed25519s.forEach((ed, i) => tx.run(NETWORK_SQL.addSwarmMember, pubkey, i, ed));
  },

  loadGuards(db: ReadDb): string[] {
    return db.all<{ ed25519: string }>(NETWORK_SQL.loadGuards).map((r) => r.ed25519);
  },

  saveGuards(tx: WriteDb, ed25519s: readonly string[]): void {
    tx.run(NETWORK_SQL.clearGuards);
    ed25519s.forEach((ed, i) => tx.run(NETWORK_SQL.addGuard, i, ed));
  },

  /** The last hash retrieved from `snode` for (pubkey, namespace), unless it has expired. */
  getLastHash(
    db: ReadDb,
    snode: string,
    pubkey: SwarmOwner,
    namespace: number,
    now: number,
  ): LastHash | undefined {
    const r = db.get<{ hash: string; expires_at: number }>(
      NETWORK_SQL.getLastHash,
      snode,
      pubkey,
      namespace,
      now,
    );
    return r ? { hash: r.hash, expiresMs: r.expires_at } : undefined;
  },

  setLastHash(tx: WriteDb, snode: string, pubkey: SwarmOwner, namespace: number, last: LastHash): void {
    tx.run(NETWORK_SQL.setLastHash, snode, pubkey, namespace, last.hash, last.expiresMs);
  },

  /** Which of `hashes` were seen before (one indexed query, whatever the batch size). */
  seenHashes(db: ReadDb, hashes: readonly string[]): Set<string> {
    if (hashes.length === 0) return new Set();
    const rows = db.all<{ hash: string }>(NETWORK_SQL.seenHashes, JSON.stringify(hashes));
    return new Set(rows.map((r) => r.hash));
  },

  markSeen(tx: WriteDb, seen: readonly SeenHash[]): void {
    for (const s of seen) {
      tx.run(NETWORK_SQL.markSeen, s.hash, s.expiresMs);
    }
  },

  /** Drops seen hashes and last hashes whose expiry has passed; returns how many rows went. */
  prune(tx: WriteDb, now: number): { seen: number; lastHashes: number } {
    const seen = tx.run(NETWORK_SQL.pruneSeen, now).changes;
    const lastHashes = tx.run(NETWORK_SQL.pruneLastHashes, now).changes;
    return { seen, lastHashes };
  },
};
