import type { NodeStore } from '../db';
import type { NodeKeys } from '../keys';
import type { JsonObject, RpcResponse } from './json';
import type { Params, UserPubkey } from './params';

/** A swarm peer's answer to a forwarded (non-recursive) request, or why there is none. */
export type PeerReply = { ok: true; status: number; body: string } | { ok: false };

/** What the RPC handlers need from the node that runs them. */
export interface RpcContext {
  readonly keys: NodeKeys;
  readonly store: NodeStore;
  /** The node's clock (skewed when a fault says so). */
  now(): number;
  isForUs(pubkey: UserPubkey): boolean;
  /** `{"snodes": […], "swarm": "<hex id>"}` for the swarm owning `pubkey`. */
  swarmJson(pubkey: UserPubkey): JsonObject;
  /** Ed25519 hex keys of the other members of this node's swarm. */
  swarmPeers(): string[];
  forward(peerEd25519Hex: string, method: string, params: Params): Promise<PeerReply>;
  oxend(endpoint: string, params: unknown): RpcResponse;
  /** The chain height oxend reports. */
  height(): number;
}
