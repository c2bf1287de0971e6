/**
 * The network as the rest of the core sees it: what `openNetwork` takes and what it returns.
 * `Tx` is the transaction handle of the store that keeps the network's state (the account's
 * encrypted store in the app): poll batches are committed in it.
 */
import type { OnionCipher } from '../crypto/onion-cipher';
import type { Logger } from '../log';
import type { V4Response } from '../protocol/onion-v4';
import type { ExpireMode } from '../protocol/storage-signatures';
import type { RetrySettings } from './failure-policy';
import type { ServerRequest, UploadedFile } from './file-server';
import type { PollerOptions, PollTarget, SwarmPoller } from './poller';
import type { DownloadSink, TransferOptions } from './file-transfer';
import type { ChunkSource } from './onion-stream';
import type { FileServerTarget, NetworkProfile } from './profile';
import type { Random } from './random';
import type { RetrievedMessage } from './rpc-results';
import type { Snode } from './snode';
import type { SequenceResult, SequenceStore } from './store-sequence';
import type { NetworkStateStore } from './state-store';
import type { NetworkEvents, NetworkStatus } from './status';
import type { SwarmAuth, SwarmPubkey } from './swarm-auth';
import type { SwarmOp, SwarmOpResult } from './swarm-sequence';
import type { TransportTimeouts } from './transport';

export interface NetworkTimeouts extends TransportTimeouts {
  /** Seed fetch (desktop 5 s). */
  readonly seedMs: number;
}

export interface OpenNetworkOptions<Tx = unknown> {
  /** 'mainnet', a profile file path, or a profile object. */
  readonly profile: string | NetworkProfile;
  /** Where pool, swarms, guards and cursors live: the account's encrypted store in the app. */
  readonly state: NetworkStateStore<Tx>;
  readonly logger?: Logger;
  /** The local clock (tests skew it); network time is derived from it. */
  readonly clock?: () => number;
  /** Clock samples from requests slower than this are not trusted (default 3 s; tests scale it). */
  readonly clockMaxRttMs?: number;
  /** Hop encryption for onion layers (AES-GCM, like desktop, by default). */
  readonly cipher?: OnionCipher;
  /** Picks guards, hops, swarm members (a CSPRNG by default; tests pass a seeded one). */
  readonly random?: Random;
  readonly timeouts?: Partial<NetworkTimeouts>;
  readonly retry?: Partial<RetrySettings>;
  /** Seed fetch rounds and the backoff between them (desktop: 4 rounds from 1 s). */
  readonly seedAttempts?: number;
  readonly seedBackoffMs?: number;
  /** Default cadence of pollers (desktop 5 s). */
  readonly pollIntervalMs?: number | (() => number);
  /** Snode pool refresh by consensus: first after 5 minutes, then this often (desktop: hourly). */
  readonly poolRefreshMs?: number;
  /** How long a node found dead stays out of the pool and the swarms (default 30 minutes). */
  readonly deadNodeMemoryMs?: number;
  /** Aborts a bootstrap in progress (the app locks while the seeds are still being asked). */
  readonly signal?: AbortSignal;
}

export interface StoreArgs {
  readonly pubkey: SwarmPubkey;
  readonly namespace: number;
  readonly data: Uint8Array;
  readonly ttlMs: number;
  /** Signs the store (any namespace not divisible by 10 needs it); must be `pubkey`'s. */
  readonly auth?: SwarmAuth;
}

/** A signed retrieve names its signer; one of a namespace that needs none names the swarm. */
export type RetrieveArgs = { readonly namespace: number } & (
  { readonly auth: SwarmAuth } | { readonly pubkey: SwarmPubkey; readonly auth?: undefined }
);

export interface SessionNetwork<Tx = unknown> {
  readonly profile: NetworkProfile;
  /** Stores a message in the pubkey's swarm; the hash is the same on every retry. */
  store(args: StoreArgs): Promise<{ hash: string }>;
  /**
   * Stores several messages in `auth`'s swarm, then deletes `deleteHashes`, in one `sequence`
   * (it stops at the first failure, so nothing is deleted unless every store succeeded).
   */
  storeSequence(
    auth: SwarmAuth,
    stores: readonly SequenceStore[],
    deleteHashes?: readonly string[],
  ): Promise<SequenceResult>;
  /** Messages new since the previous call for this swarm and namespace (follows `more`). */
  retrieve(args: RetrieveArgs): Promise<RetrievedMessage[]>;
  swarmFor(pubkey: SwarmPubkey): Promise<Snode[]>;
  /** The 05… Session ID an ONS name is registered to (NetworkError 'not-found' when none). */
  resolveOns(name: string): Promise<string>;
  /** Network time in ms (§11.1). */
  now(): number;
  status(): NetworkStatus;
  on<K extends keyof NetworkEvents>(event: K, fn: (...args: NetworkEvents[K]) => void): () => void;
  /** A poller for one swarm and namespace set; call `start()` on it. */
  createPoller(target: PollTarget, opts: PollerOptions<Tx>): SwarmPoller<Tx>;
  /** A v4 onion request to the file server (or `req.server`). */
  fileRequest(req: ServerRequest): Promise<V4Response>;
  uploadFile(data: Uint8Array, opts?: { ttlSeconds?: number }): Promise<UploadedFile>;
  /** Downloads by file id or by a `…/file/<id>` URL of the profile's file server. */
  downloadFile(idOrUrl: string): Promise<Uint8Array>;
  /**
   * Uploads a body read piece by piece from `source` (the profile's file server unless
   * `opts.server`); the URL carries `#p=` for any other server.
   */
  uploadFileStream(
    source: ChunkSource,
    opts?: TransferOptions & { readonly server?: FileServerTarget },
  ): Promise<UploadedFile>;
  /** Downloads `/file/<id>` from `server` into `sink`, piece by piece (NetworkError 'not-found' on 404). */
  downloadFileStream(
    server: FileServerTarget,
    fileId: string,
    sink: DownloadSink,
    opts: TransferOptions & { readonly expectedBytes: number },
  ): Promise<void>;
  deleteMessages(auth: SwarmAuth, hashes: readonly string[]): Promise<string[]>;
  expireMessages(
    auth: SwarmAuth,
    hashes: readonly string[],
    expiryMs: number,
    mode?: ExpireMode,
  ): Promise<string[]>;
  getExpiries(auth: SwarmAuth, hashes: readonly string[]): Promise<Record<string, number>>;
  /** Revokes (or restores) group members' subaccount tokens; `auth` is a group admin's. */
  revokeSubaccounts(
    auth: SwarmAuth,
    tokens: readonly Uint8Array[],
    opts?: { unrevoke?: boolean },
  ): Promise<void>;
  /**
   * Several changes to `auth.pubkey`'s swarm in one `sequence` (at most 20, run in order, all
   * signed by `auth`): stores get their hash back. Throws if any change failed.
   */
  sequence(auth: SwarmAuth, ops: readonly SwarmOp[]): Promise<SwarmOpResult[]>;
  /** The hourly consensus refresh, on demand. */
  refreshPool(): Promise<'consensus' | 'seed'>;
  /** Milliseconds the last path build took (guard probes included). */
  readonly lastPathBuildMs: number;
  close(): Promise<void>;
}
