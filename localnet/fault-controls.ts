import { LocalnetError } from './errors';
import {
  noFaults,
  REAL_FAILURE_DELAYS,
  type FaultRandom,
  type NetworkStats,
  type NodeFaults,
} from './faults';
import type { StorageNode } from './node';

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

/** The fault switches of a running network, by node. */
export function faultControls(
  nodes: readonly StorageNode[],
  stats: NetworkStats,
  random: FaultRandom,
): FaultControls {
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
  return {
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
  };
}
