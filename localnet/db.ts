import Database from 'better-sqlite3-multiple-ciphers';

/** One stored message, as a storage server keeps it. */
export interface StoredMessage {
  hash: string;
  owner: string;
  namespace: number;
  timestamp: number;
  expiry: number;
  data: Uint8Array;
}

interface MessageRow {
  id: number;
  hash: string;
  owner: string;
  ns: number;
  timestamp: number;
  expiry: number;
  data: Buffer;
}

/** What a message counts against `max_size`, as upstream's Database::retrieve adds it up. */
export function retrieveCost(hash: string, dataBytes: number): number {
  return hash.length + Math.floor((dataBytes * 4) / 3);
}

function toMessage(r: MessageRow): StoredMessage {
  return {
    hash: r.hash,
    owner: r.owner,
    namespace: r.ns,
    timestamp: r.timestamp,
    expiry: r.expiry,
    data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength),
  };
}

/**
 * A node's message store (plain SQLite, one file per node). Every read takes `now` and filters out
 * expired rows, so a node with a skewed clock behaves like one; `sweep` removes them for good.
 */
export class NodeStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  /** Runs `fn` in one transaction (BEGIN/COMMIT are plain prepared statements, reused). */
  private tx<T>(fn: () => T): T {
    this.prep('BEGIN').run();
    try {
      const out = fn();
      this.prep('COMMIT').run();
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.prep('ROLLBACK').run();
      throw e;
    }
  }

  /** Statements are prepared once: preparing per call costs more than most of these queries. */
  private prep(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // A test network needs to survive its own process dying, not the machine: without fsync the
    // WAL still holds every commit, and checkpoints no longer stall the event loop (a store is
    // written on every swarm member, so those stalls added up to half of a node's store time).
    this.db.pragma('synchronous = OFF');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        hash TEXT NOT NULL UNIQUE,
        owner TEXT NOT NULL,
        ns INTEGER NOT NULL,
        timestamp INTEGER NOT NULL,
        expiry INTEGER NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS messages_owner ON messages(owner, ns, id);
      CREATE INDEX IF NOT EXISTS messages_expiry ON messages(expiry);
      CREATE TABLE IF NOT EXISTS revoked (
        owner TEXT NOT NULL,
        token BLOB NOT NULL,
        added INTEGER NOT NULL,
        PRIMARY KEY (owner, token)
      );
    `);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Inserts, or (for a duplicate) keeps the later expiry; reports whether the message was new. */
  store(m: StoredMessage, replaceNamespace: boolean): { isNew: boolean; expiry: number } {
    if (!replaceNamespace) {
      // Nearly every store is a new message: one statement (its own transaction) settles it.
      const inserted = this.prep(
        'INSERT INTO messages (hash, owner, ns, timestamp, expiry, data) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING',
      ).run(
        m.hash,
        m.owner,
        m.namespace,
        m.timestamp,
        m.expiry,
        Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength),
      );
      if (inserted.changes === 1) return { isNew: true, expiry: m.expiry };
    }
    return this.tx(() => {
      const existing = this.prep('SELECT expiry FROM messages WHERE hash = ?').get(m.hash) as
        { expiry: number } | undefined;
      if (existing) {
        const expiry = Math.max(existing.expiry, m.expiry);
        if (expiry !== existing.expiry)
          this.prep('UPDATE messages SET expiry = ? WHERE hash = ?').run(expiry, m.hash);
        return { isNew: false, expiry };
      }
      if (replaceNamespace) {
        // A public outbox holds one message: a newer one replaces it, an older one is dropped.
        const cur = this.prep('SELECT timestamp FROM messages WHERE owner = ? AND ns = ?').get(
          m.owner,
          m.namespace,
        ) as { timestamp: number } | undefined;
        if (cur && cur.timestamp >= m.timestamp) return { isNew: false, expiry: m.expiry };
        this.prep('DELETE FROM messages WHERE owner = ? AND ns = ?').run(m.owner, m.namespace);
      }
      this.prep(
        'INSERT INTO messages (hash, owner, ns, timestamp, expiry, data) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(m.hash, m.owner, m.namespace, m.timestamp, m.expiry, Buffer.from(m.data));
      return { isNew: true, expiry: m.expiry };
    });
  }

  /**
   * Messages after `lastHash` (from the start when it is unknown), oldest first. At least one
   * message is returned when any exist, so a single large message can never stall a poller.
   */
  retrieve(
    owner: string,
    ns: number,
    lastHash: string | undefined,
    maxCount: number | undefined,
    maxSize: number,
    now: number,
  ): { messages: StoredMessage[]; more: boolean } {
    let afterId = 0;
    if (lastHash !== undefined) {
      const row = this.prep('SELECT id FROM messages WHERE hash = ? AND owner = ? AND ns = ?').get(
        lastHash,
        owner,
        ns,
      ) as { id: number } | undefined;
      if (row) afterId = row.id;
    }
    const stmt = this.prep(
      'SELECT * FROM messages WHERE owner = ? AND ns = ? AND id > ? AND expiry > ? ORDER BY id',
    );
    const messages: StoredMessage[] = [];
    let size = 0;
    let more = false;
    for (const row of stmt.iterate(owner, ns, afterId, now) as IterableIterator<MessageRow>) {
      const cost = retrieveCost(row.hash, row.data.length);
      if (
        messages.length > 0 &&
        ((maxCount !== undefined && messages.length >= maxCount) || size + cost > maxSize)
      ) {
        more = true;
        break;
      }
      size += cost;
      messages.push(toMessage(row));
    }
    return { messages, more };
  }

  deleteByHash(owner: string, hashes: readonly string[]): string[] {
    const stmt = this.prep('DELETE FROM messages WHERE owner = ? AND hash = ? RETURNING hash');
    return this.tx(() => {
      const out: string[] = [];
      for (const h of hashes) {
        const r = stmt.get(owner, h) as { hash: string } | undefined;
        if (r) out.push(r.hash);
      }
      return out;
    });
  }

  /** `ns` undefined = every namespace. Returns [namespace, hash] of each removed message. */
  deleteAll(owner: string, ns: number | undefined, now: number): Array<[number, string]> {
    const rows = (
      ns === undefined
        ? this.prep('DELETE FROM messages WHERE owner = ? AND expiry > ? RETURNING ns, hash').all(owner, now)
        : this.prep('DELETE FROM messages WHERE owner = ? AND ns = ? AND expiry > ? RETURNING ns, hash').all(
            owner,
            ns,
            now,
          )
    ) as Array<{ ns: number; hash: string }>;
    return rows.map((r) => [r.ns, r.hash]);
  }

  deleteBefore(owner: string, ns: number | undefined, before: number, now: number): Array<[number, string]> {
    const rows = (
      ns === undefined
        ? this.prep(
            'DELETE FROM messages WHERE owner = ? AND timestamp <= ? AND expiry > ? RETURNING ns, hash',
          ).all(owner, before, now)
        : this.prep(
            'DELETE FROM messages WHERE owner = ? AND ns = ? AND timestamp <= ? AND expiry > ? RETURNING ns, hash',
          ).all(owner, ns, before, now)
    ) as Array<{ ns: number; hash: string }>;
    return rows.map((r) => [r.ns, r.hash]);
  }

  /** expire_all only ever shortens: messages already expiring sooner are left alone. */
  shortenAll(owner: string, ns: number | undefined, expiry: number, now: number): Array<[number, string]> {
    const rows = (
      ns === undefined
        ? this.prep(
            'UPDATE messages SET expiry = ? WHERE owner = ? AND expiry > ? AND expiry > ? RETURNING ns, hash',
          ).all(expiry, owner, expiry, now)
        : this.prep(
            'UPDATE messages SET expiry = ? WHERE owner = ? AND ns = ? AND expiry > ? AND expiry > ? RETURNING ns, hash',
          ).all(expiry, owner, ns, expiry, now)
    ) as Array<{ ns: number; hash: string }>;
    return rows.map((r) => [r.ns, r.hash]);
  }

  /** One expiry for all hashes, or one per hash. Returns [hash, applied expiry] of changed rows. */
  updateExpiry(
    owner: string,
    hashes: readonly string[],
    expiries: readonly number[],
    extendOnly: boolean,
    shortenOnly: boolean,
    now: number,
  ): Array<[string, number]> {
    const cond = extendOnly ? ' AND expiry < @exp' : shortenOnly ? ' AND expiry > @exp' : '';
    const stmt = this.prep(
      `UPDATE messages SET expiry = @exp WHERE owner = @owner AND hash = @hash AND expiry > @now${cond} RETURNING hash, expiry`,
    );
    return this.tx(() => {
      const out: Array<[string, number]> = [];
      const seen = new Set<string>();
      hashes.forEach((h, i) => {
        // With one expiry for all, a repeated hash is reported once (as upstream does).
        if (expiries.length === 1 && seen.has(h)) return;
        seen.add(h);
        const exp = expiries.length > 1 ? expiries[i]! : expiries[0]!;
        const r = stmt.get({ exp, owner, hash: h, now }) as { hash: string; expiry: number } | undefined;
        if (r) out.push([r.hash, r.expiry]);
      });
      return out;
    });
  }

  getExpiries(owner: string, hashes: readonly string[], now: number): Map<string, number> {
    const stmt = this.prep('SELECT expiry FROM messages WHERE owner = ? AND hash = ? AND expiry > ?');
    const out = new Map<string, number>();
    for (const h of hashes) {
      const r = stmt.get(owner, h, now) as { expiry: number } | undefined;
      if (r) out.set(h, r.expiry);
    }
    return out;
  }

  /** Keeps at most `limit` revocations per owner, dropping the oldest. */
  revoke(owner: string, tokens: readonly Uint8Array[], now: number, limit: number): void {
    const ins = this.prep(
      'INSERT INTO revoked (owner, token, added) VALUES (?, ?, ?) ON CONFLICT(owner, token) DO UPDATE SET added = excluded.added',
    );
    this.db.transaction(() => {
      tokens.forEach((t, i) => ins.run(owner, Buffer.from(t), now * 1000 + i));
      this.prep(
        'DELETE FROM revoked WHERE owner = @owner AND token NOT IN (SELECT token FROM revoked WHERE owner = @owner ORDER BY added DESC LIMIT @limit)',
      ).run({ owner, limit });
    })();
  }

  unrevoke(owner: string, tokens: readonly Uint8Array[]): number {
    const del = this.prep('DELETE FROM revoked WHERE owner = ? AND token = ?');
    return this.db.transaction(() =>
      tokens.reduce((n, t) => n + del.run(owner, Buffer.from(t)).changes, 0),
    )();
  }

  isRevoked(owner: string, token: Uint8Array): boolean {
    return (
      this.prep('SELECT 1 FROM revoked WHERE owner = ? AND token = ?').get(owner, Buffer.from(token)) !==
      undefined
    );
  }

  sweep(now: number): number {
    return this.prep('DELETE FROM messages WHERE expiry <= ?').run(now).changes;
  }

  /** Every live message whose owner passes `keep`: what a peer hands a node catching up. */
  snapshot(keep: (owner: string) => boolean, now: number): StoredMessage[] {
    const rows = this.prep('SELECT * FROM messages WHERE expiry > ? ORDER BY id').all(now) as MessageRow[];
    return rows.filter((r) => keep(r.owner)).map(toMessage);
  }

  revocations(keep: (owner: string) => boolean): Array<{ owner: string; token: Uint8Array; added: number }> {
    const rows = this.prep('SELECT owner, token, added FROM revoked').all() as Array<{
      owner: string;
      token: Buffer;
      added: number;
    }>;
    return rows
      .filter((r) => keep(r.owner))
      .map((r) => ({ owner: r.owner, token: new Uint8Array(r.token), added: r.added }));
  }

  /**
   * Makes this store equal to a peer's view of the swarm: adds what was missed, takes the peer's
   * expiries, and drops messages the peer no longer has (deleted while this node was away).
   */
  applySnapshot(
    keep: (owner: string) => boolean,
    messages: readonly StoredMessage[],
    revoked: ReadonlyArray<{ owner: string; token: Uint8Array; added: number }>,
  ): { added: number; removed: number } {
    return this.db.transaction(() => {
      const peerHashes = new Set(messages.map((m) => m.hash));
      let removed = 0;
      const del = this.prep('DELETE FROM messages WHERE hash = ?');
      for (const r of this.prep('SELECT hash, owner FROM messages').all() as Array<{
        hash: string;
        owner: string;
      }>) {
        if (keep(r.owner) && !peerHashes.has(r.hash)) removed += del.run(r.hash).changes;
      }
      const ins = this.prep(
        `INSERT INTO messages (hash, owner, ns, timestamp, expiry, data) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(hash) DO UPDATE SET expiry = excluded.expiry`,
      );
      let added = 0;
      for (const m of messages) {
        added += ins.run(m.hash, m.owner, m.namespace, m.timestamp, m.expiry, Buffer.from(m.data)).changes;
      }
      for (const r of this.prep('SELECT owner FROM revoked').all() as Array<{ owner: string }>) {
        if (keep(r.owner)) this.prep('DELETE FROM revoked WHERE owner = ?').run(r.owner);
      }
      const insRev = this.prep('INSERT OR REPLACE INTO revoked (owner, token, added) VALUES (?, ?, ?)');
      for (const r of revoked) insRev.run(r.owner, Buffer.from(r.token), r.added);
      return { added, removed };
    })();
  }
}
