import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snode } from './snode';
import { makeSnode } from './snode';

/**
 * What the network layer persists between runs (protocol reference §5.1–§5.4, §11.2). Methods are
 * synchronous so a SQL-backed implementation (better-sqlite3) fits without changing callers.
 */
export interface NetworkStateStore {
  loadSnodePool(): Snode[];
  saveSnodePool(nodes: readonly Snode[]): void;
  /** Ed25519 keys (hex) of the swarm last seen for `pubkey`, or undefined. */
  loadSwarm(pubkey: string): string[] | undefined;
  saveSwarm(pubkey: string, ed25519s: readonly string[]): void;
  loadGuards(): string[];
  saveGuards(ed25519s: readonly string[]): void;
  getLastHash(snodeEd25519: string, pubkey: string, namespace: number): string | undefined;
  setLastHash(snodeEd25519: string, pubkey: string, namespace: number, hash: string, expiresMs: number): void;
  /** The subset of `hashes` never marked seen (order kept). */
  filterUnseen(hashes: readonly string[]): string[];
  markSeen(entries: readonly { hash: string; expiresMs: number }[]): void;
  /** Forgets last hashes and seen hashes whose messages expired before `nowMs`. */
  prune(nowMs: number): void;
  /** Writes anything buffered (file-backed stores); a no-op elsewhere. */
  flush(): void;
}

/** A seen set beyond this would mean a runaway peer; the oldest-expiring entries go first. */
const MAX_SEEN = 200_000;

interface StateData {
  pool: Snode[];
  swarms: Record<string, string[]>;
  guards: string[];
  lastHashes: Record<string, { hash: string; expiresMs: number }>;
  seen: Record<string, number>;
}

function emptyState(): StateData {
  return { pool: [], swarms: {}, guards: [], lastHashes: {}, seen: {} };
}

function lastHashKey(snode: string, pubkey: string, ns: number): string {
  return `${snode}|${pubkey}|${ns}`;
}

export class MemoryStateStore implements NetworkStateStore {
  protected data: StateData;

  constructor(initial?: StateData) {
    this.data = initial ?? emptyState();
  }

  /** Called after every mutation; the file store persists from here. */
  protected changed(): void {}

  loadSnodePool(): Snode[] {
    return [...this.data.pool];
  }
  saveSnodePool(nodes: readonly Snode[]): void {
    this.data.pool = nodes.map((n) => ({ ip: n.ip, port: n.port, ed25519: n.ed25519, x25519: n.x25519 }));
    this.changed();
  }
  loadSwarm(pubkey: string): string[] | undefined {
    const s = this.data.swarms[pubkey];
    return s ? [...s] : undefined;
  }
  saveSwarm(pubkey: string, ed25519s: readonly string[]): void {
    this.data.swarms[pubkey] = [...ed25519s];
    this.changed();
  }
  loadGuards(): string[] {
    return [...this.data.guards];
  }
  saveGuards(ed25519s: readonly string[]): void {
    this.data.guards = [...ed25519s];
    this.changed();
  }
  getLastHash(snode: string, pubkey: string, ns: number): string | undefined {
    return this.data.lastHashes[lastHashKey(snode, pubkey, ns)]?.hash;
  }
  setLastHash(snode: string, pubkey: string, ns: number, hash: string, expiresMs: number): void {
    this.data.lastHashes[lastHashKey(snode, pubkey, ns)] = { hash, expiresMs };
    this.changed();
  }
  filterUnseen(hashes: readonly string[]): string[] {
    return hashes.filter((h) => !Object.hasOwn(this.data.seen, h));
  }
  markSeen(entries: readonly { hash: string; expiresMs: number }[]): void {
    if (entries.length === 0) return;
    for (const e of entries) this.data.seen[e.hash] = Math.max(e.expiresMs, this.data.seen[e.hash] ?? 0);
    const keys = Object.keys(this.data.seen);
    if (keys.length > MAX_SEEN) {
      keys.sort((a, b) => this.data.seen[a]! - this.data.seen[b]!);
      for (const k of keys.slice(0, keys.length - MAX_SEEN)) delete this.data.seen[k];
    }
    this.changed();
  }
  prune(nowMs: number): void {
    for (const [k, v] of Object.entries(this.data.lastHashes))
      if (v.expiresMs < nowMs) delete this.data.lastHashes[k];
    for (const [k, v] of Object.entries(this.data.seen)) if (v < nowMs) delete this.data.seen[k];
    this.changed();
  }
  flush(): void {}
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/** Reads a state file written by JsonFileStateStore; anything malformed is dropped, never thrown. */
function parseState(text: string): StateData {
  const out = emptyState();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return out;
  }
  if (!isRecord(json)) return out;
  if (Array.isArray(json['pool'])) {
    for (const r of json['pool']) {
      if (!isRecord(r)) continue;
      const n = makeSnode(r['ip'], r['port'], r['ed25519'], r['x25519']);
      if (n) out.pool.push(n);
    }
  }
  if (isRecord(json['swarms']))
    for (const [k, v] of Object.entries(json['swarms'])) out.swarms[k] = strings(v);
  out.guards = strings(json['guards']);
  if (isRecord(json['lastHashes'])) {
    for (const [k, v] of Object.entries(json['lastHashes'])) {
      if (isRecord(v) && typeof v['hash'] === 'string' && typeof v['expiresMs'] === 'number') {
        out.lastHashes[k] = { hash: v['hash'], expiresMs: v['expiresMs'] };
      }
    }
  }
  if (isRecord(json['seen']))
    for (const [k, v] of Object.entries(json['seen'])) if (typeof v === 'number') out.seen[k] = v;
  return out;
}

/**
 * `dataDir/network-state.json`, rewritten atomically (temp file + rename) shortly after changes so a
 * crash leaves either the old or the new file, never a torn one.
 */
export class JsonFileStateStore extends MemoryStateStore {
  readonly path: string;
  private readonly writeDelayMs: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(dataDir: string, writeDelayMs = 250) {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'network-state.json');
    let initial: StateData;
    try {
      initial = parseState(readFileSync(path, 'utf8'));
    } catch {
      initial = emptyState();
    }
    super(initial);
    this.path = path;
    this.writeDelayMs = writeDelayMs;
  }

  protected override changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.writeDelayMs);
    this.timer.unref();
  }

  override flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data), { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}
