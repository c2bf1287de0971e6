import { closestSwarm, swarmSpace } from '../electron/core/protocol/swarm-space';
import type { TlsIdentity } from './certs';
import type { NodeKeys } from './keys';
import { INVALID_SWARM_ID, STORAGE_SERVER_VERSION, HARDFORK } from './rpc/constants';
import type { JsonObject } from './rpc/json';

/** Where a node lives and who it is: what oxend would publish about it. */
export interface NodeRecord {
  index: number;
  ip: string;
  port: number;
  keys: NodeKeys;
  tls: TlsIdentity;
  swarmId: bigint;
}

/**
 * Spreads `count` swarm ids evenly over the u64 ring (real ids are chosen by oxend; even spacing
 * keeps every swarm's share of pubkeys equal, which makes tests predictable).
 */
export function swarmIds(count: number): bigint[] {
  const step = (1n << 64n) / BigInt(count);
  return Array.from({ length: count }, (_, k) => step * BigInt(k) + step / 2n);
}

const BASE32Z = 'ybndrfg8ejkmcpqxot1uwisza345h769';

function base32z(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32Z[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32Z[(value << (5 - bits)) & 31];
  return out;
}

/** The shared view of the network every node (and the seed) answers from. */
export class Directory {
  readonly byEd = new Map<string, NodeRecord>();
  readonly swarms = new Map<bigint, NodeRecord[]>();
  private readonly ids: bigint[];
  private readonly startedAt = Date.now();

  constructor(readonly nodes: readonly NodeRecord[]) {
    for (const n of nodes) {
      this.byEd.set(n.keys.ed25519Hex, n);
      const list = this.swarms.get(n.swarmId) ?? [];
      list.push(n);
      this.swarms.set(n.swarmId, list);
    }
    this.ids = [...this.swarms.keys()];
  }

  swarmIdFor(pubkeyHex: string): bigint {
    return closestSwarm(swarmSpace(pubkeyHex), this.ids);
  }

  /** The fake chain height: starts high and grows one block per two minutes, like mainnet. */
  height(): number {
    return 1_500_000 + Math.floor((Date.now() - this.startedAt) / 120_000);
  }

  snodeJson(n: NodeRecord): JsonObject {
    return {
      address: `${base32z(n.keys.ed25519Public)}.snode`,
      pubkey_legacy: n.keys.ed25519Hex,
      pubkey_x25519: n.keys.x25519Hex,
      pubkey_ed25519: n.keys.ed25519Hex,
      port: String(n.port),
      port_https: n.port,
      port_omq: n.port + 1,
      port_quic: n.port + 1,
      ip: n.ip,
    };
  }

  swarmJson(pubkeyHex: string): JsonObject {
    let id: bigint;
    try {
      id = this.swarmIdFor(pubkeyHex);
    } catch {
      return { snodes: [], swarm: INVALID_SWARM_ID.toString(16) };
    }
    return { snodes: (this.swarms.get(id) ?? []).map((n) => this.snodeJson(n)), swarm: id.toString(16) };
  }

  /** One `service_node_states` entry with every field oxend can return. */
  private stateJson(n: NodeRecord): JsonObject {
    return {
      active: true,
      funded: true,
      is_fully_funded: true,
      public_ip: n.ip,
      storage_port: n.port,
      storage_lmq_port: n.port + 1,
      quic_port: n.port + 1,
      pubkey_ed25519: n.keys.ed25519Hex,
      pubkey_x25519: n.keys.x25519Hex,
      service_node_pubkey: n.keys.ed25519Hex,
      swarm_id: n.swarmId,
      swarm: n.swarmId.toString(16),
      requested_unlock_height: 0,
      registration_height: 1_000,
      last_uptime_proof: Math.floor(Date.now() / 1000),
      storage_server_version: [...STORAGE_SERVER_VERSION],
    };
  }

  /** The result of oxend's get_n_service_nodes / get_service_nodes for these params. */
  serviceNodes(params: unknown): JsonObject {
    const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    const fields =
      typeof p['fields'] === 'object' && p['fields'] !== null
        ? (p['fields'] as Record<string, unknown>)
        : undefined;
    const wanted = fields ? Object.keys(fields).filter((k) => fields[k] === true) : undefined;
    let states = this.nodes.map((n) => {
      const full = this.stateJson(n);
      if (!wanted) return full;
      const out: JsonObject = {};
      for (const k of wanted) if (k in full) out[k] = full[k]!;
      return out;
    });
    const limit = p['limit'];
    if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0 && limit < states.length) {
      states = [...states].sort(() => Math.random() - 0.5).slice(0, limit);
    }
    const height = this.height();
    return {
      service_node_states: states,
      height,
      target_height: height,
      block_hash: '00'.repeat(32),
      hardfork: HARDFORK[0],
      snode_revision: HARDFORK[1],
      status: 'OK',
    };
  }
}
