import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ready } from '../electron/core/crypto/sodium';
import { generateTlsIdentity } from './certs';
import { Directory, swarmIds, type NodeRecord } from './directory';
import { LocalnetError } from './errors';
import { FaultRandom, noStats } from './faults';
import { faultControls, type FaultControls } from './fault-controls';
import { FileServer } from './fileserver';
import { loadOrCreateIdentities } from './identity';
import { nodeKeysFromSeed } from './keys';
import { StorageNode } from './node';
import { OnsRegistry } from './ons';
import { writeNetworkProfile, type NetworkProfile } from './profile';
import { SeedServer } from './seed';

export type { NetworkProfile } from './profile';
export type { FaultControls, NodeRef } from './fault-controls';
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

/** Listens on the saved ports where it can (a restarted network keeps its addresses) and saves them. */
async function openListeners(
  nodes: readonly StorageNode[],
  seed: SeedServer,
  fileServer: FileServer,
  saved: SavedPorts,
  portsPath: string,
): Promise<void> {
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
    nodes: Object.fromEntries(nodes.map((n) => [n.keys.ed25519Hex, n.record.port])),
  };
  await writeFile(portsPath, `${JSON.stringify(ports, null, 2)}\n`, 'utf8');
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

  await openListeners(nodes, seed, fileServer, saved, portsPath);

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
    faults: faultControls(nodes, stats, random),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...nodes.map((n) => n.close()), seed.stop(), fileServer.close()]);
      if (tempDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
