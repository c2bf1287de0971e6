import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ready } from '../electron/core/crypto/sodium';
import { generateTlsIdentity } from './certs';
import { Directory, swarmIds, type NodeRecord } from './directory';
import { LocalnetError } from './errors';
import {
  FaultRandom,
  noFaults,
  noStats,
  REAL_FAILURE_DELAYS,
  type NetworkStats,
  type NodeFaults,
} from './faults';
import { FileServer } from './fileserver';
import { loadOrCreateIdentities } from './identity';
import { nodeKeysFromSeed } from './keys';
import { StorageNode } from './node';
import { OnsRegistry } from './ons';
import { writeNetworkProfile, type NetworkProfile } from './profile';
import { SeedServer } from './seed';

export type { NetworkProfile } from './profile';
export type { NetworkStats, NodeFaults } from './faults';
export { REAL_FAILURE_DELAYS } from './faults';

export interface LocalnetOptions {
  /** Storage nodes (default 12). */
  nodes?: number;
  /** Nodes per swarm (default 5); the remainder joins existing swarms. */
  swarmSize?: number;
  /** Where profile, identities and node databases live (default: a new temp dir, removed on close). */
  dir?: string;
  /** Session names to register: name → 05… Session ID. */
  ons?: Record<string, string>;
  /** Seed of the fault RNG (default 1). */
  faultSeed?: number;
}

/** A running storage node as tests see it. */
export interface LocalnetNode {
  readonly index: number;
  readonly ip: string;
  readonly port: number;
  readonly ed25519: string;
  readonly x25519: string;
  readonly ed25519PublicKey: Uint8Array;
  readonly x25519PublicKey: Uint8Array;
  /** Hex swarm id, as `get_swarm` reports it. */
  readonly swarmId: string;
  readonly running: boolean;
}

/** A node by index or by Ed25519 hex key. */
export type NodeRef = number | string;

export interface FaultControls {
  /** Closes the node's listener (its database stays). */
  stopNode(node: NodeRef): Promise<void>;
  /** Catches up from a running swarm peer, then listens again on the same address. */
  startNode(node: NodeRef): Promise<void>;
  setLatency(node: NodeRef, ms: number): void;
  dropRequests(node: NodeRef, fraction: number): void;
  dropReplies(node: NodeRef, fraction: number): void;
  skewClock(node: NodeRef, ms: number): void;
  force421(node: NodeRef, on: boolean): void;
  /** The node waits `ms` on an unreachable swarm peer before giving up on it (real: 5 s). */
  holdPeerFailures(node: NodeRef, ms: number): void;
  /** The node holds an onion request to an unreachable next hop `ms` before its 504 (real: ~30 s). */
  holdRelayFailures(node: NodeRef, ms: number): void;
  /**
   * Every node fails as slowly as real storage servers do, times `scale` (tests shrink time, e.g.
   * 0.1 → 0.5 s and 3 s, and scale the client's timeouts alike).
   */
  realFailureTimes(scale?: number): void;
  /** Counts of what the network did since it started. */
  stats(): Readonly<NetworkStats>;
  get(node: NodeRef): Readonly<NodeFaults>;
  /** Clears every fault on one node, or on all. */
  reset(node?: NodeRef): void;
  reseed(seed: number): void;
}

export interface Localnet {
  readonly dir: string;
  readonly profile: NetworkProfile;
  readonly profilePath: string;
  readonly seedUrl: string;
  readonly seedCertSha256: string;
  readonly fileServer: { url: string; port: number; ed25519: string; x25519: string };
  readonly nodes: readonly LocalnetNode[];
  /** One entry per swarm: its hex id and its members' Ed25519 keys. */
  readonly swarms: ReadonlyArray<{ id: string; members: string[] }>;
  /** The nodes of the swarm that owns `pubkey` (66 hex). */
  swarmFor(pubkey: string): LocalnetNode[];
  registerOns(name: string, sessionId: string): void;
  readonly faults: FaultControls;
  close(): Promise<void>;
}

/** Ports of the previous run in the same directory, reused so clients' cached node lists stay valid. */
interface SavedPorts {
  seed: number;
  fileServer: number;
  nodes: Record<string, number>;
}

