import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';

/**
 * The user configs' persistent half (schema 0005): the engine's dump per namespace with its
 * generation and timestamps, the obsolete hashes still to delete and the hashes we pushed
 * ourselves. Config sync is the only writer.
 */
export interface ConfigDumpRecord {
  readonly namespace: number;
  readonly dump: Uint8Array;
  readonly generation: number;
  /** Storage time (ms) of the newest config message merged from another device; 0 = none. */
  readonly mergedAt: number;
  readonly pushedAt: number;
  readonly fullPushAt: number;
}

interface DumpRow {
  namespace: number;
  dump: Uint8Array;
  generation: number;
  merged_at: number;
  pushed_at: number;
  full_push_at: number;
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const CONFIG_SQL = {
  get: 'SELECT namespace, dump, generation, merged_at, pushed_at, full_push_at FROM config_dumps WHERE namespace = ?',
  generation: 'SELECT generation FROM config_dumps WHERE namespace = ?',
  save:
    'INSERT INTO config_dumps (namespace, dump, generation) VALUES (?, ?, 1) ' +
    'ON CONFLICT (namespace) DO UPDATE SET dump = excluded.dump, generation = generation + 1 RETURNING generation',
  mergedAt: 'UPDATE config_dumps SET merged_at = max(merged_at, ?) WHERE namespace = ?',
  mergedAtOf: 'SELECT merged_at AS v FROM config_dumps WHERE namespace = ?',
  pushedAt: 'UPDATE config_dumps SET pushed_at = ? WHERE namespace = ?',
  fullPushAt: 'UPDATE config_dumps SET full_push_at = ? WHERE namespace = ?',
  addObsolete: 'INSERT OR IGNORE INTO config_obsolete (hash, namespace, since) VALUES (?, ?, ?)',
  obsolete: 'SELECT hash FROM config_obsolete ORDER BY hash',
  removeObsolete: 'DELETE FROM config_obsolete WHERE hash = ?',
  addPushed: 'INSERT OR REPLACE INTO config_pushed (hash, namespace, stored_at) VALUES (?, ?, ?)',
  isPushed: 'SELECT 1 AS one FROM config_pushed WHERE hash = ?',
  prunePushed: 'DELETE FROM config_pushed WHERE stored_at < ?',
  ownAvatar: 'SELECT avatar_url, avatar_key FROM account WHERE id = 1',
  setOwnAvatar: 'UPDATE account SET avatar_url = ?, avatar_key = ? WHERE id = 1',
  lastReadAt: 'SELECT last_read_at AS v FROM conversations WHERE id = ?',
  setLastReadAt: 'UPDATE conversations SET last_read_at = ? WHERE id = ?',
  directConversations: "SELECT id FROM conversations WHERE kind = 'direct' ORDER BY id",
  conversationCount: 'SELECT count(*) AS n FROM conversations',
} as const;

/** An avatar as a config names it: where to download it and the key that opens it. */
export interface AvatarPointer {
  readonly url: string;
  readonly key: Uint8Array;
}

function fromRow(r: DumpRow): ConfigDumpRecord {
  return {
    namespace: r.namespace,
    dump: new Uint8Array(r.dump),
    generation: r.generation,
    mergedAt: r.merged_at,
    pushedAt: r.pushed_at,
    fullPushAt: r.full_push_at,
  };
}

export const configs = {
  get(db: ReadDb, namespace: number): ConfigDumpRecord | undefined {
    const r = db.get<DumpRow>(CONFIG_SQL.get, namespace);
    return r ? fromRow(r) : undefined;
  },

  /** The stored generation, 0 when nothing was saved yet (a cheap check before every use). */
  generation(db: ReadDb, namespace: number): number {
    return db.get<{ generation: number }>(CONFIG_SQL.generation, namespace)?.generation ?? 0;
  },

  /** Saves a dump and returns its new generation. */
  save(tx: WriteDb, namespace: number, dump: Uint8Array): number {
    const r = tx.get<{ generation: number }>(CONFIG_SQL.save, namespace, dump);
    return r?.generation ?? 0;
  },

  /** Moves `merged_at` forward (never back). */
  recordMerged(tx: WriteDb, namespace: number, storedAtMs: number): void {
    tx.run(CONFIG_SQL.mergedAt, storedAtMs, namespace);
  },

  /** Storage time of the newest config message of `namespace` merged from another device; 0 = none. */
  mergedAt(db: ReadDb, namespace: number): number {
    return db.get<{ v: number }>(CONFIG_SQL.mergedAtOf, namespace)?.v ?? 0;
  },

  recordPushed(tx: WriteDb, namespace: number, atMs: number, full: boolean): void {
    tx.run(CONFIG_SQL.pushedAt, atMs, namespace);
    if (full) tx.run(CONFIG_SQL.fullPushAt, atMs, namespace);
  },

  addObsolete(tx: WriteDb, namespace: number, hashes: readonly string[], now: number): void {
    for (const h of hashes) tx.run(CONFIG_SQL.addObsolete, h, namespace, now);
  },

  obsolete(db: ReadDb): string[] {
    return db.all<{ hash: string }>(CONFIG_SQL.obsolete).map((r) => r.hash);
  },

  removeObsolete(tx: WriteDb, hashes: readonly string[]): void {
    for (const h of hashes) tx.run(CONFIG_SQL.removeObsolete, h);
  },

  addPushed(tx: WriteDb, namespace: number, hashes: readonly string[], now: number): void {
    for (const h of hashes) tx.run(CONFIG_SQL.addPushed, h, namespace, now);
  },

  isPushed(db: ReadDb, hash: string): boolean {
    return db.get<{ one: number }>(CONFIG_SQL.isPushed, hash) !== undefined;
  },

  prunePushed(tx: WriteDb, before: number): void {
    tx.run(CONFIG_SQL.prunePushed, before);
  },

  /** Our own avatar as UserProfile names it. */
  ownAvatar(db: ReadDb): AvatarPointer | null {
    const r = db.get<{ avatar_url: string | null; avatar_key: Uint8Array | null }>(CONFIG_SQL.ownAvatar);
    return r?.avatar_url && r.avatar_key ? { url: r.avatar_url, key: new Uint8Array(r.avatar_key) } : null;
  },

  setOwnAvatar(tx: WriteDb, avatar: AvatarPointer | null): void {
    tx.run(CONFIG_SQL.setOwnAvatar, avatar?.url ?? null, avatar?.key ?? null);
  },

  /** The synced read position of a conversation (sent time of its newest read message), 0 = none. */
  lastReadAt(db: ReadDb, conversationId: string): number {
    return db.get<{ v: number }>(CONFIG_SQL.lastReadAt, conversationId)?.v ?? 0;
  },

  setLastReadAt(tx: WriteDb, conversationId: string, atMs: number): void {
    tx.run(CONFIG_SQL.setLastReadAt, atMs, conversationId);
  },

  conversationCount(db: ReadDb): number {
    return db.get<{ n: number }>(CONFIG_SQL.conversationCount)?.n ?? 0;
  },

  /** Every one-to-one conversation's id (the first start fills the configs from them). */
  directConversationIds(db: ReadDb): SessionId[] {
    return db.all<{ id: SessionId }>(CONFIG_SQL.directConversations).map((r) => r.id);
  },
};
