import type { ReadDb, WriteDb } from '../handles';

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

export const network = {
  loadSnodePool(db: ReadDb): SnodeRecord[] {
    return db.all<SnodeRecord>('SELECT ip, port, ed25519, x25519 FROM snode_pool ORDER BY ed25519');
  },

  saveSnodePool(tx: WriteDb, pool: readonly SnodeRecord[]): void {
    tx.run('DELETE FROM snode_pool');
    for (const s of pool) {
      tx.run(
        'INSERT OR REPLACE INTO snode_pool (ed25519, ip, port, x25519) VALUES (?, ?, ?, ?)',
        s.ed25519,
        s.ip,
        s.port,
        s.x25519,
      );
    }
  },

  /** Ed25519 keys of the swarm cached for `pubkey`, in the order they were saved. */
  loadSwarm(db: ReadDb, pubkey: string): string[] {
    return db
      .all<{ ed25519: string }>('SELECT ed25519 FROM swarms WHERE pubkey = ? ORDER BY position', pubkey)
      .map((r) => r.ed25519);
  },

  saveSwarm(tx: WriteDb, pubkey: string, ed25519s: readonly string[]): void {
    tx.run('DELETE FROM swarms WHERE pubkey = ?', pubkey);
    ed25519s.forEach((ed, i) =>
      tx.run('INSERT INTO swarms (pubkey, position, ed25519) VALUES (?, ?, ?)', pubkey, i, ed),
    );
  },

  loadGuards(db: ReadDb): string[] {
    return db
      .all<{ ed25519: string }>('SELECT ed25519 FROM guard_nodes ORDER BY position')
      .map((r) => r.ed25519);
  },

  saveGuards(tx: WriteDb, ed25519s: readonly string[]): void {
    tx.run('DELETE FROM guard_nodes');
    ed25519s.forEach((ed, i) => tx.run('INSERT INTO guard_nodes (position, ed25519) VALUES (?, ?)', i, ed));
  },

  /** The last hash retrieved from `snode` for (pubkey, namespace), unless it has expired. */
  getLastHash(
    db: ReadDb,
    snode: string,
    pubkey: string,
    namespace: number,
    now: number,
  ): LastHash | undefined {
    const r = db.get<{ hash: string; expires_at: number }>(
      'SELECT hash, expires_at FROM last_hashes WHERE snode = ? AND pubkey = ? AND namespace = ? AND expires_at > ?',
      snode,
      pubkey,
      namespace,
      now,
    );
    return r ? { hash: r.hash, expiresMs: r.expires_at } : undefined;
  },

  setLastHash(tx: WriteDb, snode: string, pubkey: string, namespace: number, last: LastHash): void {
    tx.run(
      `INSERT INTO last_hashes (snode, pubkey, namespace, hash, expires_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (snode, pubkey, namespace) DO UPDATE SET hash = excluded.hash, expires_at = excluded.expires_at`,
      snode,
      pubkey,
      namespace,
      last.hash,
      last.expiresMs,
    );
  },

  /** Which of `hashes` were seen before (one indexed query, whatever the batch size). */
  seenHashes(db: ReadDb, hashes: readonly string[]): Set<string> {
    if (hashes.length === 0) return new Set();
    const rows = db.all<{ hash: string }>(
      'SELECT hash FROM seen_hashes WHERE hash IN (SELECT value FROM json_each(?))',
      JSON.stringify(hashes),
    );
    return new Set(rows.map((r) => r.hash));
  },

  markSeen(tx: WriteDb, seen: readonly SeenHash[]): void {
    for (const s of seen) {
      tx.run(
        `INSERT INTO seen_hashes (hash, expires_at) VALUES (?, ?)
         ON CONFLICT (hash) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at)`,
        s.hash,
        s.expiresMs,
      );
    }
  },

  /** Drops seen hashes and last hashes whose expiry has passed; returns how many rows went. */
  prune(tx: WriteDb, now: number): { seen: number; lastHashes: number } {
    const seen = tx.run('DELETE FROM seen_hashes WHERE expires_at <= ?', now).changes;
    const lastHashes = tx.run('DELETE FROM last_hashes WHERE expires_at <= ?', now).changes;
    return { seen, lastHashes };
  },
};