async function readSavedPorts(path: string): Promise<SavedPorts> {
  const empty: SavedPorts = { seed: 0, fileServer: 0, nodes: {} };
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Partial<SavedPorts>;
    const port = (p: unknown) => (typeof p === 'number' && Number.isInteger(p) && p > 0 && p < 65536 ? p : 0);
    const nodes: Record<string, number> = {};
    if (typeof v.nodes === 'object' && v.nodes !== null) {
      for (const [k, p] of Object.entries(v.nodes)) if (port(p)) nodes[k] = port(p);
    }
    return { seed: port(v.seed), fileServer: port(v.fileServer), nodes };
  } catch {
    return empty;
  }
}

/** Whether this OS routes all of 127.0.0.0/8 to loopback (Linux) or only 127.0.0.1 (macOS). */
async function canBindLoopbackRange(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(0, '127.0.1.1', () => s.close(() => resolve(true)));
  });
}

function nodeView(n: StorageNode): LocalnetNode {
  const r = n.record;
  return {
    index: r.index,
    ip: r.ip,
    get port() {
      return r.port;
    },
    ed25519: r.keys.ed25519Hex,
    x25519: r.keys.x25519Hex,
    ed25519PublicKey: r.keys.ed25519Public,
    x25519PublicKey: r.keys.x25519Public,
    swarmId: r.swarmId.toString(16),
    get running() {
      return n.running;
    },
  };
}

export async function startLocalnet(options: LocalnetOptions = {}): Promise<Localnet> {
  const count = options.nodes ?? 12;
  const swarmSize = options.swarmSize ?? 5;
  if (!Number.isInteger(count) || count < 1 || count > 250)
    throw new LocalnetError('config', 'nodes must be 1…250.');
  if (!Number.isInteger(swarmSize) || swarmSize < 1)
    throw new LocalnetError('config', 'swarm size must be at least 1.');
  await ready();
  const tempDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'localnet-')));
  await mkdir(join(dir, 'nodes'), { recursive: true });

  const ids = await loadOrCreateIdentities(join(dir, 'identity.json'), count, swarmSize);
  const spread = await canBindLoopbackRange();
  const ipOf = (i: number) => (spread ? `127.0.${i + 1}.1` : '127.0.0.1');
  const swarmCount = Math.max(1, Math.floor(count / swarmSize));
  const idsOfSwarms = swarmIds(swarmCount);

  const [seedTls, ...nodeTls] = await Promise.all([
    generateTlsIdentity('127.0.0.1'),
    ...ids.nodes.map((_, i) => generateTlsIdentity(ipOf(i))),
  ]);
  const portsPath = join(dir, 'ports.json');
  const saved = await readSavedPorts(portsPath);
  const records: NodeRecord[] = ids.nodes.map((seed, i) => ({
    index: i,
    ip: ipOf(i),
    port: 0,
    keys: nodeKeysFromSeed(seed),
    tls: nodeTls[i]!,
    swarmId: idsOfSwarms[i % swarmCount]!,
  }));
  for (const r of records) r.port = saved.nodes[r.keys.ed25519Hex] ?? 0;
  const dirView = new Directory(records);
  const ons = new OnsRegistry();
  for (const [name, sid] of Object.entries(options.ons ?? {})) ons.register(name, sid);
  const oxend = {
    call: (endpoint: string, params: unknown) =>
      endpoint === 'ons_resolve' ? ons.resolve(params) : { status: 200, body: dirView.serviceNodes(params) },
  };
  const random = new FaultRandom(options.faultSeed ?? 1);
  const stats = noStats();
  const nodes = records.map(
    (r) =>
      new StorageNode(
        r,
        dirView,
        oxend,
        random,
        join(dir, 'nodes', `node-${r.keys.ed25519Hex.slice(0, 16)}.sqlite`),
        stats,
      ),
  );
  const seed = new SeedServer(dirView, seedTls, '127.0.0.1');
  const fileServer = new FileServer(nodeKeysFromSeed(ids.fileServer), join(dir, 'fileserver.sqlite'));

  try {
    await Promise.all([
      ...nodes.map((n) => n.start(false)),
      seed.start(saved.seed),
      fileServer.start(saved.fileServer),
    ]);
  } catch (cause) {
    await Promise.all([...nodes.map((n) => n.close()), seed.stop(), fileServer.close()]);
    throw new LocalnetError('bind', 'Could not open the local network listeners.', { cause });
  }
  const ports: SavedPorts = {
    seed: seed.port,
    fileServer: fileServer.port,
    nodes: Object.fromEntries(records.map((r) => [r.keys.ed25519Hex, r.port])),
  };
  await writeFile(portsPath, `${JSON.stringify(ports, null, 2)}\n`, 'utf8');

  const profile: NetworkProfile = {
    name: 'localnet',
    seeds: [{ url: seed.url, certSha256: seedTls.certSha256 }],
    fileServer: {
      url: fileServer.url,
      ed25519: fileServer.keys.ed25519Hex,
      x25519: fileServer.keys.x25519Hex,
    },
    subnetDiversity: spread,
  };
  const profilePath = join(dir, 'profile.json');
  await writeNetworkProfile(profilePath, profile);

  const find = (ref: NodeRef): StorageNode => {
    const n =
      typeof ref === 'number' ? nodes[ref] : nodes.find((x) => x.keys.ed25519Hex === ref.toLowerCase());
    if (!n) throw new LocalnetError('config', `No node ${String(ref)} in this network.`);
    return n;
  };
  const fraction = (f: number) => {
    if (!(f >= 0 && f <= 1)) throw new LocalnetError('config', 'A drop fraction is between 0 and 1.');
    return f;
  };
  const views = nodes.map(nodeView);
  let closed = false;

  return {
    dir,
    profile,
    profilePath,
    seedUrl: seed.url,
    seedCertSha256: seedTls.certSha256,
    fileServer: {
      url: fileServer.url,
      port: fileServer.port,
      ed25519: fileServer.keys.ed25519Hex,
      x25519: fileServer.keys.x25519Hex,
    },
    nodes: views,
    swarms: [...dirView.swarms.entries()].map(([id, members]) => ({
      id: id.toString(16),
      members: members.map((m) => m.keys.ed25519Hex),
    })),
    swarmFor: (pubkey) => {
      const id = dirView.swarmIdFor(pubkey);
      return views.filter((v, i) => nodes[i]!.record.swarmId === id);
    },
    registerOns: (name, sessionId) => ons.register(name, sessionId),
    faults: {
      stopNode: (ref) => find(ref).stop(),
      startNode: (ref) => find(ref).start(true),
      setLatency: (ref, ms) => {
        find(ref).faults.latencyMs = Math.max(0, ms);
      },
      dropRequests: (ref, f) => {
        find(ref).faults.dropRequests = fraction(f);
      },
      dropReplies: (ref, f) => {
        find(ref).faults.dropReplies = fraction(f);
      },
      skewClock: (ref, ms) => {
        find(ref).faults.clockSkewMs = ms;
      },
      force421: (ref, on) => {
        find(ref).faults.force421 = on;
      },
      holdPeerFailures: (ref, ms) => {
        find(ref).faults.peerFailureDelayMs = Math.max(0, ms);
      },
      holdRelayFailures: (ref, ms) => {
        find(ref).faults.relayFailureDelayMs = Math.max(0, ms);
      },
      realFailureTimes: (scale = 1) => {
        for (const n of nodes) {
          n.faults.peerFailureDelayMs = Math.round(REAL_FAILURE_DELAYS.peerFailureDelayMs * scale);
          n.faults.relayFailureDelayMs = Math.round(REAL_FAILURE_DELAYS.relayFailureDelayMs * scale);
        }
      },
      stats: () => ({ ...stats }),
      get: (ref) => ({ ...find(ref).faults }),
      reset: (ref) => {
        for (const n of ref === undefined ? nodes : [find(ref)]) n.faults = noFaults();
      },
      reseed: (s) => random.reseed(s),
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...nodes.map((n) => n.close()), seed.stop(), fileServer.close()]);
      if (tempDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
